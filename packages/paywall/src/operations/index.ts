import { cardWallOperations } from './cardwall.js';
import { clientSideOperations } from './client-side.js';
import { lookupOperations } from './lookups.js';
import { paymentOperations } from './payments.js';
import { queryOperations } from './queries.js';
import { refundOperations } from './refunds.js';
import { vposOperations } from './vpos.js';

export type { PayWallAuth, PayWallMeta, PayWallOperation } from './meta.js';

/**
 * Every PayWall operation row of this package, by area. A new endpoint is a new row in its area's module plus a
 * one-line client method. Each row is also exported on its own (`paymentsStartDirect`…): import those to keep a
 * bundle to the rows it uses.
 */
export const payWallOperations = {
  /** Card payments on PaymentAPI (#1–#8, #13, #14). */
  payments: paymentOperations,
  /** Installment table and BIN inquiry (#9, #10). */
  lookups: lookupOperations,
  /** `temptoken` and `tempcard` (#11, #12). */
  clientSide: clientSideOperations,
  /** Refunds, cancels and reverts on PaymentPrivateAPI (#15–#23). */
  refunds: refundOperations,
  /** Payment queries (#24–#28). */
  queries: queryOperations,
  /** VPos transaction list and reconciliation (#29–#33). */
  vpos: vposOperations,
  /** CardWall stored cards (#90–#97). */
  cardWall: cardWallOperations,
};
