// The shop's static assets. The browser scripts are TypeScript, turned into plain modules when first asked for;
// `@odeme/core`'s card helpers are served the same way from core's own source, so the browser runs the very code
// the server does.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const here = (p: string) => new URL(p, import.meta.url);
const cache = new Map<string, string>();

/** A file's text, made by `make` once and then kept. */
function cached(file: URL, make: (source: string) => string): string {
  let text = cache.get(file.href);
  if (text === undefined) {
    text = make(readFileSync(file, 'utf8'));
    cache.set(file.href, text);
  }
  return text;
}

/** A TypeScript file as a browser module. */
function browserModule(file: URL, rewrite: (code: string) => string = (c) => c): string {
  return cached(file, (source) =>
    rewrite(ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText),
  );
}

const js = (body: string) => new Response(body, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' } });

/** The asset at `path` (under /assets/), or undefined. */
export function asset(path: string): Response | undefined {
  switch (path) {
    case '/assets/shop.css':
      return new Response(
        cached(here('./public/shop.css'), (text) => text),
        { headers: { 'content-type': 'text/css; charset=utf-8' } },
      );
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
