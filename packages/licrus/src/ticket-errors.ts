import { HttpError, isOdemeError, type OdemeError, ProviderError } from '@odeme/core';

/**
 * Default test for "the AuthTicket is no longer valid": HTTP 401 and nothing else. Licrus documents no expiry code,
 * and message text proves nothing: a bank's decline can read "Banka oturumu zaman aşımına uğradı" or "yetkisiz
 * işlem" (spec, corrections). Give `isTicketInvalid` to widen it for your tenant; it never resends a payment.
 */
export function defaultIsTicketInvalid(error: OdemeError): boolean {
  return (error instanceof HttpError || error instanceof ProviderError) && error.status === 401;
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
 * A money-moving call (`payments.pay`) whose `AuthTicket` was refused. It is never resent on its own: Licrus
 * refused it before acting (`outcome: 'rejected'`), and calling it again is the caller's decision. With Login
 * credentials the next call logs in first; with a static ticket, a new ticket is needed. `cause` is the refusal.
 */
export class LicrusTicketRefusedError extends ProviderError {}

/** Turns the ticket refusal of a money-moving call into a `LicrusTicketRefusedError` that says it was not resent. */
export function moneyTicketRefused(error: OdemeError, canRenew: boolean): LicrusTicketRefusedError {
  const e = error as OdemeError & Partial<ProviderError>;
  const next = canRenew ? 'it may be called again (the next call logs in first)' : 'it may be called again once Licrus issues a new AuthTicket';
  return new LicrusTicketRefusedError(
    `${error.operation}: the AuthTicket was refused${e.status ? ` (HTTP ${e.status})` : ''}; the payment was not resent and did not go through: ${next}`,
    {
      provider: 'licrus',
      operation: error.operation,
      status: e.status,
      requestId: e.requestId,
      providerCode: e.providerCode,
      providerMessage: e.providerMessage,
      outcome: 'rejected',
      reference: error.reference,
      cause: error,
    },
  );
}
