/** `CurrencyId` values (§5). */
export const PayWallCurrency = {
  /** Turkish lira. */
  TRY: 1,
  /** US dollar. */
  USD: 2,
  /** Euro. */
  EUR: 3,
  /** Bosnia and Herzegovina convertible mark. */
  BAM: 4,
  /** Macedonian denar. */
  MKD: 5,
  /** Albanian lek. */
  ALL: 6,
  /** Pound sterling. */
  GBP: 7,
} as const;

/** A `CurrencyId` (§5): 1 TRY, 2 USD, 3 EUR, 4 BAM, 5 MKD, 6 ALL, 7 GBP (`PayWallCurrency`). */
export type PayWallCurrencyId = (typeof PayWallCurrency)[keyof typeof PayWallCurrency];

/** `ChannelId` values (§5); 0 or absent is reported as "unspecified". */
export const PayWallChannel = {
  /** No channel given; reported as "unspecified". */
  Unspecified: 0,
  /** A web site. */
  Web: 1,
  /** An Android app. */
  Android: 2,
  /** An iOS app. */
  Ios: 3,
  /** Any other channel. */
  Custom: 4,
} as const;

/** A `ChannelId` (§5): 0 unspecified, 1 web, 2 Android, 3 iOS, 4 custom (`PayWallChannel`). */
export type PayWallChannelId = (typeof PayWallChannel)[keyof typeof PayWallChannel];

/** Payment `StatusId` values (§5). Values above 8 are not documented. */
export const PayWallPaymentStatus = {
  /** Record received; a 3D payment stays here until its link is opened. */
  Created: 1,
  /** The provider was contacted, or the 3D page opened. */
  Started: 2,
  /** A successful pre-auth waiting for capture. */
  AwaitingSettlement: 3,
  /** Successful. */
  Successful: 4,
  /** Failed. */
  Failed: 5,
  /** A failed payment being retried or recovered by PayJump. */
  PayJump: 6,
  /** Found failed on a query. */
  FailedOnQuery: 7,
  /** An intermediate step ("Ara İşlem"; seen in examples only). */
  Intermediate: 8,
} as const;

/** A documented payment `StatusId` (§5, `PayWallPaymentStatus`): 4 successful, 5 failed… */
export type PayWallPaymentStatusId = (typeof PayWallPaymentStatus)[keyof typeof PayWallPaymentStatus];

/**
 * A value-date term (`EndOfTheDay`, header `endoftheday`; §5 PaymentTerm): 1 next day, 2 7 days, 3 14 days, 4 30
 * days, 5 2 days, 6 3 days, then 7–30 for 4, 5, 6, 8, 9 … 29 days (the spec's table).
 */
export type PayWallPaymentTerm =
  | 1
  | 2
  | 3
  | 4
  | 5
  | 6
  | 7
  | 8
  | 9
  | 10
  | 11
  | 12
  | 13
  | 14
  | 15
  | 16
  | 17
  | 18
  | 19
  | 20
  | 21
  | 22
  | 23
  | 24
  | 25
  | 26
  | 27
  | 28
  | 29
  | 30;

/** `DiscountOwnerType` (§5). */
export const PayWallDiscountOwnerType = {
  /** No discount. */
  None: 0,
  /** The platform (you, the merchant or marketplace) grants it. */
  Platform: 1,
  /** The seller (sub-merchant) grants it. */
  Seller: 2,
} as const;

/** `DiscountType` (§5): 1 a fixed amount, 2 a percentage (0–100). Examples send 0 for no discount. */
export const PayWallDiscountType = {
  /** No discount. */
  None: 0,
  /** A fixed amount, in the payment's currency. */
  Amount: 1,
  /** A percentage, 0–100. */
  Percentage: 2,
} as const;

/** `CargoType` (§5; legacy name `CargoOwnerType`). */
export const PayWallCargoType = {
  /** No cargo cost. */
  None: 0,
  /** Deduct from the platform, add to the member. */
  DeductFromPlatform: 1,
  /** Deduct from the member, add to the platform. */
  DeductFromMember: 2,
  /** Take no action. */
  NoAction: 3,
} as const;

/** `CardMethod` of bulk payments (§5): one card for every payment of the batch, or a card per payment. */
export const PayWallCardMethod = {
  /** One card pays every payment of the batch: give it on the first payment only. */
  OneCard: 1,
  /** Each payment carries its own card. */
  CardPerPayment: 2,
} as const;

/** `CardModel` of split and bulk payments (§5). */
export const PayWallCardModel = {
  /** Full card data. */
  ECommerce: 1,
  /** An insurance card: first 8 and last 4 digits and the identity number. */
  Insurance: 2,
} as const;

/** `CardType` of `tempcard` (§5). */
export const PayWallTempCardType = {
  /** An e-commerce card: number, CVV and expiry. */
  ECommerce: 1,
  /** An insurance card: first 8 and last 4 digits and the identity number. */
  Insurance: 2,
} as const;

/** PayWatch `ActionId` (§5). */
export const PayWallPayWatchAction = {
  /** Report only. */
  ReportOnly: 1,
  /** Change the payment's status. */
  ChangeStatus: 2,
  /** Change the status, and cancel the payment if it turned out successful. */
  ChangeStatusAndCancel: 3,
  /** Change the status and send a callback. */
  ChangeStatusAndCallback: 4,
} as const;

/** General callback `Type` values (§5, GeneralCallbackTypeEnum), number → name. */
export const PAYWALL_CALLBACK_TYPES: Readonly<Record<number, string>> = {
  1: 'VPosSuccess',
  2: 'VPosFailed',
  3: 'VPosRefund',
  4: 'VPosPartialRefund',
  5: 'VPosCancel',
  6: 'ApmSuccess',
  7: 'ApmFailed',
  8: 'ApmRefund',
  9: 'ApmPartialRefund',
  10: 'PayoutSuccess',
  11: 'PayoutFailed',
  12: 'PhysicalPosSuccess',
  13: 'PhysicalPosFailed',
  14: 'PhysicalPosCancel',
  15: 'ApmCancel',
  16: 'VPosSuccess3DModel',
  17: 'FraudReviewResult',
};
