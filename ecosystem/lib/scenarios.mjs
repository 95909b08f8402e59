/**
 * Scenario discovery: every `ecosystem/scenarios/<name>.mjs` (or `.js`) is a scenario module. It is active when
 * every export named in its `requires` is present in the packed package, through both `import` and `require`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ECOSYSTEM } from './consumer.mjs';

export const SCENARIO_DIR = join(ECOSYSTEM, 'scenarios');
const MODULE = /^([a-z0-9][a-z0-9-]*)\.(mjs|js)$/;

/** `[{ name, file, typesFile?, module }]`, sorted with core first. */
export async function discoverScenarios() {
  const files = readdirSync(SCENARIO_DIR);
  const out = [];
  for (const file of files) {
    const m = MODULE.exec(file);
    if (!m) continue;
    const name = m[1];
    const mod = await import(pathToFileURL(join(SCENARIO_DIR, file)).href);
    const typesFile = files.includes(`${name}.types.ts`) ? `${name}.types.ts` : undefined;
    out.push({ name, file, typesFile, module: mod });
  }
  return out.sort((a, b) => (a.name === 'core' ? -1 : b.name === 'core' ? 1 : a.name.localeCompare(b.name)));
}

/** Contract problems of a scenario module (wrong shape), independent of what is packed. */
export function contractProblems(s) {
  const problems = [];
  const { requires, run, secretClient, bundle } = s.module;
  if (typeof run !== 'function') problems.push('no exported run(pkgs, ctx) function');
  if (!requires || typeof requires !== 'object' || Object.keys(requires).length === 0) problems.push('no exported `requires` object');
  else {
    for (const [pkg, names] of Object.entries(requires)) {
      if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) problems.push(`requires['${pkg}'] is not a list of export names`);
    }
    if (!requires['@odeme/core']) problems.push("requires must list '@odeme/core' (the harness uses isOdemeError and ConfigurationError from it)");
  }
  if (secretClient !== undefined && typeof secretClient !== 'function') problems.push('secretClient is not a function');
  if (bundle !== undefined) {
    for (const [key, entry] of Object.entries(bundle)) {
      if (typeof entry?.code !== 'string') problems.push(`bundle.${key}.code is not a string of module source`);
    }
  }
  return problems;
}

/** What keeps a scenario from running on the packed packages (`[]` = ready). */
export function missingExports(s, probes) {
  const missing = [];
  for (const [pkg, names] of Object.entries(s.module.requires ?? {})) {
    const probe = probes[pkg];
    if (!probe) {
      missing.push(`${pkg} is not installed`);
      continue;
    }
    for (const [kind, keys, error] of [
      ['import', probe.esm, probe.esmError],
      ['require', probe.cjs, probe.cjsError],
    ]) {
      if (!keys) {
        missing.push(`${pkg} fails to ${kind}: ${error}`);
        continue;
      }
      const absent = names.filter((n) => !keys.includes(n));
      if (absent.length) missing.push(`${pkg} (${kind}) lacks ${absent.join(', ')}`);
    }
  }
  return missing;
}
