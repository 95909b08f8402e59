import type { SimDeclineReason } from '../frame/decline-reason.js';
/**
 * Bank declines of the simulated tenant. Licrus publishes no payment error codes: its envelope carries them, where it
 * carries any, inside `MessageList[].Message`, in the form of its one published sample (`INT-PRD1001:…`). So each
 * decline here is HTTP 200, `HasError: true` and one `Type: 0` message that starts with a code of the simulator's own:
 * `SIM-BNK` and four digits, the ISO 8583 field 39 code where the text is a bank answer of that meaning (0005, 0051…),
 * else a number of its own (0082 and 0083, 3-D Secure; 0084, CVV2). Three texts use the words a bank really uses and
 * a careless client might take for an expired Licrus ticket ("yetkisiz", "oturum", "session").
 */

/** The decline reasons of `@odeme/core`, as the simulators name them. */
export type LicrusSimDeclineReason = SimDeclineReason;

/** The decline message each declining test card gets, keyed by card number. */
export const LICRUS_SIM_DECLINES = {
  /** 05, do not honour. */
  '4000000000000002': 'SIM-BNK0005: İşlem banka tarafından onaylanmadı (Do not honour).',
  /** 51, insufficient funds. */
  '5406675406675403': 'SIM-BNK0051: Kart limiti yetersiz.',
  /** 54, expired card (the expiry sent is in the future: the bank's records say otherwise). */
  '4000000000000069': 'SIM-BNK0054: Kartın son kullanma tarihi geçmiş.',
  /** CVV2 refused by the issuer. */
  '4000000000000127': 'SIM-BNK0084: CVV2 bilgisi hatalı.',
  /** 14, no such card number. */
  '4000000000000010': 'SIM-BNK0014: Geçersiz kart numarası.',
  /** 41, lost card. */
  '4000000000009987': 'SIM-BNK0041: Kayıp kart, karta el koyunuz.',
  /** 59, suspected fraud. */
  '4100000000000019': 'SIM-BNK0059: Şüpheli işlem, güvenlik nedeniyle reddedildi.',
  /** 61, amount limit exceeded. */
  '4000000000000259': 'SIM-BNK0061: Kartın günlük işlem tutarı limiti aşıldı.',
  /** 57, transaction not permitted to the cardholder. */
  '4012888888881881': 'SIM-BNK0057: Yetkisiz işlem. Kart sahibinin bu işleme yetkisi yok, kartı veren bankayı arayınız.',
  /** 91, issuer or switch inoperative. */
  '4000000000000119': 'SIM-BNK0091: Kartı veren bankaya şu anda ulaşılamıyor.',
  /** 12, invalid transaction: a fault of the request, not of the card. */
  '4000000000000101': 'SIM-BNK0012: Geçersiz işlem.',
  /** 3-D Secure authentication abandoned: the issuer's session ran out before the cardholder confirmed. */
  '5105105105105100': 'SIM-BNK0082: Bankanın doğrulama oturumu zaman aşımına uğradı, işlem reddedildi.',
  /** The same, as an issuer that answers in English. */
  '4242424242424242': 'SIM-BNK0083: Declined by issuer: authentication session expired. İşlem reddedildi.',
} as const satisfies Record<string, string>;

/**
 * What each simulator code means, as a tenant would write it in the client's `declineCodes` option. Licrus documents
 * no codes, so the client maps none by default (every decline is `other`); pass this table to map the simulator's.
 * `SIM-BNK0012` (invalid transaction) is left out on purpose: a code with no mapping is `other`.
 *
 * @example
 * const licrus = new Licrus({ baseUrl, ...LICRUS_SIM_USER, fetch: sim.fetch, declineCodes: LICRUS_SIM_DECLINE_CODES });
 */
export const LICRUS_SIM_DECLINE_CODES: Readonly<Record<string, LicrusSimDeclineReason>> = {
  'SIM-BNK0005': 'do_not_honor',
  'SIM-BNK0051': 'insufficient_funds',
  'SIM-BNK0054': 'expired_card',
  'SIM-BNK0084': 'invalid_cvc',
  'SIM-BNK0014': 'invalid_card',
  'SIM-BNK0041': 'lost_or_stolen',
  'SIM-BNK0059': 'fraud_suspected',
  'SIM-BNK0061': 'limit_exceeded',
  'SIM-BNK0057': 'restricted_card',
  'SIM-BNK0091': 'issuer_unavailable',
  'SIM-BNK0082': 'three_ds_failed',
  'SIM-BNK0083': 'three_ds_failed',
};

/**
 * One test card for each decline reason a Licrus payment can express (all Luhn-valid; any future expiry and any
 * 3-digit CVV). `Payment` answers the card with its `LICRUS_SIM_DECLINES` message in Licrus's envelope (HTTP 200,
 * `HasError: true`). `installment_not_allowed` has no card: Licrus's `Payment` takes no installment count. The second
 * 3-D Secure card, worded in English, is `LICRUS_SIM_CARDS.issuerSessionExpired`.
 *
 * @example
 * await licrus.payments.pay({ PaymentRequestCode, Card: { ...card, Number: LICRUS_DECLINE_CARDS.insufficient_funds } });
 * // PaymentDeclinedError: providerCode 'SIM-BNK0051'; reason 'insufficient_funds' with declineCodes: LICRUS_SIM_DECLINE_CODES
 */
export const LICRUS_DECLINE_CARDS = {
  /** `SIM-BNK0051`: "Kart limiti yetersiz." */
  insufficient_funds: '5406675406675403',
  /** `SIM-BNK0005`: "İşlem banka tarafından onaylanmadı (Do not honour)." */
  do_not_honor: '4000000000000002',
  /** `SIM-BNK0054`: "Kartın son kullanma tarihi geçmiş." */
  expired_card: '4000000000000069',
  /** `SIM-BNK0084`: "CVV2 bilgisi hatalı." */
  invalid_cvc: '4000000000000127',
  /** `SIM-BNK0014`: "Geçersiz kart numarası." */
  invalid_card: '4000000000000010',
  /** `SIM-BNK0041`: "Kayıp kart, karta el koyunuz." */
  lost_or_stolen: '4000000000009987',
  /** `SIM-BNK0059`: "Şüpheli işlem, güvenlik nedeniyle reddedildi." */
  fraud_suspected: '4100000000000019',
  /** `SIM-BNK0061`: "Kartın günlük işlem tutarı limiti aşıldı." */
  limit_exceeded: '4000000000000259',
  /** `SIM-BNK0082`: "Bankanın doğrulama oturumu zaman aşımına uğradı…". */
  three_ds_failed: '5105105105105100',
  /** `SIM-BNK0057`: "Yetkisiz işlem…". */
  restricted_card: '4012888888881881',
  /** `SIM-BNK0091`: "Kartı veren bankaya şu anda ulaşılamıyor." */
  issuer_unavailable: '4000000000000119',
  /** `SIM-BNK0012`: "Geçersiz işlem.", a code no table maps. */
  other: '4000000000000101',
} as const satisfies Partial<Record<LicrusSimDeclineReason, keyof typeof LICRUS_SIM_DECLINES>>;

/** The decline text for a card number, or `undefined` when the simulated bank approves it. */
export function licrusSimDecline(cardNumber: string): string | undefined {
  return (LICRUS_SIM_DECLINES as Record<string, string>)[cardNumber];
}
