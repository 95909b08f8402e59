/** Simulator-specific error codes below 10000 (ÖderoPay's own table is not public). */
export const ODEROPAY_SIM_ERRORS = {
  unauthorized: '1',
  validation: '2',
  notFound: '3',
  invalidState: '4',
  refundExceeds: '5',
} as const;
