// How the BiP simulator fails a payment. BiP takes no card: the user approves in the BiP app and the outcome reaches
// the merchant's listener, whose `resultCode` is 0 for success and anything else for a failure (spec §5). Only three
// failure codes are known (spec §7, seen in third-party code); their `resultDesc` texts are not, so the simulator
// writes the SDK's names of the codes there.

/** The decline reasons of `@odeme/core` (`DeclineReason`) BiP can express, named here so the simulator stays apart from the client. */
export type BipSimDeclineReason = 'do_not_honor' | 'invalid_card' | 'other';

/** How to make the simulator fail a payment for one reason. */
export interface BipSimDeclineTrigger {
  /** The GSM number to start the payment for (`90` + 10 digits, as BiP takes it): the payment fails when the user answers. */
  msisdn: string;
  /** The listener's `resultCode` for the failure. */
  resultCode: number;
  /** The listener's `resultDesc` (the simulator's wording: Turkcell's is not published). */
  resultDesc: string;
  /** What the code means, in words. */
  how: string;
}

/**
 * One trigger for every decline reason BiP can express. Start a payment for the trigger's `msisdn` (any channel):
 * BiP accepts it (1103), and when the user answers (`sim.approve(transactionId)`) the listener is posted the failure
 * `{ resultCode, resultDesc, transactionId, channelId }` instead of a success. BiP cannot express `insufficient_funds`,
 * `expired_card`, `invalid_cvc`, `lost_or_stolen`, `fraud_suspected`, `limit_exceeded`, `three_ds_failed`,
 * `installment_not_allowed`, `restricted_card` or `issuer_unavailable`: no public source gives a code for any of them.
 *
 * @example
 * const sim = new BipSimulator({ ...creds, listener: { handler: createBipListener({ credentials, onPayment }) } });
 * const started = await bip.startPayment({ msisdn: BIP_DECLINE_TRIGGERS.invalid_card.msisdn, channelId: 11, itemList: [{ id: 50, count: 1 }] });
 * await sim.approve(started.transactionId); // onPayment gets an event whose decline has reason invalid_card
 */
export const BIP_DECLINE_TRIGGERS: Readonly<Record<BipSimDeclineReason, BipSimDeclineTrigger>> = {
  do_not_honor: {
    msisdn: '905300101010',
    resultCode: 4010101,
    resultDesc: 'INVOICE_CHARGE_FAILED',
    how: 'the charge could not be put on the user’s Turkcell invoice (spec §7)',
  },
  invalid_card: {
    msisdn: '905300104030',
    resultCode: 4010403,
    resultDesc: 'NOT_TURKCELL_SUBSCRIBER',
    how: 'the user is not a Turkcell subscriber, so there is no line to charge (spec §7)',
  },
  other: {
    msisdn: '905300011010',
    resultCode: -1101,
    resultDesc: 'CANCELLED_OR_TIMED_OUT',
    how: 'the user cancelled or never answered (spec §7: meaning inferred)',
  },
};

/** The trigger whose `msisdn` this is, if any. */
export function declineTriggerFor(msisdn: string): BipSimDeclineTrigger | undefined {
  return Object.values(BIP_DECLINE_TRIGGERS).find((t) => t.msisdn === msisdn);
}
