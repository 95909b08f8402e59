/**
 * Packaging checks on the packed tarballs: only what users need, README and LICENSE present, every entry point
 * present, no source map pointing nowhere, `engines.node` declared, `sideEffects: false` declared and true in practice
 * (one import does not pull the rest).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Files of a .tgz as `Map<path, Buffer>` (paths without the leading `package/`). */
export function readTarball(file) {
  const tar = gunzipSync(readFileSync(file));
  const files = new Map();
  let longName;
  for (let off = 0; off + 512 <= tar.length; ) {
    const header = tar.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start, len) =>
      header
        .subarray(start, start + len)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const prefix = field(345, 155);
    let name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    const body = tar.subarray(off + 512, off + 512 + size);
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if (type === '0' || type === '') {
      name = name.replace(/^[^/]+\//, '');
      files.set(name, Buffer.from(body));
    }
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

const UNNEEDED = [
  [/(^|\/)(test|tests|__tests__|__mocks__|fixtures)\//, 'test files'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'test files'],
  [/^src\//, 'sources (src/)'],
  [/(^|\/)tsconfig[^/]*\.json$/, 'tsconfig'],
  [/(^|\/)(tsup|vitest|vite|rollup|esbuild)\.config\.[cm]?[jt]s$/, 'build config'],
  [/(^|\/)\.[^/]+$/, 'dotfile'],
  [/\.tgz$/, 'nested tarball'],
  [/(^|\/)coverage\//, 'coverage'],
];

function exportTargets(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) exportTargets(v, out);
  return out;
}

/** Problems of one packed package (`[]` = clean). */
export function checkTarball(pkg) {
  const problems = [];
  const files = readTarball(pkg.tarball);
  const names = [...files.keys()];
  const manifest = JSON.parse(files.get('package.json')?.toString('utf8') ?? '{}');
  if (!names.some((n) => /^readme(\.md)?$/i.test(n))) problems.push('README.md missing');
  if (!names.some((n) => /^licen[cs]e(\.md|\.txt)?$/i.test(n))) problems.push('LICENSE missing');
  for (const n of names) {
    const hit = UNNEEDED.find(([re]) => re.test(n));
    if (hit) problems.push(`ships ${hit[1]}: ${n}`);
  }
  if (manifest.sideEffects !== false) problems.push(`sideEffects is ${JSON.stringify(manifest.sideEffects)}, not false`);
  // The repository's package.json keeps `engines` in publishConfig (so the workspace does not warn on the Node the
  // toolchain runs on); pnpm pack and pnpm publish move it to the top, where users' package managers read it.
  if (!manifest.engines?.node) problems.push('engines.node is missing from the packed manifest (publishConfig.engines)');
  const targets = [
    ...exportTargets(manifest.exports),
    ...['main', 'module', 'types', 'typings'].map((k) => manifest[k]).filter((v) => typeof v === 'string'),
  ].filter((t) => !t.includes('*'));
  for (const t of new Set(targets)) {
    const path = t.replace(/^\.\//, '');
    if (!files.has(path)) problems.push(`entry ${t} is not in the tarball`);
  }
  if (!names.some((n) => n.startsWith('dist/'))) problems.push('no dist/ (not built?)');
  for (const deps of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [dep, spec] of Object.entries(manifest[deps] ?? {})) {
      if (/^(workspace|link|file):/.test(String(spec))) problems.push(`${deps}.${dep} is ${spec} in the packed manifest`);
    }
  }
  // Source maps: each sourceMappingURL must exist, and each map must carry its sources or point at shipped files.
  for (const [n, body] of files) {
    if (/\.[cm]?js$|\.d\.[cm]?ts$/.test(n)) {
      const m = /\/[/*][#@]\s*sourceMappingURL=([^\s*]+)/.exec(body.toString('utf8'));
      if (m && !m[1].startsWith('data:')) {
        const mapPath = new URL(m[1], `file:///${n}`).pathname.slice(1);
        if (!files.has(mapPath)) problems.push(`${n} points at ${m[1]}, which is not shipped`);
      }
    }
    if (n.endsWith('.map')) {
      let map;
      try {
        map = JSON.parse(body.toString('utf8'));
      } catch {
        problems.push(`${n} is not JSON`);
        continue;
      }
      (map.sources ?? []).forEach((src, i) => {
        if (typeof map.sourcesContent?.[i] === 'string') return;
        const target = new URL(`${map.sourceRoot ?? ''}${src}`, `file:///${n}`).pathname.slice(1);
        if (!files.has(target)) problems.push(`${n} names source ${src}, neither shipped nor inlined`);
      });
    }
  }
  return { files: names.length, bytes: [...files.values()].reduce((a, b) => a + b.length, 0), problems };
}

/** Bytes each installed package contributes to an esbuild bundle (from the metafile), keyed by package name. */
export function bytesByPackage(metafile) {
  const out = {};
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
      const name = m ? m[1] : '(entry)';
      out[name] = (out[name] ?? 0) + bytesInOutput;
    }
  }
  return out;
}

/**
 * Tree-shaking checks: bundle `code` from the consumer and require that the listed packages contribute no bytes and
 * that the listed strings (marks of code that should have been dropped) do not appear.
 */
export async function checkTreeShaking(dir, { name, code, absentPackages = [], absent = [] }) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: dir,
    stdin: { contents: code, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text;
  const byPkg = bytesByPackage(result.metafile);
  const problems = [];
  for (const p of absentPackages) if (byPkg[p] > 0) problems.push(`${name}: pulls ${byPkg[p]} B of ${p}`);
  for (const s of absent) if (text.includes(s)) problems.push(`${name}: still contains ${JSON.stringify(s)}`);
  return { name, bytes: text.length, byPkg, problems };
}
