// The Licrus simulator: a tenant of the Integration service, for tests and demos.
export { LICRUS_SIM_CARD_VENDORS } from './card-vendor.js';
export { type LicrusSimCatalogue, licrusSeedCatalogue } from './catalogue.js';
export { LICRUS_DECLINE_CARDS, LICRUS_SIM_DECLINE_CODES, LICRUS_SIM_DECLINES, type LicrusSimDeclineReason } from './declines.js';
export {
  LICRUS_SIM_CARDS,
  LICRUS_SIM_USER,
  type LicrusSimOrder,
  type LicrusSimPayment,
  type LicrusSimUser,
  LicrusSimulator,
  type LicrusSimulatorOptions,
} from './simulator.js';
export { LICRUS_SIM_MESSAGE_TYPE, type LicrusSimMessage } from './wire.js';
