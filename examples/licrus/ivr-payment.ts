/**
 * IVR hand-off for a Licrus delayed collection ("gecikmeli tahsilat"): the caller keys in the payment request
 * code Licrus created for the approved order and the card, and the IVR pays the order.
 *
 *   const licrus = new Licrus({ baseUrl: 'https://<tenant>-api.licrus.com', name: process.env.LICRUS_USER!, password: process.env.LICRUS_PASSWORD! });
 *   const outcome = await payFromIvr(licrus, { paymentRequestCode, card });
 */
import { isOdemeError, ProviderError, ValidationError } from '@odeme/core';
import { type Licrus, LicrusError, type PaymentCardInput } from '@odeme/licrus';

/** What the IVR collected from the caller. */
export interface IvrCollected {
  paymentRequestCode: string;
  card: PaymentCardInput;
}

/** What the IVR says next. */
export type IvrOutcome =
  | { kind: 'paid'; messages: string[] }
  | { kind: 'retry-input'; fields: string[] }
  | { kind: 'refused'; reason: string; codes: string[] }
  | { kind: 'try-later'; reason: string };

/** Pays the order; never throws for an outcome the IVR can voice. The card is never logged. */
export async function payFromIvr(licrus: Licrus, input: IvrCollected, signal?: AbortSignal): Promise<IvrOutcome> {
  try {
    const res = await licrus.payments.pay({ PaymentRequestCode: input.paymentRequestCode, Card: input.card }, { signal });
    // Info and warning messages of a success are worth reading out or storing.
    return { kind: 'paid', messages: res.MessageList.map((m) => m.Message ?? '').filter(Boolean) };
  } catch (error) {
    // Bad keying (swapped month/year, a digit missed): ask again, nothing was sent.
    if (error instanceof ValidationError) return { kind: 'retry-input', fields: error.fields };
    // Licrus refused (already paid, declined, unknown code): tell the caller; the codes go to the agent screen.
    if (error instanceof LicrusError) return { kind: 'refused', reason: error.providerMessage ?? error.message, codes: error.codes };
    if (error instanceof ProviderError) return { kind: 'refused', reason: error.message, codes: [] };
    // Network, timeout, HTTP: the payment is NOT retried automatically; check the order before trying again.
    if (isOdemeError(error)) return { kind: 'try-later', reason: error.code };
    throw error;
  }
}
