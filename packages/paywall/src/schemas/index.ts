/** The `zod/mini` schemas of every PayWall request and response, for callers who validate or type their own data. */

export * from './apm.js';
export * from './cancel.js';
export * from './card.js';
export * from './cardwall.js';
export * from './client-side.js';
export * from './customer.js';
export * from './hosted-checkout.js';
export * from './installment.js';
export * from './members.js';
export * from './pay-watch.js';
export * from './payment.js';
export * from './payment-detail.js';
export * from './payment-links.js';
export * from './payouts.js';
export * from './prepaid-cards.js';
export * from './products.js';
export * from './query.js';
export * from './recurring.js';
export * from './recurring-pools.js';
export * from './refund.js';
export * from './vpos.js';
