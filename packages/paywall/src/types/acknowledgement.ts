import type { Answer, Referenced } from '@odeme/core';
import type * as z from 'zod/mini';
import type { doneResponse } from '../schemas/payment.js';

/**
 * What a call answers when PayWall's `Result: true, ErrorCode: 0` is the whole answer (captures, releases, refunds,
 * cancels, reverts, `end3d`): it was done. `reference` names the payment it acted on (its `MerchantUniqueCode`,
 * `UniqueCode` or `PaymentId`, whichever the call sent).
 */
export interface Acknowledgement extends Answer<z.output<typeof doneResponse>>, Referenced {}
