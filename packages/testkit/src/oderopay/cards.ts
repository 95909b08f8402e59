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

/** Test cards of the ÖderoPay simulator (all Luhn-valid; any future expiry and any 3-digit CVC work). */
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
  /** Approved, but the bank's 3DS page reports a failed authentication (complete answers DO_NOT_HONOUR). */
  threeDSFailure: '4043080000000003',
} as const;

/** The decline each test card triggers. */
export const ODEROPAY_DECLINES: Record<
  string,
  {
    /** ÖderoPay's error code (`10051`); the client's `providerCode`. */
    errorCode: string;
    /** Error group (`NOT_SUFFICIENT_FUNDS`); the client's `PaymentDeclinedError.group`. */
    errorGroup: string;
    /** Turkish description; the client's `providerMessage`. */
    errorDescription: string;
  }
> = {
  [ODEROPAY_TEST_CARDS.insufficientFunds]: {
    errorCode: '10051',
    errorGroup: 'NOT_SUFFICIENT_FUNDS',
    errorDescription: 'Kart limiti yetersiz, yetersiz bakiye',
  },
  [ODEROPAY_TEST_CARDS.doNotHonour]: { errorCode: '10005', errorGroup: 'DO_NOT_HONOUR', errorDescription: 'İşlem onaylanmadı' },
};

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
