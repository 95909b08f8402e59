/** `CurrencyId` values (§5). */
export const PayWallCurrency = { TRY: 1, USD: 2, EUR: 3, BAM: 4, MKD: 5, ALL: 6, GBP: 7 } as const;

/** `ChannelId` values (§5); 0 or absent is reported as "unspecified". */
export const PayWallChannel = { Unspecified: 0, Web: 1, Android: 2, Ios: 3, Custom: 4 } as const;

/** Payment `StatusId` values (§5). Values above 8 are not documented. */
export const PayWallPaymentStatus = {
  Created: 1,
  Started: 2,
  AwaitingSettlement: 3,
  Successful: 4,
  Failed: 5,
  PayJump: 6,
  FailedOnQuery: 7,
  Intermediate: 8,
} as const;

/** `DiscountOwnerType` (§5). */
export const PayWallDiscountOwnerType = { None: 0, Platform: 1, Seller: 2 } as const;

/** `DiscountType` (§5): 1 a fixed amount, 2 a percentage (0–100). Examples send 0 for no discount. */
export const PayWallDiscountType = { None: 0, Amount: 1, Percentage: 2 } as const;

/** `CargoType` (§5; legacy name `CargoOwnerType`). */
export const PayWallCargoType = { None: 0, DeductFromPlatform: 1, DeductFromMember: 2, NoAction: 3 } as const;

/** `CardModel` of split payments (§5). */
export const PayWallCardModel = { ECommerce: 1, Insurance: 2 } as const;

/** `CardType` of `tempcard` (§5). */
export const PayWallTempCardType = { ECommerce: 1, Insurance: 2 } as const;

/** PayWatch `ActionId` (§5). */
export const PayWallPayWatchAction = { ReportOnly: 1, ChangeStatus: 2, ChangeStatusAndCancel: 3, ChangeStatusAndCallback: 4 } as const;

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
