// How the HASO simulator declines a shopper. HASO takes no card: it declines through its credit decisions (the KKB
// report, the shopper's and the merchant's limits, a suspended customer). Its error-code list (5.17) is not public,
// so apart from H223 (spec §2.7) the codes below are the simulator's own, in a range no published HASO code uses.

/** The decline reasons of `@odeme/core` (`DeclineReason`) that HASO can express, named here so the simulator stays apart from the client. */
export type HasoSimDeclineReason = 'insufficient_funds' | 'limit_exceeded' | 'do_not_honor' | 'restricted_card' | 'invalid_card' | 'other';

/** Limit a KKB approval grants when no test switch decides it, in kuruş (10 000 TL; `defaultLimitKurus` changes it). */
export const HASO_SIM_DEFAULT_LIMIT_KURUS = 1_000_000;

/** The merchant's limit on one purchase, in kuruş (50 000 TL; `merchantLimitKurus` changes it). Simulator choice. */
export const HASO_SIM_MERCHANT_LIMIT_KURUS = 5_000_000;

/** A TCKN (valid check digits) whose KKB report the simulator rejects: the limit request answers `Success: false`. */
export const HASO_SIM_KKB_REJECTED_TCKN = '20000000046';

/** A TCKN (valid check digits) whose customer the simulator keeps suspended (5.16): a limit is granted, purchases are refused. */
export const HASO_SIM_SUSPENDED_TCKN = '30000000014';

/**
 * The result code the simulator answers each decline with, in `Data.Message` and leading the `Errors` line. Give it
 * to the client as `declineCodes`, as you would the codes HASO names for your account; H223 needs nothing, since it is
 * published and the client maps it itself.
 */
export const HASO_SIM_DECLINE_CODES: Readonly<Record<string, HasoSimDeclineReason>> = {
  H901: 'insufficient_funds', // the purchase is above the customer's available limit (5.3 checks the customer's limit)
  H902: 'limit_exceeded', // the purchase is above the merchant's limit (5.3 checks the merchant's limit)
  H903: 'do_not_honor', // the KKB report rejected the limit request (5.2.2 / 5.2.3: Success=false)
  H904: 'restricted_card', // the customer is suspended or has an overdue payment (5.2.6, 5.16)
  H905: 'other', // the SMS PIN of the KKB request is wrong: no reason of the shared vocabulary fits it
};

/** How to make the simulator decline for one reason. */
export interface HasoSimDeclineTrigger {
  /** The call that is refused. */
  operation: 'transactions.create' | 'limits.confirmPin';
  /** What provokes it, in words. */
  how: string;
  /** The fields to send: to `limits.start` (`tckn`) or to the refused call (`orderAmount`, `customerId`, `pinCode`). */
  send: Readonly<Record<string, string | number>>;
  /** The result code of the refusal (`Data.Message`, and first on the `Errors` line). */
  code: string;
}

/**
 * One trigger for every decline reason HASO can express. HASO cannot express `expired_card`, `invalid_cvc`,
 * `lost_or_stolen`, `fraud_suspected`, `three_ds_failed`, `installment_not_allowed` or `issuer_unavailable`: it takes
 * no card, no CVC and no 3-D Secure, and documents no refusal that means any of them.
 *
 * @example
 * const sim = new HasoSimulator(creds);
 * const haso = new Haso({ ...creds, baseUrl, ipAddress, fetch: sim.fetch, declineCodes: HASO_SIM_DECLINE_CODES });
 * await haso.transactions.create({ ...purchase, ...HASO_DECLINE_TRIGGERS.limit_exceeded.send }); // PaymentDeclinedError, reason limit_exceeded
 */
export const HASO_DECLINE_TRIGGERS: Readonly<Record<HasoSimDeclineReason, HasoSimDeclineTrigger>> = {
  insufficient_funds: {
    operation: 'transactions.create',
    how: 'a purchase above the available limit of a customer with the default limit (testResult E or F, which give limit 0, make any purchase one)',
    send: { orderAmount: HASO_SIM_DEFAULT_LIMIT_KURUS + 1 },
    code: 'H901',
  },
  limit_exceeded: {
    operation: 'transactions.create',
    how: "a purchase above the merchant's limit, whatever the customer's limit",
    send: { orderAmount: HASO_SIM_MERCHANT_LIMIT_KURUS + 1 },
    code: 'H902',
  },
  do_not_honor: {
    operation: 'limits.confirmPin',
    how: 'the limit request of this TCKN, confirmed with the right PIN: the KKB report rejects it',
    send: { tckn: HASO_SIM_KKB_REJECTED_TCKN },
    code: 'H903',
  },
  restricted_card: {
    operation: 'transactions.create',
    how: 'a purchase by the customer of this TCKN, which is suspended once its limit is granted',
    send: { tckn: HASO_SIM_SUSPENDED_TCKN },
    code: 'H904',
  },
  invalid_card: {
    operation: 'transactions.create',
    how: 'a purchase for a customerId HASO does not know',
    send: { customerId: '9999999999' },
    code: 'H223',
  },
  other: {
    operation: 'limits.confirmPin',
    how: 'a limit request confirmed with a wrong SMS PIN (without a test switch)',
    send: { pinCode: '000000' },
    code: 'H905',
  },
};
