import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { checkRefundRequest, refundTransactionRequest } from '../schemas/refund.js';
import type { refundData } from '../schemas/responses.js';

/** What `refunds.create` (5.7) takes: the purchase, the amount in integer kuruş and your `refundId` (generated when left out). */
export interface CreateRefundParams extends z.input<typeof refundTransactionRequest> {}

/** What `refunds.check` (5.8 CheckRefund) takes: the `refundId` the refund was sent with. */
export interface CheckRefundParams extends z.input<typeof checkRefundRequest> {}

/** A refund as HASO reports it (5.7, 5.8): the refunded amount as HASO's TL decimal and as integer kuruş. */
export interface Refund extends Answer<z.output<typeof refundData>> {}
