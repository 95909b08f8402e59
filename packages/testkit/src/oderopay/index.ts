// The ÖderoPay simulator's public surface (names prefixed to avoid clashes with other providers).
export {
  binOf as oderoPaySimBinOf,
  ODEROPAY_DECLINE_CARDS,
  ODEROPAY_DECLINES,
  ODEROPAY_SIM_BINS,
  ODEROPAY_SIM_INSTALLMENT_RATES,
  ODEROPAY_TEST_CARDS,
  type OderoPaySimBin,
  type OderoPaySimDecline,
} from './cards.js';
export { ODEROPAY_SIM_ERRORS } from './errors.js';
export { type OderoPayBankCallback, OderoPaySimulator, type OderoPaySimulatorOptions } from './simulator.js';
export type {
  OderoPaySimCheckout,
  OderoPaySimPayment,
  OderoPaySimRecord,
  OderoPaySimRefund,
  OderoPaySimStoredCard,
  OderoPaySimThreeDSSession,
  OderoPaySimTransaction,
} from './state.js';
