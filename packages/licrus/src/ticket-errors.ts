import { isOdemeError, type OdemeError, ProviderError } from '@odeme/core';

/**
 * Default test for "the AuthTicket is no longer valid": HTTP 401 and nothing else, whatever error class carries it
 * (core reports a 401 as an `AuthenticationError`, and so does the envelope reader). Licrus documents no expiry code,
 * and message text proves nothing: a bank's decline can read "Banka oturumu zaman aşımına uğradı" or "yetkisiz
 * işlem" (spec, corrections). Give `isTicketInvalid` to widen it for your tenant; it never resends a payment.
 */
export function defaultIsTicketInvalid(error: OdemeError): boolean {
  return (error as { status?: unknown }).status === 401;
}

/** Applies the configured test to anything thrown; a test that throws counts as "not a ticket refusal". */
export function ticketRefused(test: (error: OdemeError) => boolean, error: unknown): boolean {
  if (!isOdemeError(error)) return false;
  try {
    return test(error) === true;
  } catch {
    return false;
  }
}

/**
 * A money-moving call (`payments.pay`) whose `AuthTicket` was refused while the client can log in again. It is never
 * resent on its own: Licrus refused it before acting (`outcome: 'rejected'`), and calling it again is the caller's
 * decision; the next call logs in first. `cause` is the refusal. (A static ticket refused stays an
 * `AuthenticationError`: only a new ticket from Licrus helps.)
 */
export class LicrusTicketRefusedError extends ProviderError {}

/** Turns the ticket refusal of a money-moving call into a `LicrusTicketRefusedError` that says it was not resent. */
export function moneyTicketRefused(error: OdemeError): LicrusTicketRefusedError {
  const e = error as OdemeError & Partial<ProviderError>;
  const message =
    e.status === undefined
      ? `${error.operation}: the AuthTicket was refused; the payment was not resent and did not go through: it may be called again (the next call logs in first)`
      : `${error.operation}: the AuthTicket was refused (HTTP ${e.status}); the payment was not resent and did not go through: it may be called again (the next call logs in first)`;
  return new LicrusTicketRefusedError(message, {
    provider: 'licrus',
    operation: error.operation,
    status: e.status,
    requestId: e.requestId,
    providerCode: e.providerCode,
    providerMessage: e.providerMessage,
    outcome: 'rejected',
    reference: error.reference,
    cause: error,
  });
}
