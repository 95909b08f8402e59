/**
 * The decline reasons of `@odeme/core` (`DeclineReason`), named here once so that the simulators stay apart from the
 * clients (testkit depends on no client package); the simulators' tests check the two lists are the same.
 */
export type SimDeclineReason =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'expired_card'
  | 'invalid_cvc'
  | 'invalid_card'
  | 'lost_or_stolen'
  | 'fraud_suspected'
  | 'limit_exceeded'
  | 'three_ds_failed'
  | 'installment_not_allowed'
  | 'restricted_card'
  | 'issuer_unavailable'
  | 'other';
