import { DIRECT, type DirectSend } from './direct.js';
import type { FetchLike } from './transport.js';

type NodeFetch = FetchLike & { [DIRECT]: DirectSend };

/** The global `fetch` as the runtime defined it, to tell when an application replaced it (a mock, an instrumented one). */
const platformFetch: unknown = globalThis.fetch;
let shared: NodeFetch | undefined;
let loading: Promise<NodeFetch> | undefined;

/** Loads `./node.js` once, on the first call, so that importing a client does not load `node:http` and `node:https`. */
function load(): Promise<NodeFetch> {
  loading ??= import('./node.js').then((m) => {
    shared = m.createNodeFetch() as NodeFetch;
    return shared;
  });
  return loading;
}

const first: NodeFetch = Object.assign((input: Parameters<FetchLike>[0], init?: RequestInit) => load().then((f) => f(input, init)), {
  [DIRECT]: ((...args) => load().then((f) => f[DIRECT](...args))) as DirectSend,
});

/**
 * Node's default: one `createNodeFetch()` shared by every client of the process (keep-alive sockets are shared, and a
 * client costs nothing more), its module loaded on the first call. A global `fetch` that the application replaced
 * after start-up (a mock, an instrumented one) is honoured, as on other runtimes; `options.fetch` wins over both.
 */
export function defaultFetch(): FetchLike {
  const current = globalThis.fetch;
  return current !== platformFetch ? current : (shared ?? first);
}
