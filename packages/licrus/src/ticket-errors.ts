import { HttpError, isOdemeError, type OdemeError, ProviderError } from '@odeme/core';
import { LicrusError } from './envelope.js';

// No expiry error is documented: these words in a refusal are taken to mean the ticket or session is gone.
const TICKET_WORDS = /ticket|oturum|session|yetkisiz|unauthori[sz]ed/i;

/** Default ticket-expiry test: HTTP 401, or a `HasError` message that speaks of the ticket or the session. */
export function defaultIsTicketInvalid(error: OdemeError): boolean {
  if ((error instanceof HttpError || error instanceof ProviderError) && error.status === 401) return true;
  if (error instanceof LicrusError) return error.messages.some((m) => m.kind !== 'Info' && TICKET_WORDS.test(m.Message ?? ''));
  return false;
}

/** Applies the configured test to anything thrown. */
export function ticketRefused(test: (error: OdemeError) => boolean, error: unknown): boolean {
  return isOdemeError(error) && test(error);
}
