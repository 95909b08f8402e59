/**
 * Node-only entry: serves a simulator (or any `(Request) => Promise<Response>` handler) on 127.0.0.1,
 * for examples and end-to-end tests that want a real socket; and `serveSimulators`, every simulator on its own port with
 * a control API under `/_sim/`, which the `odeme-sim` command runs for tests written in any language.
 * @packageDocumentation
 * @module @odeme/testkit/node
 */
export { type FetchHandler, type Listening, listen } from './node/listen.js';
export {
  type ServedSimulator,
  SIM_PROVIDERS,
  SIM_SERVER_CREDENTIALS,
  type SimProvider,
  type SimServerOptions,
  type SimServers,
  serveSimulators,
} from './node/sim-server.js';
