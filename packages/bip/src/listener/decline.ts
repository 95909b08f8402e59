import { catalogsOf, type Locale, localizeError, PaymentDeclinedError } from '@odeme/core';
import { bipResultCodeName } from '../constants.js';
import { bipDeclineReason } from '../declines.js';

/** What a failed callback says about itself. */
interface FailedCallback {
  resultCode: number;
  resultDesc?: string | null | undefined;
  transactionId: string;
}

/**
 * The `PaymentDeclinedError` a failed listener callback stands for: any non-zero `resultCode` is a failed payment
 * (spec §5), its reason from `BIP_DECLINE_CODES` or `other`. Nothing was charged, so its outcome is `rejected`; its
 * `reference` is the payment's `transactionId`. Built, never thrown: the listener still answers Turkcell SUCCESS.
 */
export function listenerDecline(callback: FailedCallback, locale?: Locale): PaymentDeclinedError {
  const { resultCode: code, transactionId } = callback;
  const desc = callback.resultDesc ?? undefined;
  const name = bipResultCodeName(code);
  const said = `${code}${desc ? ` ${desc}` : ''}${name && name !== desc ? ` (${name})` : ''}`;
  const error = new PaymentDeclinedError(`bip listener: the payment failed in BiP: ${said}`, {
    provider: 'bip',
    operation: 'listener',
    providerCode: String(code),
    providerMessage: desc,
    group: name,
    reason: bipDeclineReason(code),
    reference: transactionId,
    outcome: 'rejected',
    details: { resultCode: code, transactionId },
  });
  const catalogs = catalogsOf(locale);
  if (catalogs) localizeError(error, catalogs);
  return error;
}
