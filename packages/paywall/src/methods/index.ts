export type { CardWallInsuranceMethods, CardWallMethods, CardWallResource } from './cardwall.js';
export type { ClientSideMethods } from './client-side.js';
export type { BinMethods, InstallmentsMethods } from './lookups.js';
export type { CampaignsMethods, PaymentsMethods, PaymentsResource } from './payments.js';
export type { QueriesMethods } from './queries.js';
export type { CancelsMethods, RefundsMethods, RevertsMethods } from './refunds.js';
export type { VposMethods, VposResource } from './vpos.js';
