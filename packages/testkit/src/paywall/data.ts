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

/** Test cards of the simulator (all Luhn-valid). */
export const PAYWALL_SIM_CARDS = {
  /** The docs' iyzico sandbox Mastercard: succeeds. */
  success: '5528790000000008',
  /** A debit card: succeeds, single payment only. */
  debit: '4543600000000003',
  /** A Troy credit card: succeeds. */
  troy: '9792040000000009',
  /** Declined by the bank: insufficient funds. */
  insufficientFunds: '4355084355084358',
  /** Declined by the provider: do not honour. */
  doNotHonour: '5400610000000001',
} as const;

/** Bank/provider errors of the decline cards; texts are sent Base64-encoded, as PayWall does. */
export const PAYWALL_SIM_DECLINES: Readonly<
  Record<
    string,
    {
      /** PayWall's error code (`10051`). */
      providerCode: string;
      /** PayWall's message. */
      providerMessage: string;
      /** The bank's code (`51`). */
      bankCode: string;
      /** The bank's message. */
      bankMessage: string;
    }
  >
> = {
  [PAYWALL_SIM_CARDS.insufficientFunds]: {
    providerCode: '10051',
    providerMessage: 'Yetersiz bakiye: kartın kullanılabilir limiti aşıldı',
    bankCode: '51',
    bankMessage: 'Bakiye yetersiz — İşlem onaylanmadı',
  },
  [PAYWALL_SIM_CARDS.doNotHonour]: {
    providerCode: '10005',
    providerMessage: 'İşlem onaylanmadı (do not honour)',
    bankCode: '05',
    bankMessage: 'Kart sahibi bankası işlemi reddetti',
  },
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
