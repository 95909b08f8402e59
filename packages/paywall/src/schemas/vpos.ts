import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { infoList, orEmpty } from './answer.js';
import { amount, headerDate, int } from './common.js';

/** #29 `GET private/vpos/transaction/list`: its header parameters are not documented; pass any as `Headers`. */
export const vposTransactionListRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Header parameters to send, lower-cased (PayWall does not document them). */
    Headers: z.optional(z.record(z.string(), z.string())),
  }),
);

const count = () => int().check(z.minimum(0));

const counters = /* @__PURE__ */ lazySchema(() => ({
  /** Number of all transactions of the day. */
  TotalCount: count(),
  /** Amount of all transactions of the day: TL decimal, exact to the kuruş. */
  TotalAmount: amount(),
  /** Number of successful payments. */
  SuccessfulCount: count(),
  /** Amount of successful payments: TL decimal, exact to the kuruş. */
  SuccessfulAmount: amount(),
  /** Number of failed payments. */
  UnsuccessfulCount: count(),
  /** Amount of failed payments: TL decimal, exact to the kuruş. */
  UnsuccessfulAmount: amount(),
  /** Number of full refunds. */
  RefundCount: count(),
  /** Amount of full refunds: TL decimal, exact to the kuruş. */
  RefundAmount: amount(),
  /** Number of partial refunds. */
  PartialRefundCount: count(),
  /** Amount of partial refunds: TL decimal, exact to the kuruş. */
  PartialRefundAmount: amount(),
  /** Number of cancels. */
  CancelCount: count(),
  /** Amount of cancels: TL decimal, exact to the kuruş. */
  CancelAmount: amount(),
}));

/** #30 `POST private/vpos/reconciliation/reconcile`: your counters of a day, compared with PayWall's. */
export const reconcileRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The day to reconcile (`yyyy-MM-dd`, or a `Date`: its UTC day). */
    Date: headerDate(),
    ...counters,
  }),
);

const num = () => z.nullish(z.number());

/** A day's counters in an answer: numbers of transactions, and their amounts in TL decimal, exact to the kuruş. */
export const dayCounters = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Number of all transactions of the day. */
    TotalCount: num(),
    /** Amount of all transactions of the day: TL decimal, exact to the kuruş. */
    TotalAmount: num(),
    /** Number of successful payments. */
    SuccessfulCount: num(),
    /** Amount of successful payments: TL decimal, exact to the kuruş. */
    SuccessfulAmount: num(),
    /** Number of failed payments. */
    UnsuccessfulCount: num(),
    /** Amount of failed payments: TL decimal, exact to the kuruş. */
    UnsuccessfulAmount: num(),
    /** Number of full refunds. */
    RefundCount: num(),
    /** Amount of full refunds: TL decimal, exact to the kuruş. */
    RefundAmount: num(),
    /** Number of partial refunds. */
    PartialRefundCount: num(),
    /** Amount of partial refunds: TL decimal, exact to the kuruş. */
    PartialRefundAmount: num(),
    /** Number of cancels. */
    CancelCount: num(),
    /** Amount of cancels: TL decimal, exact to the kuruş. */
    CancelAmount: num(),
  }),
);

/** PayWall's end-of-day counters: the day's counters and the id of PayWall's end-of-day record. */
export const endOfDayCounters = /* @__PURE__ */ lazySchema(() =>
  z.extend(dayCounters, {
    /** PayWall's id of the end-of-day record. */
    EndOfDayId: z.nullish(z.number()),
  }),
);

/** Answer of #30; a `null` body reads as `{}`. */
export const reconcileResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** Your counters match PayWall's. */
      IsReconciled: z.nullish(z.boolean()),
      /** The reconciliation was saved. */
      IsSaved: z.nullish(z.boolean()),
      /** A reconciliation of that day already existed. */
      ExistsReconciliation: z.nullish(z.boolean()),
      /** When PayWall ran the reconciliation: date-time text as PayWall sends it (not converted). */
      OperationDateTime: z.nullish(z.string()),
      /** The day reconciled, as PayWall writes it (`yyyy-MM-dd` in its examples). */
      ReconciliationDate: z.nullish(z.string()),
      /** Your counters, as received. */
      Merchant: z.nullish(dayCounters),
      /** PayWall's counters of the day, with its end-of-day id. */
      PayWall: z.nullish(endOfDayCounters),
    }),
  ),
);

/** #31 `GET private/vpos/reconciliation`: header `reconciliationdate` (yyyy-MM-dd). */
export const reconciliationRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The day (`yyyy-MM-dd`, or a `Date`: its UTC day), sent as the `reconciliationdate` header. */
    ReconciliationDate: headerDate(),
  }),
);
/** Answer of #31; a `null` body reads as `{}`. */
export const reconciliationResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** The day is reconciled. */
      IsReconciled: z.nullish(z.boolean()),
      /** When the reconciliation was first saved: date-time text as PayWall sends it (not converted). */
      InsertDateTime: z.nullish(z.string()),
      /** When it was last updated: date-time text as PayWall sends it (not converted). */
      UpdateDateTime: z.nullish(z.string()),
      /** The day, as PayWall writes it (`yyyy-MM-dd` in its examples). */
      ReconciliationDate: z.nullish(z.string()),
    }),
  ),
);

/** #32 `GET private/vpos/reconciliation/endofday`: header `endofdaydate`. */
export const endOfDayRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The day (`yyyy-MM-dd`, or a `Date`: its UTC day), sent as the `endofdaydate` header. */
    EndOfDayDate: headerDate(),
  }),
);
/** Answer of #32; a `null` body reads as `{}`. */
export const endOfDayResponse = /* @__PURE__ */ lazySchema(() => orEmpty(endOfDayCounters));

/** #33 `GET private/vpos/reconciliation/list`: headers `datefrom`, `dateto`, `start`, `length`, `sortvalue`. */
export const reconciliationListRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** First day (`yyyy-MM-dd`, or a `Date`), header `datefrom`. */
    DateFrom: headerDate(),
    /** Last day (`yyyy-MM-dd`, or a `Date`), header `dateto`. */
    DateTo: headerDate(),
    /** Index of the first record (paging), header `start`. */
    Start: z.optional(int().check(z.minimum(0))),
    /** Number of records (paging), header `length`. */
    Length: z.optional(int().check(z.minimum(1))),
    /** Sort order by date, header `sortvalue`. */
    SortValue: z.optional(z.enum(['asc', 'desc'])),
  }),
);
/** One reconciliation of a list (#33). */
export const reconciliationRecord = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** PayWall's id of the reconciliation. */
    ReconciliationId: z.nullish(z.number()),
    /** The day, as PayWall writes it (`yyyy-MM-dd` in its examples). */
    ReconciliationDate: z.nullish(z.string()),
    /** The day is reconciled. */
    IsReconciled: z.nullish(z.boolean()),
    /** When it was first saved: date-time text as PayWall sends it (not converted). */
    InsertDateTime: z.nullish(z.string()),
    /** When it was last updated: date-time text as PayWall sends it (not converted). */
    UpdateDateTime: z.nullish(z.string()),
  }),
);

/** Answer of #33; a `null` body reads as `{ Data: [] }`. */
export const reconciliationListResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** The reconciliations of the page (`[]` when PayWall sends none or `null`). */
      Data: infoList(reconciliationRecord),
      /** Number of reconciliations in the whole range. */
      TotalRecord: z.nullish(z.number()),
    }),
  ),
);

/** Answer of #29: not documented; kept as sent. */
export const vposTransactionListResponse = /* @__PURE__ */ lazySchema(() => z.unknown());
