/** Simulator-specific error codes below 10000 (ÖderoPay's own table is not public). */
export const ODEROPAY_SIM_ERRORS = {
  /** A missing auth header, an unknown key or a signature that does not verify (HTTP 401). */
  unauthorized: '1',
  /** The body breaks the spec's rules (HTTP 400). */
  validation: '2',
  /** No payment, card, refund or record with that id (HTTP 404). */
  notFound: '3',
  /** Not allowed in the payment's state (e.g. refunding a pre-auth, capturing twice). */
  invalidState: '4',
  /** The refund is more than what is left to refund. */
  refundExceeds: '5',
} as const;
