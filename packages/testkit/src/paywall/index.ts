// The PayWall simulator: a stateful fake of PaymentAPI, PaymentPrivateAPI and CardWallAPI.
export type { PayWallSimGeneralCallback, PayWallSimGeneralCallbackInput } from './callbacks.js';
export {
  PAYWALL_DECLINE_CARDS,
  PAYWALL_SIM_BINS,
  PAYWALL_SIM_CARDS,
  PAYWALL_SIM_DECLINES,
  PAYWALL_SIM_INSTALLMENT_RATES,
  type PayWallSimBin,
  type PayWallSimDecline,
  type PayWallSimDeclineReason,
} from './data.js';
export { PAYWALL_SIM_VERSION } from './payments.js';
export { type ApiHandler, PayWallSimulator, type PayWallSimulatorOptions } from './simulator.js';
export type { PayWallSimActivity, PayWallSimPayment, PayWallSimReconciliation, PayWallSimStoredCard, PayWallSimThreeDSession } from './state.js';
export type { PayWallSimFormPost, PayWallSimThreeDOptions } from './three-d.js';
