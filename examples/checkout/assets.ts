// The shop's static assets. The browser scripts are TypeScript, turned into plain modules when first asked for;
// `@odeme/core`'s card helpers are served the same way from core's own source, so the browser runs the very code
// the server does.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const here = (p: string) => new URL(p, import.meta.url);
const cache = new Map<string, string>();

function browserModule(file: URL, rewrite: (code: string) => string = (c) => c): string {
  const key = file.href;
  let code = cache.get(key);
  if (code === undefined) {
    const source = readFileSync(file, 'utf8');
    code = rewrite(ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText);
    cache.set(key, code);
  }
  return code;
}

const js = (body: string) => new Response(body, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' } });

/** The asset at `path` (under /assets/), or undefined. */
export function asset(path: string): Response | undefined {
  switch (path) {
    case '/assets/shop.css':
      return new Response(readFileSync(here('./public/shop.css'), 'utf8'), { headers: { 'content-type': 'text/css; charset=utf-8' } });
    case '/assets/card-form.js':
      // The page imports core by name; in the browser that name is the module below.
      return js(browserModule(here('./public/card-form.ts'), (c) => c.replace(/from ['"]@odeme\/core['"]/, "from './odeme/card.js'")));
    case '/assets/auto-submit.js':
      return js(browserModule(here('./public/auto-submit.ts')));
    case '/assets/odeme/card.js':
      return js(browserModule(here('../../packages/core/src/card.ts')));
    default:
      return undefined;
  }
}
