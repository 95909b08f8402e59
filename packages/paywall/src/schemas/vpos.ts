import * as z from 'zod';
import { amount, headerDate, int } from './common.js';

/** #29 `GET private/vpos/transaction/list`: its header parameters are not documented; pass any as `Headers`. */
export const vposTransactionListRequest = z.strictObject({ Headers: z.record(z.string(), z.string()).optional() });

const counters = {
  TotalCount: int().min(0),
  TotalAmount: amount(),
  SuccessfulCount: int().min(0),
  SuccessfulAmount: amount(),
  UnsuccessfulCount: int().min(0),
  UnsuccessfulAmount: amount(),
  RefundCount: int().min(0),
  RefundAmount: amount(),
  PartialRefundCount: int().min(0),
  PartialRefundAmount: amount(),
  CancelCount: int().min(0),
  CancelAmount: amount(),
};

/** #30 `POST private/vpos/reconciliation/reconcile`: your counters of a day, compared with PayWall's. */
export const reconcileRequest = z.strictObject({ Date: headerDate(), ...counters });

const countersOut = z.looseObject(Object.fromEntries(Object.keys(counters).map((k) => [k, z.number().nullish()])));

/** Answer of #30. */
export const reconcileResponse = z.looseObject({
  IsReconciled: z.boolean().nullish(),
  IsSaved: z.boolean().nullish(),
  ExistsReconciliation: z.boolean().nullish(),
  OperationDateTime: z.string().nullish(),
  ReconciliationDate: z.string().nullish(),
  Merchant: countersOut.nullish(),
  PayWall: countersOut.extend({ EndOfDayId: z.number().nullish() }).nullish(),
});

/** #31 `GET private/vpos/reconciliation`: header `reconciliationdate` (yyyy-MM-dd). */
export const reconciliationRequest = z.strictObject({ ReconciliationDate: headerDate() });
/** Answer of #31. */
export const reconciliationResponse = z.looseObject({
  IsReconciled: z.boolean().nullish(),
  InsertDateTime: z.string().nullish(),
  UpdateDateTime: z.string().nullish(),
  ReconciliationDate: z.string().nullish(),
});

/** #32 `GET private/vpos/reconciliation/endofday`: header `endofdaydate`. */
export const endOfDayRequest = z.strictObject({ EndOfDayDate: headerDate() });
/** Answer of #32. */
export const endOfDayResponse = countersOut.extend({ EndOfDayId: z.number().nullish() });

/** #33 `GET private/vpos/reconciliation/list`: headers `datefrom`, `dateto`, `start`, `length`, `sortvalue`. */
export const reconciliationListRequest = z.strictObject({
  DateFrom: headerDate(),
  DateTo: headerDate(),
  Start: int().min(0).optional(),
  Length: int().min(1).optional(),
  SortValue: z.enum(['asc', 'desc']).optional(),
});
/** Answer of #33. */
export const reconciliationListResponse = z.looseObject({
  Data: z.array(
    z.looseObject({
      ReconciliationId: z.number().nullish(),
      ReconciliationDate: z.string().nullish(),
      IsReconciled: z.boolean().nullish(),
      InsertDateTime: z.string().nullish(),
      UpdateDateTime: z.string().nullish(),
    }),
  ),
  TotalRecord: z.number().nullish(),
});

/** Answer of #29: not documented; kept as sent. */
export const vposTransactionListResponse = z.unknown();
