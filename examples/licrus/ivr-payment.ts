/**
 * IVR hand-off for a Licrus delayed collection ("gecikmeli tahsilat"): the caller keys in the payment request
 * code Licrus created for the approved order and the card, and the IVR pays the order.
 *
 *   const licrus = new Licrus({ baseUrl: 'https://<tenant>-api.licrus.com', name: process.env.LICRUS_USER!, password: process.env.LICRUS_PASSWORD! });
 *   const outcome = await payFromIvr(licrus, { paymentRequestCode, card });
 */
import { isOdemeError, type Licrus, LicrusDeclineError, LicrusError, type PaymentCard, ProviderError, ValidationError } from '@odeme/licrus';

/** What the IVR collected from the caller. */
export interface IvrCollected {
  paymentRequestCode: string;
  card: PaymentCard;
}

/** What the IVR says next. */
export type IvrOutcome =
  | { kind: 'paid'; messages: string[] }
  | { kind: 'retry-input'; fields: string[] }
  | { kind: 'refused'; reason: string; codes: string[] }
  | { kind: 'try-later'; reason: string }
  | { kind: 'check-before-retrying'; reference: string; reason: string };

/** Pays the order; never throws for an outcome the IVR can voice. The card is never logged. */
export async function payFromIvr(licrus: Licrus, input: IvrCollected, signal?: AbortSignal): Promise<IvrOutcome> {
  try {
    const res = await licrus.payments.pay({ PaymentRequestCode: input.paymentRequestCode, Card: input.card }, { signal });
    // Info and warning messages of a success are worth reading out or storing.
    return { kind: 'paid', messages: res.MessageList.map((m) => m.Message ?? '').filter(Boolean) };
  } catch (error) {
    // Bad keying (swapped month/year, a digit missed): ask again, nothing was sent.
    if (error instanceof ValidationError) return { kind: 'retry-input', fields: error.fields };
    if (!isOdemeError(error)) throw error;
    // The request left and no trustworthy answer came back: the card may have been charged. Licrus has no payment
    // lookup, so the agent checks the order behind this code with the Licrus back office before any new attempt.
    if (error.outcome === 'unknown') return { kind: 'check-before-retrying', reference: error.reference ?? input.paymentRequestCode, reason: error.code };
    // Licrus refused (already paid, declined, unknown code, a refused ticket): no money moved; the codes go to the agent screen.
    if (error instanceof LicrusError || error instanceof LicrusDeclineError)
      return { kind: 'refused', reason: error.providerMessage ?? error.message, codes: error.codes };
    if (error.outcome === 'rejected' && error instanceof ProviderError) return { kind: 'refused', reason: error.message, codes: [] };
    // Nothing was sent (a refused login or connection, an abort): safe to try again later.
    return { kind: 'try-later', reason: error.code };
  }
}
