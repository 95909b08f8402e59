/**
 * One decline vocabulary for every provider: the reason a bank refused a card, a text a shop can show the customer,
 * and whether asking for another card makes sense. Providers map their own codes onto it.
 */

/** Why a payment was declined, the same for every provider; `other` when the provider's code has no mapping. */
export type DeclineReason =
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

/** The languages `shopperMessage` is written in. */
export type ShopperLocale = 'tr' | 'en';

interface ReasonFacts {
  tr: string;
  en: string;
  anotherCard: boolean;
}

// Lost, stolen and fraud texts stay generic on purpose: the person at the checkout may not be the cardholder.
const FACTS: Record<DeclineReason, ReasonFacts> = {
  insufficient_funds: {
    tr: 'Kartınızın bakiyesi veya limiti bu ödeme için yeterli değil. Başka bir kartla deneyebilirsiniz.',
    en: 'Your card does not have enough balance or limit for this payment. You can try another card.',
    anotherCard: true,
  },
  do_not_honor: {
    tr: 'Ödemeniz bankanız tarafından onaylanmadı. Bankanızla görüşebilir ya da başka bir kartla deneyebilirsiniz.',
    en: 'Your bank did not approve this payment. You can contact your bank or try another card.',
    anotherCard: true,
  },
  expired_card: {
    tr: 'Kartınızın son kullanma tarihi geçmiş. Lütfen geçerli bir kart kullanın.',
    en: 'Your card has expired. Please use a valid card.',
    anotherCard: true,
  },
  invalid_cvc: {
    tr: 'Güvenlik kodu (CVV) hatalı. Kartınızdaki kodu kontrol edip tekrar deneyin.',
    en: 'The security code (CVV) is incorrect. Please check the code on your card and try again.',
    anotherCard: false,
  },
  invalid_card: {
    tr: 'Kart bilgileri geçersiz. Kart numarasını kontrol edin ya da başka bir kart deneyin.',
    en: 'The card details are not valid. Please check the card number or try another card.',
    anotherCard: true,
  },
  lost_or_stolen: {
    tr: 'Bu kartla işlem yapılamıyor. Lütfen bankanızla görüşün ya da başka bir kart kullanın.',
    en: 'This card cannot be used for this payment. Please contact your bank or use another card.',
    anotherCard: true,
  },
  fraud_suspected: {
    tr: 'Ödemeniz güvenlik nedeniyle onaylanmadı. Lütfen bankanızla görüşün.',
    en: 'This payment was not approved for security reasons. Please contact your bank.',
    anotherCard: false,
  },
  limit_exceeded: {
    tr: 'Kartınızın işlem limiti aşıldı. Limitinizi bankanızdan öğrenebilir ya da başka bir kartla deneyebilirsiniz.',
    en: "This payment exceeds your card's transaction limit. You can check the limit with your bank or try another card.",
    anotherCard: true,
  },
  three_ds_failed: {
    tr: '3D Secure doğrulaması tamamlanamadı. Lütfen tekrar deneyin ve bankanızın gönderdiği şifreyi doğru girdiğinizden emin olun.',
    en: '3D Secure verification could not be completed. Please try again and make sure you enter the code your bank sends.',
    anotherCard: false,
  },
  installment_not_allowed: {
    tr: 'Bu kartla taksitli ödeme yapılamıyor. Tek çekim olarak ya da başka bir kartla deneyebilirsiniz.',
    en: 'Installments are not available with this card. You can pay in a single payment or try another card.',
    anotherCard: true,
  },
  restricted_card: {
    tr: 'Kartınız bu işleme kapalı. İnternet alışverişine açtırmak için bankanızla görüşebilir ya da başka bir kart deneyebilirsiniz.',
    en: 'Your card is not enabled for this kind of payment. You can ask your bank to enable online payments or try another card.',
    anotherCard: true,
  },
  issuer_unavailable: {
    tr: 'Bankanıza şu anda ulaşılamıyor. Lütfen birkaç dakika sonra tekrar deneyin.',
    en: 'Your bank cannot be reached right now. Please try again in a few minutes.',
    anotherCard: false,
  },
  other: {
    tr: 'Ödemeniz gerçekleştirilemedi. Lütfen tekrar deneyin ya da başka bir kart kullanın.',
    en: 'Your payment could not be completed. Please try again or use another card.',
    anotherCard: true,
  },
};

/** Every `DeclineReason`, in a fixed order (for tests, selects and exhaustive tables). */
export const DECLINE_REASONS: readonly DeclineReason[] = Object.freeze(Object.keys(FACTS) as DeclineReason[]);

/** True when `value` is one of the `DeclineReason` values. */
export function isDeclineReason(value: unknown): value is DeclineReason {
  return typeof value === 'string' && Object.hasOwn(FACTS, value);
}

/**
 * A short text for the customer at the checkout, in Turkish or English; it names no code and no card detail.
 *
 * @example
 * shopperMessage('insufficient_funds', 'tr'); // 'Kartınızın bakiyesi veya limiti bu ödeme için yeterli değil. …'
 */
export function shopperMessage(reason: DeclineReason, locale: ShopperLocale): string {
  const facts = FACTS[isDeclineReason(reason) ? reason : 'other'];
  return locale === 'en' ? facts.en : facts.tr;
}

/**
 * Whether the customer should be offered another card: `false` when the same card can succeed (a mistyped CVC, a
 * failed 3D Secure step, an unreachable bank) or when another card should not be suggested (suspected fraud).
 */
export function suggestsAnotherCard(reason: DeclineReason): boolean {
  return FACTS[isDeclineReason(reason) ? reason : 'other'].anotherCard;
}

/**
 * ISO 8583 (1987) field 39 response codes, the two-digit bank codes several Turkish providers pass through, by the
 * meaning the standard gives them. Codes that are the merchant's or the request's fault (03 invalid merchant, 12
 * invalid transaction, 13 invalid amount, 30 format error, 94 duplicate) stay `other`.
 */
const ISO_8583: Readonly<Record<string, DeclineReason>> = {
  '01': 'do_not_honor', // refer to card issuer
  '02': 'do_not_honor', // refer to card issuer, special condition
  '04': 'restricted_card', // pick up card
  '05': 'do_not_honor', // do not honour
  '07': 'fraud_suspected', // pick up card, special condition (fraud)
  '14': 'invalid_card', // invalid card number (no such number)
  '15': 'invalid_card', // no such issuer
  '19': 'issuer_unavailable', // re-enter transaction
  '33': 'expired_card', // expired card, pick up
  '34': 'fraud_suspected', // suspected fraud, pick up
  '36': 'restricted_card', // restricted card, pick up
  '41': 'lost_or_stolen', // lost card, pick up
  '43': 'lost_or_stolen', // stolen card, pick up
  '51': 'insufficient_funds', // not sufficient funds
  '54': 'expired_card', // expired card
  '55': 'invalid_cvc', // incorrect PIN: online no PIN is typed, so the nearest is a wrong security code
  '56': 'invalid_card', // no card record
  '57': 'restricted_card', // transaction not permitted to cardholder
  '58': 'restricted_card', // transaction not permitted to terminal
  '59': 'fraud_suspected', // suspected fraud
  '61': 'limit_exceeded', // exceeds withdrawal amount limit
  '62': 'restricted_card', // restricted card
  '65': 'limit_exceeded', // exceeds withdrawal frequency limit
  '68': 'issuer_unavailable', // response received too late
  '90': 'issuer_unavailable', // cutoff in progress
  '91': 'issuer_unavailable', // issuer or switch inoperative
  '92': 'issuer_unavailable', // institution cannot be found for routing
  '96': 'issuer_unavailable', // system malfunction
};

/**
 * The `DeclineReason` of an ISO 8583 field 39 response code (`'51'`, `51` or `'5'` → `'05'`): the meanings of the
 * 1987 edition of the standard. Unknown codes, and `00` (approved), give `other`.
 *
 * @example
 * declineReasonFromIso8583('51'); // 'insufficient_funds'
 * declineReasonFromIso8583('43'); // 'lost_or_stolen'
 */
export function declineReasonFromIso8583(code: string | number | undefined): DeclineReason {
  if (code === undefined) return 'other';
  const text = String(code).trim();
  const key = /^\d$/.test(text) ? `0${text}` : text.toUpperCase();
  return Object.hasOwn(ISO_8583, key) ? (ISO_8583[key] as DeclineReason) : 'other';
}
