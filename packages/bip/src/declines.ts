import type { DeclineReason } from '@odeme/core';

/**
 * BiP result codes that mean the user's payment failed, mapped to the shared `DeclineReason`. BiP takes no card and
 * publishes no result-code catalogue (spec §7): these are the only failure codes any source shows, all three seen in
 * third-party code that reads the listener's `resultCode` [OBS T7], which also gives the user texts quoted below.
 */
export const BIP_DECLINE_CODES: Readonly<Record<number, DeclineReason>> = {
  // Spec §7, [OBS T7]: "the charge could not be reflected on your invoice". Turkcell's billing refused the charge and
  // said no more: a refusal without a stated reason, as ISO 8583 05 is for a bank.
  4010101: 'do_not_honor',
  // Spec §7, [OBS T7]: "because you are not a Turkcell subscriber". The user has no Turkcell line to charge: no such
  // paying account, as a card number no bank knows. Another way to pay (a card, channel 40) can still work.
  4010403: 'invalid_card',
  // Spec §7, [OBS T7]: shown to nobody by that code; probably the user cancelled or never answered. No reason of the
  // shared vocabulary says that.
  [-1101]: 'other',
};

/**
 * The reason of a BiP result code: the table's entry, or `other` for a code it does not hold (a listener callback
 * with any non-zero code is a failed payment, whatever the code).
 *
 * @example
 * bipDeclineReason(4010101); // 'do_not_honor'
 * bipDeclineReason(777); // 'other'
 */
export function bipDeclineReason(resultCode: number): DeclineReason {
  return Object.hasOwn(BIP_DECLINE_CODES, resultCode) ? (BIP_DECLINE_CODES[resultCode] as DeclineReason) : 'other';
}

/** True when a synchronous refusal with this code declines the payment (the code is in `BIP_DECLINE_CODES`). */
export function isBipDeclineCode(resultCode: number): boolean {
  return Object.hasOwn(BIP_DECLINE_CODES, resultCode);
}
