import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  dayCounters,
  endOfDayCounters,
  endOfDayRequest,
  reconcileRequest,
  reconcileResponse,
  reconciliationListRequest,
  reconciliationListResponse,
  reconciliationRecord,
  reconciliationRequest,
  reconciliationResponse,
  vposTransactionListRequest,
  vposTransactionListResponse,
} from '../schemas/vpos.js';

/** What `vpos.transactionList` takes (#29): header parameters, which PayWall does not document. */
export interface VposTransactionListParams extends z.input<typeof vposTransactionListRequest> {}
/** What `vpos.transactionList` answers (#29): not documented; kept as sent. */
export type VposTransactionList = z.output<typeof vposTransactionListResponse>;

/** What `vpos.reconcile` takes (#30): your counters of a day. */
export interface ReconcileParams extends z.input<typeof reconcileRequest> {}
/** A day's counters in an answer: numbers of transactions and their amounts. */
export interface DayCounters extends Answer<z.output<typeof dayCounters>> {}
/** PayWall's end-of-day counters of a day, with the id of its end-of-day record. */
export interface EndOfDayCounters extends Answer<z.output<typeof endOfDayCounters>> {}

/** What `vpos.reconcile` answers (#30): whether your counters match PayWall's, with both. */
export interface ReconcileResult extends Omit<Answer<z.output<typeof reconcileResponse>>, 'Merchant' | 'PayWall'> {
  /** Your counters, as received. */
  Merchant?: DayCounters | null | undefined;
  /** PayWall's counters of the day, with its end-of-day id. */
  PayWall?: EndOfDayCounters | null | undefined;
}

/** What `vpos.reconciliation` takes (#31): the day. */
export interface ReconciliationParams extends z.input<typeof reconciliationRequest> {}
/** What `vpos.reconciliation` answers (#31): whether the day is reconciled. */
export interface ReconciliationStatus extends Answer<z.output<typeof reconciliationResponse>> {}

/** What `vpos.endOfDay` takes (#32): the day. */
export interface EndOfDayParams extends z.input<typeof endOfDayRequest> {}

/** What `vpos.reconciliationList` takes (#33): a date range and a page (`Start`, `Length`). */
export interface ReconciliationListParams extends z.input<typeof reconciliationListRequest> {}
/** What `vpos.reconciliationListAll` takes: `vpos.reconciliationList`'s parameters, the page's start left to the loop. */
export interface ReconciliationListAllParams extends Omit<ReconciliationListParams, 'Start'> {}
/** One reconciliation of a list. */
export interface ReconciliationRecord extends Answer<z.output<typeof reconciliationRecord>> {}

/** What `vpos.reconciliationList` answers (#33): one page of reconciliations, and how many the range has. */
export interface ReconciliationPage extends Omit<Answer<z.output<typeof reconciliationListResponse>>, 'Data'> {
  /** The reconciliations of the page (`[]` when PayWall sends none or `null`). */
  Data: ReconciliationRecord[];
}
