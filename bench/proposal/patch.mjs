// The proposed core change, as edits applied to the CURRENT packages/core files at build time (core is being
// edited by others; a stale copy would revert their work). Nothing under packages/ is written.
//   node bench/proposal/patch.mjs --diff   prints the unified diff to apply to packages/core
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '../..');

const sha = readFileSync(join(here, 'sha256.ts'), 'utf8').split('\n').slice(3).join('\n').replace('export function sha256Sync', 'function sha256Sync');

/** file (relative to the repo) → [from, to] edits; `from` must be present exactly once. */
export const EDITS = {
  'packages/core/src/transport.ts': [
    ["import ky, { type KyInstance } from 'ky';\n", ''],
    ['  private readonly http: KyInstance;\n', '  private readonly fetch: FetchLike;\n'],
    [
      `    const userFetch = options.fetch;
    // Retries and timeouts are ours (one timer per attempt); ky only sends.
    this.http = ky.create({
      retry: 0,
      timeout: false,
      throwHttpErrors: false,
      fetch: userFetch ? (i, init) => userFetch(i, init) : (i, init) => globalThis.fetch(i, init),
    });
`,
      `    const userFetch = options.fetch;
    // Retries, timeouts and errors are ours (one timer per attempt), so fetch itself sends: no Request object
    // built and rebuilt per call. The global fetch is looked up per call (tests and instrumentation patch it).
    this.fetch = userFetch ? (input, init) => userFetch(input, init) : (input, init) => globalThis.fetch(input, init);
`,
    ],
    ['const res = await this.http(req.url, {', 'const res = await this.fetch(req.url, {'],
  ],
  'packages/core/src/crypto.ts': [
    [
      `/** Raw SHA-256 digest. Strings are taken as UTF-8. */
export async function sha256(message: BytesOrText): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', toBytes(message)));
}`,
      `// SHA-256 is computed here, synchronously, not with Web Crypto: signatures hash short texts, for which
// \`subtle.digest\` (an async job sent to a thread pool and back) costs more than the hash itself.
${sha}
/** Raw SHA-256 digest. Strings are taken as UTF-8. */
export async function sha256(message: BytesOrText): Promise<Uint8Array> {
  return sha256Sync(toBytes(message));
}`,
    ],
  ],
  'packages/core/package.json': [
    ['    "ky": "^2.1.0",\n', ''],
    ['transport on ky, ', 'transport on fetch, '],
  ],
  'packages/core/test/guard-and-rows.test.ts': [
    [
      `const fetch = async (input: Request | string | URL) => {
      seen.push(input instanceof Request ? \`\${input.method} \${input.url}\` : String(input));`,
      `const fetch = async (input: Request | string | URL, init?: RequestInit) => {
      seen.push(input instanceof Request ? \`\${input.method} \${input.url}\` : \`\${init?.method} \${String(input)}\`);`,
    ],
  ],
};

/** `text` of repo file `rel` with the proposal applied (unchanged if the file has no edits). */
export function patched(rel, text) {
  for (const [from, to] of EDITS[rel] ?? []) {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`proposal no longer applies to ${rel}: ${JSON.stringify(from.slice(0, 60))}`);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  // zod namespace import everywhere in core (already done in the working tree of schemas.ts, operation.ts and
  // transport.ts at the time of writing; kept so the bench measures it whatever core's state).
  if (!rel.includes('/src/')) return text;
  return text.replace(/import (type )?\{ z \} from 'zod';/g, (_m, t) => `import ${t ?? ''}* as z from 'zod';`);
}

if (process.argv.includes('--diff')) {
  const tmp = mkdtempSync(join(tmpdir(), 'odeme-proposal-'));
  for (const rel of Object.keys(EDITS)) {
    const text = readFileSync(join(root, rel), 'utf8');
    for (const side of ['a', 'b']) {
      mkdirSync(dirname(join(tmp, side, rel)), { recursive: true });
      writeFileSync(join(tmp, side, rel), side === 'a' ? text : patched(rel, text));
    }
  }
  try {
    execFileSync('diff', ['-ruN', 'a', 'b'], { cwd: tmp, stdio: 'inherit' });
  } catch (e) {
    if (e.status !== 1) throw e; // diff exits 1 when files differ
  }
}
