import { type DeclineReason, declineReasonFromIso8583 } from '@odeme/core';

/** One payment error of ÖderoPay: its `errorCode`, where one is published, and the shared reason it maps to. */
export interface OderoPayDecline {
  /** ÖderoPay's `errorCode` for the group; `undefined` where the group is published without one. */
  code: string | undefined;
  /** The reason in the vocabulary every provider shares. */
  reason: DeclineReason;
}

const entry = (code: string | undefined, reason: DeclineReason): OderoPayDecline => ({ code, reason });

/**
 * ÖderoPay's payment error groups (`errors.errorGroup`) and their codes, mapped to `DeclineReason`. Neither official
 * client (TokenPay Node and Java, `@craftgate/craftgate`) has an enum of groups: they carry `errorGroup` as text. The
 * table is the "Ödeme Hata Kodları" table of ÖderoPay's error-code page (developer.oderopay.com.tr/tr/hata-kodlari,
 * quoted in spec A.5), plus `PICKUP_CARD` from its security recommendations (spec A.5).
 */
export const ODEROPAY_DECLINE_TABLE: Readonly<Record<string, OderoPayDecline>> = {
  NOT_SUFFICIENT_FUNDS: entry('10051', 'insufficient_funds'), // error-code page: "Kart limiti yetersiz, yetersiz bakiye"
  DO_NOT_HONOUR: entry('10005', 'do_not_honor'), // error-code page: "İşlem onaylanmadı"
  INVALID_TRANSACTION: entry('10012', 'other'), // error-code page: "Geçersiz işlem", a fault of the request, not of the card
  LOST_CARD: entry('10041', 'lost_or_stolen'), // error-code page: "Kayıp kart, karta el koyunuz"
  STOLEN_CARD: entry('10043', 'lost_or_stolen'), // error-code page: "Çalıntı kart, karta el koyunuz"
  EXPIRED_CARD: entry('10054', 'expired_card'), // error-code page: "Son kullanma tarihi hatalı"
  INVALID_CVC2: entry('10084', 'invalid_cvc'), // error-code page: "Cvc2 bilgisi hatalı"
  NOT_PERMITTED_TO_CARDHOLDER: entry('10057', 'restricted_card'), // error-code page: "Kart sahibi bu işlemi yapamaz"
  NOT_PERMITTED_TO_TERMINAL: entry('10058', 'restricted_card'), // error-code page: "Terminalin bu işlemi yapmaya yetkisi yok"
  FRAUD_SUSPECT: entry('10034', 'fraud_suspected'), // error-code page: "Ödeme güvenlik denetimini geçemedi"
  RESTRICTED_BY_LAW: entry('10093', 'restricted_card'), // error-code page: "Kartınız e-ticaret işlemlerine kapalıdır"
  UNKNOWN: entry('10200', 'other'), // error-code page: a refund that could not be recorded, not a card refusal
  PICKUP_CARD: entry(undefined, 'restricted_card'), // security recommendations, no code: ISO 8583 04 "pick up card"
};

const BY_CODE: ReadonlyMap<string, DeclineReason> = new Map(
  Object.values(ODEROPAY_DECLINE_TABLE).flatMap((d) => (d.code === undefined ? [] : [[d.code, d.reason] as const])),
);

/**
 * Why ÖderoPay declined a payment: by `errorGroup` (what ÖderoPay tells merchants to branch on), else by
 * `errorCode`. Every published code is 10000 plus the ISO 8583 field 39 code of the same meaning (10051 ↔ 51 not
 * sufficient funds, 10005 ↔ 05, 10041 ↔ 41, 10093 ↔ 93 …), so an unpublished code from 10001 to 10099 is read as
 * that bank code (`declineReasonFromIso8583`). Anything else is `other`.
 *
 * @example
 * oderoPayDeclineReason({ errorGroup: 'NOT_SUFFICIENT_FUNDS' }); // 'insufficient_funds'
 * oderoPayDeclineReason({ errorCode: '10014' }); // 'invalid_card' (ISO 8583 14)
 */
export function oderoPayDeclineReason(facts: { errorCode?: string | undefined; errorGroup?: string | undefined }): DeclineReason {
  const { errorCode, errorGroup } = facts;
  if (errorGroup !== undefined && Object.hasOwn(ODEROPAY_DECLINE_TABLE, errorGroup)) return (ODEROPAY_DECLINE_TABLE[errorGroup] as OderoPayDecline).reason;
  if (errorCode === undefined) return 'other';
  const listed = BY_CODE.get(errorCode);
  if (listed !== undefined) return listed;
  const bank = /^100(\d\d)$/.exec(errorCode);
  return bank && bank[1] !== '00' ? declineReasonFromIso8583(bank[1]) : 'other';
}

/** True when `group` is one of ÖderoPay's published payment error groups. */
export function isOderoPayDeclineGroup(group: string | undefined): boolean {
  return group !== undefined && Object.hasOwn(ODEROPAY_DECLINE_TABLE, group);
}
