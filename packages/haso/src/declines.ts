import type { DeclineReason } from '@odeme/core';

/**
 * The calls where HASO decides about the shopper: the purchase (5.3) and the limit requests (5.2.x). A refusal of any
 * other call (a refund, a paid report, a GSM change) says nothing about whether the shopper may buy: never a decline.
 */
export const HASO_DECISION_OPERATIONS: readonly string[] = Object.freeze([
  'transactions.create',
  'limits.start',
  'limits.confirmPin',
  'limits.askReportResult',
  'limits.setFromKds',
]);

/** A HASO result code that declines the shopper, and the calls it does so on. */
export interface HasoDecline {
  /** The reason in the vocabulary every provider shares. */
  readonly reason: DeclineReason;
  /** Operation ids (`transactions.create`…) on which the code is a decline; every decision call when absent. */
  readonly operations?: readonly string[];
}

/**
 * HASO's published result codes that decline a shopper, mapped to `DeclineReason`. HASO takes no card: its declines
 * are credit decisions (the KKB report, the shopper's and the merchant's limits), and its error-code list (5.17) is
 * not public, so this table holds only what the public docs state. Add the codes HASO gives your account with the
 * client option `declineCodes`. The other published codes are not declines: RS100 success, RS115 and H311 (GSM
 * change), H307 and H308 (refunds).
 */
export const HASO_DECLINE_CODES: Readonly<Record<string, HasoDecline>> = {
  // Spec §2.7, "customer not found" (ChangeCustomerGsmNo [D]). On 5.3 CreateTransaction it means the HASO account that
  // would pay does not exist: no such account, as a card number that no bank knows.
  H223: { reason: 'invalid_card', operations: ['transactions.create'] },
};

/**
 * The reason a HASO refusal declines the shopper, or `undefined` when it is not a decline: the call is not a decision
 * call, or the code is in neither table. `declineCodes` (the client option) comes first and applies to every decision
 * call.
 *
 * @example
 * hasoDeclineReason('H223', 'transactions.create'); // 'invalid_card'
 * hasoDeclineReason('H223', 'customers.changeGsmNo'); // undefined: a GSM change is not a purchase
 * hasoDeclineReason('H412', 'transactions.create', { H412: 'insufficient_funds' }); // 'insufficient_funds'
 */
export function hasoDeclineReason(
  code: string | undefined,
  operation: string,
  declineCodes: Readonly<Record<string, DeclineReason>> = {},
): DeclineReason | undefined {
  if (code === undefined || !HASO_DECISION_OPERATIONS.includes(operation)) return undefined;
  if (Object.hasOwn(declineCodes, code)) return declineCodes[code];
  const known = Object.hasOwn(HASO_DECLINE_CODES, code) ? HASO_DECLINE_CODES[code] : undefined;
  if (!known || (known.operations && !known.operations.includes(operation))) return undefined;
  return known.reason;
}
