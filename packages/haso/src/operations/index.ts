import { customerOperations } from './customer.js';
import { enforcementOperations } from './enforcement.js';
import { limitOperations } from './limit.js';
import { paymentOperations } from './payment.js';
import { refundOperations } from './refund.js';
import { transactionOperations } from './transaction.js';

/** Every HASO operation row, keyed like {@link HASO_METHODS}. */
export const hasoOperations = {
  ...limitOperations,
  ...transactionOperations,
  ...paymentOperations,
  ...refundOperations,
  ...customerOperations,
  ...enforcementOperations,
};

export type { HasoOperationMeta } from './meta.js';
