import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  approvalItem,
  approvalRequest,
  approvalResponse,
  reorganizeItem,
  reorganizeRequest,
  reorganizeResponse,
  updateTransactionRequest,
} from '../schemas/payment-transaction.js';

/** What `paymentTransactions.approve` and `disapprove` take: the basket lines, and whether all or none. */
export interface ApprovalParams extends z.input<typeof approvalRequest> {}

/** The result of approving or disapproving one basket line. */
export interface ApprovalItem extends Answer<z.output<typeof approvalItem>> {}

/** The result per basket line of an approval or disapproval: read each `approvalStatus`. */
export interface ApprovalResult extends Omit<Answer<z.output<typeof approvalResponse>>, 'items'> {
  /** One result per payment transaction. */
  items: ApprovalItem[];
}

/** What `paymentTransactions.update` takes: the line, and the sub-merchant it moves to with its share. */
export interface UpdateTransactionParams extends z.input<typeof updateTransactionRequest> {}

/** One line of a re-split payment. */
export interface ReorganizeItem extends z.input<typeof reorganizeItem> {}

/** What `paymentTransactions.reorganize` takes: the payment and its new split, one entry per line. */
export interface ReorganizeParams extends Omit<z.input<typeof reorganizeRequest>, 'items'> {
  /** The new split, one entry per line. */
  items: ReorganizeItem[];
}

/** The answer of a reorganize: not published, kept whole (read it with `responseOf(result)?.data`), or nothing. */
export type ReorganizeResult = Answer<z.output<typeof reorganizeResponse>>;
