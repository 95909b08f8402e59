/**
 * `@odeme/testkit`: stateful simulators of the odeme providers. Pass `sim.fetch` as a client's `fetch`
 * in any runtime, or serve a simulator on loopback with `listen()` from `@odeme/testkit/node`.
 * @packageDocumentation
 * @module @odeme/testkit
 */

export * from './bip/index.js';
export { CHALLENGE_ATTEMPTS, type ChallengeOutcome, SIM_SMS_CODE } from './frame/challenge.js';
export {
  base64FromText,
  hmacSha256Base64,
  hmacSha256Hex,
  readBasicAuth,
  sameText,
  sha256Base64,
  sha256Hex,
  simId,
  simRandomHex,
  textFromBase64,
} from './frame/crypto.js';
export type { SimDeclineReason } from './frame/decline-reason.js';
export { type Fault, type FaultRule, SimulatedNetworkError } from './frame/faults.js';
export { readSimRequest, SimReject, type SimReply, type SimRequest, toResponse } from './frame/http.js';
export { type RecordedRequest, type RouteHandler, Simulator, type SimulatorOptions } from './frame/simulator.js';
export * from './haso/index.js';
export * from './licrus/index.js';
export * from './oderopay/index.js';
export * from './paywall/index.js';
export { LEDGER_DECLINED_CARD, type LedgerCharge, LedgerSimulator } from './reference/ledger.js';
