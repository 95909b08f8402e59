import { type CallOptions, isOdemeError, type OperationCaller, ProviderError } from '@odeme/core';
import { queriesByMerchantUniqueCode } from './operations/queries.js';
import type { PaymentState } from './types/queries.js';

// `PaymentNotFound` of the common numbering, which the private API answers with. −1 ("payment not found / general
// error" in the Payment API list) is not read as "not found": it may be a general error.
const PAYMENT_NOT_FOUND = '56';

/**
 * Looks a payment up by its reference, the `MerchantUniqueCode` a payment start was sent with (`error.reference`
 * of a `payments.start*`, `refunds.create`/`.partial`, `cancels.create`, `reverts.create`, capture or release call):
 * `GET private/query` with the private pair. Resolves to the payment's state, or `undefined` when PayWall answers
 * that no payment has that code (error 56). A read: retried per core policy.
 */
export async function findPayWallPayment(caller: OperationCaller, reference: string, options?: CallOptions): Promise<PaymentState | undefined> {
  try {
    return (await caller.call(queriesByMerchantUniqueCode, { MerchantUniqueCode: reference }, options)).Paywall;
  } catch (e) {
    if (isOdemeError(e) && e instanceof ProviderError && e.providerCode === PAYMENT_NOT_FOUND) return undefined;
    throw e;
  }
}
