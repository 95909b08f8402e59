// The BiP Payment Service simulator; names are prefixed `Bip…`/`BIP_SIM_…` so they never clash with other providers'.
export { BIP_SIM_CHANNEL_DEFAULTS, BIP_SIM_CODES, BIP_SIM_PRODUCTS, type BipSimProduct } from './catalogue.js';
export { BIP_DECLINE_TRIGGERS, type BipSimDeclineReason, type BipSimDeclineTrigger } from './declines.js';
export { BIP_SIM_DOUBLE_FIELDS, javaDouble as bipSimJavaDouble } from './java-json.js';
export { BIP_SIM_ADDRESS, type BipSimAddress, bipOrderDate } from './payload.js';
export { type BipSimApproval, type BipSimListenerTarget, BipSimulator, type BipSimulatorOptions } from './simulator.js';
export type { BipSimDelivery, BipSimState, BipSimTransaction } from './types.js';
