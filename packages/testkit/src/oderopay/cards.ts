/** Card facts the ÖderoPay simulator knows by BIN. */
export interface OderoPaySimBin {
  /** First six digits. */
  binNumber: string;
  /** Credit, debit or prepaid. */
  cardType: 'CREDIT_CARD' | 'DEBIT_CARD' | 'PREPAID_CARD';
  /** Card scheme. */
  cardAssociation: 'VISA' | 'MASTER_CARD' | 'AMEX' | 'TROY';
  /** Program name (Bonus, Axess, World…). */
  cardBrand: string;
  /** Issuing bank. */
  bankName: string;
  /** The bank's code. */
  bankCode: number;
  /** A company (commercial) card. */
  commercial: boolean;
}

/**
 * Test cards of the ÖderoPay simulator (all Luhn-valid; any future expiry and any 3-digit CVC work): three approved
 * cards, one card per payment error group of ÖderoPay's error-code page, and a 3DS failure.
 */
export const ODEROPAY_TEST_CARDS = {
  /** Approved (Mastercard credit). */
  success: '5528790000000008',
  /** Approved (Visa debit). */
  successDebit: '4766620000000001',
  /** Approved (Troy credit). */
  successTroy: '9792000000000003',
  /** Declined with 10051 NOT_SUFFICIENT_FUNDS. */
  insufficientFunds: '4022770000000004',
  /** Declined with 10005 DO_NOT_HONOUR. */
  doNotHonour: '5400610000000001',
  /** Declined with 10012 INVALID_TRANSACTION. */
  invalidTransaction: '5400610000000019',
  /** Declined with 10041 LOST_CARD. */
  lostCard: '4022770000000020',
  /** Declined with 10043 STOLEN_CARD. */
  stolenCard: '5400610000000035',
  /** Declined with 10054 EXPIRED_CARD. */
  expiredCard: '4022770000000046',
  /** Declined with 10084 INVALID_CVC2. */
  invalidCvc2: '5400610000000050',
  /** Declined with 10057 NOT_PERMITTED_TO_CARDHOLDER. */
  notPermittedToCardholder: '4022770000000061',
  /** Declined with 10058 NOT_PERMITTED_TO_TERMINAL. */
  notPermittedToTerminal: '5400610000000076',
  /** Declined with 10034 FRAUD_SUSPECT. */
  fraudSuspect: '4022770000000087',
  /** Declined with 10093 RESTRICTED_BY_LAW (card closed to e-commerce). */
  restrictedByLaw: '5400610000000092',
  /** Approved, but the bank's 3DS page reports a failed authentication (complete answers DO_NOT_HONOUR). */
  threeDSFailure: '4043080000000003',
} as const;

/** One decline as ÖderoPay's `errors` object carries it. */
export interface OderoPaySimDecline {
  /** ÖderoPay's error code (`10051`); the client's `providerCode`. */
  errorCode: string;
  /** Error group (`NOT_SUFFICIENT_FUNDS`); the client's `PaymentDeclinedError.group`. */
  errorGroup: string;
  /** Turkish description; the client's `providerMessage`. */
  errorDescription: string;
}

const decline = (errorCode: string, errorGroup: string, errorDescription: string): OderoPaySimDecline => ({ errorCode, errorGroup, errorDescription });

/**
 * The decline each test card triggers: the code, group and description of the "Ödeme Hata Kodları" table of
 * ÖderoPay's error-code page (developer.oderopay.com.tr/tr/hata-kodlari).
 */
export const ODEROPAY_DECLINES: Record<string, OderoPaySimDecline> = {
  [ODEROPAY_TEST_CARDS.insufficientFunds]: decline('10051', 'NOT_SUFFICIENT_FUNDS', 'Kart limiti yetersiz, yetersiz bakiye'),
  [ODEROPAY_TEST_CARDS.doNotHonour]: decline('10005', 'DO_NOT_HONOUR', 'İşlem onaylanmadı'),
  [ODEROPAY_TEST_CARDS.invalidTransaction]: decline('10012', 'INVALID_TRANSACTION', 'Geçersiz işlem'),
  [ODEROPAY_TEST_CARDS.lostCard]: decline('10041', 'LOST_CARD', 'Kayıp kart, karta el koyunuz'),
  [ODEROPAY_TEST_CARDS.stolenCard]: decline('10043', 'STOLEN_CARD', 'Çalıntı kart, karta el koyunuz'),
  [ODEROPAY_TEST_CARDS.expiredCard]: decline('10054', 'EXPIRED_CARD', 'Son kullanma tarihi hatalı'),
  [ODEROPAY_TEST_CARDS.invalidCvc2]: decline('10084', 'INVALID_CVC2', 'Cvc2 bilgisi hatalı'),
  [ODEROPAY_TEST_CARDS.notPermittedToCardholder]: decline('10057', 'NOT_PERMITTED_TO_CARDHOLDER', 'Kart sahibi bu işlemi yapamaz'),
  [ODEROPAY_TEST_CARDS.notPermittedToTerminal]: decline('10058', 'NOT_PERMITTED_TO_TERMINAL', 'Terminalin bu işlemi yapmaya yetkisi yok'),
  [ODEROPAY_TEST_CARDS.fraudSuspect]: decline('10034', 'FRAUD_SUSPECT', 'Ödeme güvenlik denetimini geçemedi'),
  [ODEROPAY_TEST_CARDS.restrictedByLaw]: decline('10093', 'RESTRICTED_BY_LAW', 'Kartınız e-ticaret işlemlerine kapalıdır. Bankanızı arayınız.'),
};

/**
 * One test card for each decline reason (the `DeclineReason` vocabulary of `@odeme/core`'s `PaymentDeclinedError`)
 * that a payment error group of ÖderoPay's error-code page expresses. A payment with the card is refused with that
 * group's code in ÖderoPay's envelope (`{ errors: { errorCode, errorDescription, errorGroup } }`, HTTP 422), directly
 * or at `threeDS.complete`; the other cards of a reason are in `ODEROPAY_TEST_CARDS` (`stolenCard` is also
 * `lost_or_stolen`; `notPermittedToCardholder` and `notPermittedToTerminal` also `restricted_card`). ÖderoPay
 * publishes no group for `invalid_card`, `limit_exceeded`, `three_ds_failed`, `installment_not_allowed` or
 * `issuer_unavailable`, so the simulator has no card for them rather than a code of its own invention.
 *
 * @example
 * await odero.payments.create({ ...payment, card: { ...card, cardNumber: ODEROPAY_DECLINE_CARDS.insufficient_funds } });
 * // PaymentDeclinedError: reason 'insufficient_funds', providerCode '10051', group 'NOT_SUFFICIENT_FUNDS'
 */
export const ODEROPAY_DECLINE_CARDS = {
  /** 10051 `NOT_SUFFICIENT_FUNDS`. */
  insufficient_funds: ODEROPAY_TEST_CARDS.insufficientFunds,
  /** 10005 `DO_NOT_HONOUR`. */
  do_not_honor: ODEROPAY_TEST_CARDS.doNotHonour,
  /** 10054 `EXPIRED_CARD`. */
  expired_card: ODEROPAY_TEST_CARDS.expiredCard,
  /** 10084 `INVALID_CVC2`. */
  invalid_cvc: ODEROPAY_TEST_CARDS.invalidCvc2,
  /** 10041 `LOST_CARD`. */
  lost_or_stolen: ODEROPAY_TEST_CARDS.lostCard,
  /** 10034 `FRAUD_SUSPECT`. */
  fraud_suspected: ODEROPAY_TEST_CARDS.fraudSuspect,
  /** 10093 `RESTRICTED_BY_LAW` (card closed to e-commerce). */
  restricted_card: ODEROPAY_TEST_CARDS.restrictedByLaw,
  /** 10012 `INVALID_TRANSACTION`: a fault of the request, not of the card. */
  other: ODEROPAY_TEST_CARDS.invalidTransaction,
} as const;

/** BIN table of the simulator. */
export const ODEROPAY_SIM_BINS: OderoPaySimBin[] = [
  { binNumber: '552879', cardType: 'CREDIT_CARD', cardAssociation: 'MASTER_CARD', cardBrand: 'Paraf', bankName: 'Halkbank', bankCode: 12, commercial: false },
  { binNumber: '476662', cardType: 'DEBIT_CARD', cardAssociation: 'VISA', cardBrand: 'Bonus', bankName: 'Garanti Bankası', bankCode: 62, commercial: false },
  { binNumber: '979200', cardType: 'CREDIT_CARD', cardAssociation: 'TROY', cardBrand: 'Axess', bankName: 'Akbank', bankCode: 46, commercial: false },
  { binNumber: '402277', cardType: 'CREDIT_CARD', cardAssociation: 'VISA', cardBrand: 'World', bankName: 'Yapı Kredi', bankCode: 67, commercial: false },
  {
    binNumber: '540061',
    cardType: 'CREDIT_CARD',
    cardAssociation: 'MASTER_CARD',
    cardBrand: 'Maximum',
    bankName: 'İş Bankası',
    bankCode: 64,
    commercial: true,
  },
  {
    binNumber: '404308',
    cardType: 'CREDIT_CARD',
    cardAssociation: 'VISA',
    cardBrand: 'CardFinans',
    bankName: 'QNB Finansbank',
    bankCode: 111,
    commercial: false,
  },
];

/** Commission the simulator applies per installment count (percent × 100, integer). */
export const ODEROPAY_SIM_INSTALLMENT_RATES: Record<number, number> = { 1: 0, 2: 250, 3: 350, 6: 600, 9: 850, 12: 1100 };

/** BIN facts of a card number, when the simulator knows it. */
export function binOf(cardNumber: string) {
  return ODEROPAY_SIM_BINS.find((b) => cardNumber.startsWith(b.binNumber));
}
