#!/usr/bin/env node
// Extracts every ```ts / ```typescript block from README*.md and docs/**/*.md and type-checks them,
// so that documentation cannot drift from the API. A block opened with ```ts no-check is skipped.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules', '.doc-snippets');

function markdownFiles() {
  const files = readdirSync(root)
    .filter((f) => /^README.*\.md$/.test(f))
    .map((f) => join(root, f));
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (name === 'api' && dir === join(root, 'docs')) continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.md')) files.push(p);
    }
  };
  walk(join(root, 'docs'));
  for (const pkg of readdirSync(join(root, 'packages'))) {
    for (const name of ['README.md', 'README.tr.md']) {
      const readme = join(root, 'packages', pkg, name);
      try {
        statSync(readme);
        files.push(readme);
      } catch {}
    }
  }
  return files;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const snippets = [];
for (const file of markdownFiles()) {
  const lines = readFileSync(file, 'utf8').split('\n');
  let inBlock = false;
  let skip = false;
  let start = 0;
  let buf = [];
  lines.forEach((line, i) => {
    const open = /^```(ts|typescript)\b(.*)$/.exec(line);
    if (!inBlock && open) {
      inBlock = true;
      skip = /no-check/.test(open[2]);
      start = i + 1;
      buf = [];
    } else if (inBlock && line.startsWith('```')) {
      inBlock = false;
      if (!skip) {
        const name = `${relative(root, file).replace(/[^\w]+/g, '_')}_L${start}.ts`;
        // Each snippet is its own module; `export {}` keeps top-level await legal.
        writeFileSync(join(out, name), `${buf.join('\n')}\nexport {};\n`);
        snippets.push({ name, file: relative(root, file), line: start });
      }
    } else if (inBlock) buf.push(line);
  });
}

writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify({
    extends: '../../tsconfig.base.json',
    compilerOptions: {
      noEmit: true,
      types: ['node'],
      noUnusedLocals: false,
      paths: {
        '@odeme/testkit/node': ['../../packages/testkit/src/node.ts'],
        '@odeme/core/node': ['../../packages/core/src/node.ts'],
        '@odeme/core/app': ['../../packages/core/src/app.ts'],
        '@odeme/*/tr': ['../../packages/*/src/tr.ts'],
        // Core's conditional import (package.json "imports"), as the root tsconfig maps it.
        '#default-fetch': ['../../packages/core/src/default-fetch.node.ts'],
        '#schema-compiler': ['../../packages/core/src/schema-compiler.codegen.ts'],
        '@odeme/*': ['../../packages/*/src/index.ts'],
        zod: ['../../packages/core/node_modules/zod'],
      },
    },
    include: ['*.ts'],
  }),
);

try {
  execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(out, 'tsconfig.json')], { stdio: 'pipe' });
  console.log(`doc snippets: ${snippets.length} type-checked, 0 failed`);
} catch (e) {
  const text = String(e.stdout ?? '') + String(e.stderr ?? '');
  const bad = new Set();
  for (const m of text.matchAll(/([\w.]+_L\d+\.ts)\((\d+),\d+\): (.*)/g)) {
    const s = snippets.find((x) => x.name === m[1]);
    bad.add(m[1]);
    console.error(`${s ? `${s.file}:${s.line + Number(m[2]) - 1}` : m[1]}: ${m[3]}`);
  }
  if (bad.size === 0) console.error(text);
  console.log(`doc snippets: ${snippets.length - bad.size} type-checked, ${bad.size || 1} failed`);
  process.exit(1);
}
