export type { Acknowledgement } from './acknowledgement.js';
export type * from './cardwall.js';
export type * from './client-side.js';
export type * from './lookups.js';
export type * from './payments.js';
export type * from './queries.js';
export type * from './refunds.js';
export type * from './vpos.js';
