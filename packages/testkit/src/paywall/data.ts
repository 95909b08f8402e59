import type { SimDeclineReason } from '../frame/decline-reason.js';
// Simulator data: card ranges, installment rates and the bank messages it answers with. These are the
// simulator's own fixtures (PayWall publishes no test-card table), not facts about real banks.

/** BIN facts the simulator knows, by 8- or 6-digit BIN. */
export interface PayWallSimBin {
  /** 6- or 8-digit BIN. */
  bin: string;
  /** `CardBankId`. */
  bankId: number;
  /** `CardBank` (the simulator's invented bank names). */
  bank: string;
  /** `CardBrandId`. */
  brandId: number;
  /** `CardBrand` (Visa, MasterCard, Troy). */
  brand: string;
  /** `CardFamilyId`. */
  familyId: number;
  /** `CardFamily`. */
  family: string;
  /** `CardKindId`. */
  kindId: number;
  /** `CardKind`: Individual or Commercial. */
  kind: string;
  /** `CardTypeId`. */
  typeId: number;
  /** `CardType`: Credit or Debit. */
  type: string;
}

const bin = (
  b: string,
  bank: [number, string],
  brand: [number, string],
  family: [number, string],
  kind: [number, string],
  type: [number, string],
): PayWallSimBin => ({
  bin: b,
  bankId: bank[0],
  bank: bank[1],
  brandId: brand[0],
  brand: brand[1],
  familyId: family[0],
  family: family[1],
  kindId: kind[0],
  kind: kind[1],
  typeId: type[0],
  type: type[1],
});

/** Known BINs: the docs' sandbox Mastercard, a debit Visa, a Troy card, two decline ranges and the insurance BIN of the examples. */
export const PAYWALL_SIM_BINS: readonly PayWallSimBin[] = [
  bin('552879', [901, 'Sim Bank A'], [2, 'MasterCard'], [11, 'Sim Family Gold'], [1, 'Individual'], [1, 'Credit']),
  bin('454360', [902, 'Sim Bank B'], [1, 'Visa'], [12, 'Sim Family Debit'], [1, 'Individual'], [2, 'Debit']),
  bin('979204', [903, 'Sim Bank C'], [4, 'Troy'], [13, 'Sim Family Troy'], [1, 'Individual'], [1, 'Credit']),
  bin('435508', [902, 'Sim Bank B'], [1, 'Visa'], [11, 'Sim Family Gold'], [1, 'Individual'], [1, 'Credit']),
  bin('540061', [901, 'Sim Bank A'], [2, 'MasterCard'], [11, 'Sim Family Gold'], [2, 'Commercial'], [1, 'Credit']),
  bin('48249048', [904, 'Sim Insurance Bank'], [1, 'Visa'], [14, 'Sim Family Insurance'], [1, 'Individual'], [1, 'Credit']),
];

/** Finds a BIN by the first 8, then the first 6 digits. */
export function findSimBin(digits: string): { data: PayWallSimBin; eight: boolean } | undefined {
  const eight = PAYWALL_SIM_BINS.find((b) => b.bin.length === 8 && digits.startsWith(b.bin));
  if (eight) return { data: eight, eight: true };
  const six = PAYWALL_SIM_BINS.find((b) => b.bin.length === 6 && digits.startsWith(b.bin));
  return six ? { data: six, eight: false } : undefined;
}

/** Test cards of the simulator (all Luhn-valid); the decline cards are listed by reason in `PAYWALL_DECLINE_CARDS`. */
export const PAYWALL_SIM_CARDS = {
  /** The docs' iyzico sandbox Mastercard: succeeds. */
  success: '5528790000000008',
  /** A debit card: succeeds, single payment only (more installments: PayWall error 9). */
  debit: '4543600000000003',
  /** A Troy credit card: succeeds. */
  troy: '9792040000000009',
  /** Declined by the bank: insufficient funds (bank code 51). */
  insufficientFunds: '4355084355084358',
  /** Declined by the provider: do not honour (bank code 05). */
  doNotHonour: '5400610000000001',
  /** Declined by the bank: expired card (54), though the expiry sent is in the future (a replaced card). */
  expired: '4355080000000542',
  /** Declined by the bank: wrong security code (55, "incorrect PIN"). */
  wrongCvc: '4355080000000559',
  /** Declined by the bank: no such card (14). */
  noSuchCard: '4355080000000146',
  /** Declined by the bank: stolen card (43). */
  stolen: '4355080000000435',
  /** Declined by the bank: suspected fraud (59). */
  fraud: '4355080000000591',
  /** Declined by the bank: amount limit exceeded (61). */
  overLimit: '4355080000000617',
  /** Declined by the bank: not permitted to the cardholder (57). */
  restricted: '4355080000000575',
  /** Declined: the bank cannot be reached (91). */
  bankDown: '4355080000000914',
  /** Declined by the bank with a code the shared vocabulary does not name (12, invalid transaction). */
  unmapped: '4355080000000120',
  /** Fails the 3D step (no bank code); a payment without 3D succeeds. */
  threeDFails: '5400610000000308',
} as const;

/** One decline of the simulator: PayWall's `Body.Error` texts (sent Base64-encoded, as PayWall does). */
export interface PayWallSimDecline {
  /** The connected provider's code (`ProviderErrorCode`). */
  providerCode: string;
  /** The provider's message. */
  providerMessage: string;
  /** The bank's ISO 8583 code (`BankErrorCode`); empty when the bank was not asked (a failed 3D step). */
  bankCode: string;
  /** The bank's message. */
  bankMessage: string;
  /** Declines only in the 3D step: a payment without 3D succeeds. */
  threeDOnly?: boolean;
}

const bank = (providerCode: string, providerMessage: string, bankCode: string, bankMessage: string): PayWallSimDecline => ({
  providerCode,
  providerMessage,
  bankCode,
  bankMessage,
});

/** The decline of each decline card: a direct payment answers PayWall error 1 with this block; a 3D one posts it to the fail URL. */
export const PAYWALL_SIM_DECLINES: Readonly<Record<string, PayWallSimDecline>> = {
  [PAYWALL_SIM_CARDS.insufficientFunds]: bank('10051', 'Yetersiz bakiye: kartın kullanılabilir limiti aşıldı', '51', 'Bakiye yetersiz — İşlem onaylanmadı'),
  [PAYWALL_SIM_CARDS.doNotHonour]: bank('10005', 'İşlem onaylanmadı (do not honour)', '05', 'Kart sahibi bankası işlemi reddetti'),
  [PAYWALL_SIM_CARDS.expired]: bank('10054', 'Kartın son kullanma tarihi geçmiş', '54', 'Süresi dolmuş kart'),
  [PAYWALL_SIM_CARDS.wrongCvc]: bank('10084', 'Güvenlik kodu hatalı', '55', 'Hatalı şifre / güvenlik kodu'),
  [PAYWALL_SIM_CARDS.noSuchCard]: bank('10014', 'Geçersiz kart numarası', '14', 'Kart numarası geçersiz'),
  [PAYWALL_SIM_CARDS.stolen]: bank('10043', 'Çalıntı kart', '43', 'Çalıntı kart, karta el koyunuz'),
  [PAYWALL_SIM_CARDS.fraud]: bank('10059', 'Şüpheli işlem', '59', 'Sahtekârlık şüphesi'),
  [PAYWALL_SIM_CARDS.overLimit]: bank('10061', 'Tutar limiti aşıldı', '61', 'Para çekme limiti aşıldı'),
  [PAYWALL_SIM_CARDS.restricted]: bank('10057', 'Kart sahibine bu işlem izni yok', '57', 'Kart sahibine açık olmayan işlem'),
  [PAYWALL_SIM_CARDS.bankDown]: bank('10091', 'Banka yanıt vermiyor', '91', 'Kartı veren banka hizmet dışı'),
  [PAYWALL_SIM_CARDS.unmapped]: bank('10012', 'Geçersiz işlem', '12', 'Geçersiz işlem'),
  [PAYWALL_SIM_CARDS.threeDFails]: { providerCode: 'MD-0', providerMessage: '3D doğrulaması başarısız', bankCode: '', bankMessage: '', threeDOnly: true },
};

/** The decline reasons of `@odeme/core`, as the simulators name them. */
export type PayWallSimDeclineReason = SimDeclineReason;

/**
 * A test card for every decline reason, as PayWall expresses it. Bank declines (most reasons) answer a payment start
 * with PayWall error 1 ("failure") and `Body.Error` carrying the bank's ISO 8583 code in `BankErrorCode`, texts in
 * Base64; a 3D payment with the card posts the same codes to the fail URL. Two need more than the card:
 * - `installment_not_allowed`: the debit card with `Installment` 2 or more, answered with PayWall error 9
 *   ("unexpected installment");
 * - `three_ds_failed`: a 3D payment (`start3d`), whose 3D step fails and posts to the fail URL without a bank code.
 */
export const PAYWALL_DECLINE_CARDS: Readonly<Record<PayWallSimDeclineReason, string>> = {
  insufficient_funds: PAYWALL_SIM_CARDS.insufficientFunds,
  do_not_honor: PAYWALL_SIM_CARDS.doNotHonour,
  expired_card: PAYWALL_SIM_CARDS.expired,
  invalid_cvc: PAYWALL_SIM_CARDS.wrongCvc,
  invalid_card: PAYWALL_SIM_CARDS.noSuchCard,
  lost_or_stolen: PAYWALL_SIM_CARDS.stolen,
  fraud_suspected: PAYWALL_SIM_CARDS.fraud,
  limit_exceeded: PAYWALL_SIM_CARDS.overLimit,
  three_ds_failed: PAYWALL_SIM_CARDS.threeDFails,
  installment_not_allowed: PAYWALL_SIM_CARDS.debit,
  restricted_card: PAYWALL_SIM_CARDS.restricted,
  issuer_unavailable: PAYWALL_SIM_CARDS.bankDown,
  other: PAYWALL_SIM_CARDS.unmapped,
};

/** Installment counts and their interest rates in basis points (1 % = 100), for credit cards. */
export const PAYWALL_SIM_INSTALLMENT_RATES: readonly {
  /** Installment count. */
  installment: number;
  /** Interest rate in basis points (490 = 4.90 %). */
  bp: number;
}[] = [
  { installment: 1, bp: 0 },
  { installment: 2, bp: 150 },
  { installment: 3, bp: 250 },
  { installment: 6, bp: 490 },
  { installment: 9, bp: 750 },
  { installment: 12, bp: 990 },
];

/** Currency names by `CurrencyId` (§5). */
export const PAYWALL_SIM_CURRENCIES: Readonly<Record<number, string>> = { 1: 'TRY', 2: 'USD', 3: 'EUR', 4: 'BAM', 5: 'MKD', 6: 'ALL', 7: 'GBP' };

/** Status names by `StatusId` (§5). */
export const PAYWALL_SIM_STATUS_NAMES: Readonly<Record<number, string>> = {
  1: 'Created',
  2: 'Started',
  3: 'AwaitingSettlement',
  4: 'Successful',
  5: 'Failed',
  6: 'PayJump',
  7: 'FailedOnQuery',
  8: 'Intermediate',
};

/** A BIN's bank, brand, family, kind and type as PayWall's wire names them (BIN inquiry and stored-card answers). */
export function simBinFields(b: PayWallSimBin) {
  return {
    CardBankId: b.bankId,
    CardBank: b.bank,
    CardBrandId: b.brandId,
    CardBrand: b.brand,
    CardFamilyId: b.familyId,
    CardFamily: b.family,
    CardKindId: b.kindId,
    CardKind: b.kind,
    CardTypeId: b.typeId,
    CardType: b.type,
  };
}
