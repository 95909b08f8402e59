import { cardWallOperations } from './cardwall.js';
import { clientSideOperations } from './client-side.js';
import { lookupOperations } from './lookups.js';
import { paymentOperations } from './payments.js';
import { queryOperations } from './queries.js';
import { refundOperations } from './refunds.js';
import { vposOperations } from './vpos.js';

export type { PayWallAuth, PayWallMeta, PayWallOperation } from './meta.js';

/**
 * Every PayWall operation row of this package, by area. A new endpoint is a new row here plus a one-line
 * client method.
 */
export const payWallOperations = {
  payments: paymentOperations,
  lookups: lookupOperations,
  clientSide: clientSideOperations,
  refunds: refundOperations,
  queries: queryOperations,
  vpos: vposOperations,
  cardWall: cardWallOperations,
};
