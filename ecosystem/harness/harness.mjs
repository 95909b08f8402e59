/**
 * The portable half of the runtime matrix: runs scenario modules against already-loaded packages and returns a
 * plain JSON-able report. Web standards only (no node:*, no Buffer, no process): the same file runs in Node
 * (ESM and CJS entries), Bun, Deno, workerd without Node compatibility, and Chromium.
 */

/** Thrown by the check helpers; anything else thrown by a step is reported as it is. */
class CheckFailed extends Error {
  constructor(message) {
    super(message);
    this.name = 'CheckFailed';
  }
}

function show(value) {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

function describeError(e) {
  if (e && typeof e === 'object') {
    const code = typeof e.code === 'string' ? ` [${e.code}]` : '';
    return `${e.name ?? 'Error'}${code}: ${e.message ?? show(e)}`;
  }
  return String(e);
}

/** Check helpers given to scenarios as `ctx.check`. */
export const check = {
  ok(condition, message = 'expected a truthy value') {
    if (!condition) throw new CheckFailed(message);
  },
  equal(actual, expected, message = '') {
    if (!Object.is(actual, expected)) throw new CheckFailed(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
  },
  deepEqual(actual, expected, message = '') {
    const a = show(actual);
    const b = show(expected);
    if (a !== b) throw new CheckFailed(`${message ? `${message}: ` : ''}expected ${b}, got ${a}`);
  },
  /** Awaits `fnOrPromise` and returns what it threw; fails when it did not throw or `predicate` refuses the error. */
  async rejects(fnOrPromise, predicate = () => true, message = '') {
    try {
      await (typeof fnOrPromise === 'function' ? fnOrPromise() : fnOrPromise);
    } catch (e) {
      if (!predicate(e)) throw new CheckFailed(`${message ? `${message}: ` : ''}unexpected error ${describeError(e)}`);
      return e;
    }
    throw new CheckFailed(`${message ? `${message}: ` : ''}expected a rejection, got none`);
  },
  /** Same as `rejects` for synchronous code. */
  throws(fn, predicate = () => true, message = '') {
    try {
      fn();
    } catch (e) {
      if (!predicate(e)) throw new CheckFailed(`${message ? `${message}: ` : ''}unexpected error ${describeError(e)}`);
      return e;
    }
    throw new CheckFailed(`${message ? `${message}: ` : ''}expected a throw, got none`);
  },
};

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs every scenario. `scenarios` is a list of `[name, module]`; `pkgs` maps package names to the loaded modules
 * (ESM namespaces or CJS exports); `env` = `{ leg, runtime, version, browser }`.
 */
export async function runScenarios(scenarios, pkgs, env) {
  const started = Date.now();
  const results = [];
  for (const [name, mod] of scenarios) {
    const steps = [];
    const ctx = {
      env,
      check,
      /** Spread into every client the scenario builds: lets it run in the browser leg. */
      clientOptions: env.browser ? { dangerouslyAllowBrowser: true } : {},
      async step(stepName, fn) {
        const t0 = Date.now();
        try {
          const value = await fn();
          steps.push({ name: stepName, ok: true, ms: Date.now() - t0 });
          return value;
        } catch (e) {
          steps.push({ name: stepName, ok: false, ms: Date.now() - t0, error: describeError(e) });
          throw Object.assign(new Error(`step "${stepName}" failed`), { reported: true });
        }
      },
    };
    const t0 = Date.now();
    let error;
    try {
      await withTimeout(Promise.resolve(mod.run(pkgs, ctx)), mod.timeoutMs ?? 30_000, `scenario ${name}`);
    } catch (e) {
      if (!e?.reported) error = describeError(e);
    }
    if (error === undefined && typeof mod.secretClient === 'function') {
      // Browser guard: a client holding secrets refuses to start in a page unless told it is trusted; elsewhere it starts.
      await ctx
        .step(env.browser ? 'browser guard: refuses without dangerouslyAllowBrowser' : 'browser guard: starts outside a browser', async () => {
          const core = pkgs['@odeme/core'];
          if (env.browser) {
            await check.rejects(
              async () => mod.secretClient(pkgs, {}),
              (e) => core.isOdemeError(e) && e.code === 'configuration_error' && e instanceof core.ConfigurationError,
              'secret-holding client in a page',
            );
            await mod.secretClient(pkgs, { dangerouslyAllowBrowser: true });
          } else {
            await mod.secretClient(pkgs, {});
          }
        })
        .catch(() => {});
    }
    const ok = error === undefined && steps.every((s) => s.ok);
    results.push({ name, ok, ms: Date.now() - t0, steps, ...(error ? { error } : {}) });
  }
  const passed = results.filter((r) => r.ok).length;
  return { leg: env.leg, runtime: env.runtime, version: env.version, passed, failed: results.length - passed, ms: Date.now() - started, results };
}

/** Best-effort runtime name and version, without touching Node-only globals unguarded. */
export function detectRuntime() {
  const g = globalThis;
  if (typeof g.Bun === 'object' && g.Bun) return { runtime: 'bun', version: g.Bun.version };
  if (typeof g.Deno === 'object' && g.Deno) return { runtime: 'deno', version: g.Deno.version?.deno ?? '?' };
  if (typeof g.navigator === 'object' && g.navigator?.userAgent === 'Cloudflare-Workers') return { runtime: 'workerd', version: '?' };
  if (typeof g.process === 'object' && g.process?.versions?.node) return { runtime: 'node', version: g.process.versions.node };
  if (typeof g.navigator === 'object' && g.navigator?.userAgent) {
    const m = /(HeadlessChrome|Chrome|Chromium)\/([\d.]+)/.exec(g.navigator.userAgent);
    return { runtime: 'chromium', version: m ? m[2] : g.navigator.userAgent };
  }
  return { runtime: 'unknown', version: '?' };
}

/** The line a child process prints for the runner to pick up. */
export const RESULT_MARKER = '@@odeme-runtime-result ';
