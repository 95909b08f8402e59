import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { PayWallChannelId, PayWallCurrencyId, PayWallPaymentStatusId } from '../schemas/enums.js';
import type {
  queryByMerchantUniqueCodeRequest,
  queryByPaymentIdRequest,
  queryByProductIdRequest,
  queryByTrackingCodeRequest,
  queryByUniqueCodeRequest,
  queryPaywall,
  queryResponse,
} from '../schemas/query.js';

/** What `queries.byMerchantUniqueCode` takes (#24): your code of the payment. */
export interface QueryByMerchantUniqueCodeParams extends z.input<typeof queryByMerchantUniqueCodeRequest> {}
/** What `queries.byUniqueCode` takes (#25): PayWall's `UniqueCode` of the payment. */
export interface QueryByUniqueCodeParams extends z.input<typeof queryByUniqueCodeRequest> {}
/** What `queries.byPaymentId` takes (#26): PayWall's `PaymentId`. */
export interface QueryByPaymentIdParams extends z.input<typeof queryByPaymentIdRequest> {}
/** What `queries.byProductId` takes (#27): one of your `ProductId`s. */
export interface QueryByProductIdParams extends z.input<typeof queryByProductIdRequest> {}
/** What `queries.byTrackingCode` takes (#28): one of your `TrackingCode`s. */
export interface QueryByTrackingCodeParams extends z.input<typeof queryByTrackingCodeRequest> {}

/**
 * A payment's state (`QueryPaywall`, §4.2): its status (`StatusId`, `PayWallPaymentStatus`), amounts, success flags
 * and card. Check `StatusId` before acting: no status is no answer.
 */
export interface PaymentState extends Omit<Answer<z.output<typeof queryPaywall>>, 'StatusId' | 'CurrencyId' | 'PaymentChannelId'> {
  // Typed here, not in the schema, so the documented values show and another number still fits (PayWall may add some).
  /** Payment status id (§5, `PayWallPaymentStatus`): 1 created, 2 started, 3 awaiting settlement, 4 successful, 5 failed, 6 PayJump, 7 failed on query, 8 intermediate. */
  StatusId?: PayWallPaymentStatusId | (number & {}) | null | undefined;
  /** Currency id (§5, `PayWallCurrency`): 1 TRY, 2 USD, 3 EUR, 4 BAM, 5 MKD, 6 ALL, 7 GBP. */
  CurrencyId?: PayWallCurrencyId | (number & {}) | null | undefined;
  /** Sales channel id (§5, `PayWallChannel`): 0 unspecified, 1 web, 2 Android, 3 iOS, 4 custom. */
  PaymentChannelId?: PayWallChannelId | (number & {}) | null | undefined;
}

/** What the single-payment queries answer (#24–#26): the payment's state under `Paywall`. */
export interface PaymentQuery extends Omit<Answer<z.output<typeof queryResponse>>, 'Paywall'> {
  /** The payment's state. */
  Paywall: PaymentState;
}

/**
 * What `queries.byProductId` and `queries.byTrackingCode` answer (#27, #28): the payments found (`[]` for none). An
 * item whose `Paywall` is not a payment state is kept as sent, with no documented field: test `'Paywall' in item`,
 * and read it with `responseOf(list)?.data`.
 */
export type PaymentQueryList = (PaymentQuery | Record<never, never>)[];
