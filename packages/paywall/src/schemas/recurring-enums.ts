/** `SubscriptionType` values of a subscription (§5). */
export const PayWallSubscriptionType = {
  /** Charges until it is stopped. */
  Unlimited: 1,
  /** Charges `RecurringPeriodCount` times, then ends. */
  CountLimited: 2,
} as const;

/** A `SubscriptionType` (§5): 1 unlimited, 2 count-limited (`PayWallSubscriptionType`). */
export type PayWallSubscriptionTypeId = (typeof PayWallSubscriptionType)[keyof typeof PayWallSubscriptionType];

/** `RecurringPeriodType` values: how often a subscription charges (§5; the .NET SDK and the Turkish docs agree). */
export const PayWallRecurringPeriod = {
  /** Every day. */
  Daily: 1,
  /** Every week. */
  Weekly: 2,
  /** Every two weeks. */
  EveryTwoWeeks: 3,
  /** Every month. */
  Monthly: 4,
  /** Every three months. */
  EveryThreeMonths: 5,
  /** Every six months. */
  EverySixMonths: 6,
  /** Every nine months. */
  EveryNineMonths: 7,
  /** Every year. */
  Yearly: 8,
} as const;

/** A `RecurringPeriodType` (§5): 1 daily … 4 monthly … 8 yearly (`PayWallRecurringPeriod`). */
export type PayWallRecurringPeriodId = (typeof PayWallRecurringPeriod)[keyof typeof PayWallRecurringPeriod];

/** `Type` of a subscription item (§5). */
export const PayWallRecurringItemType = {
  /** A subscription or membership fee. */
  Subscription: 1,
  /** A product. */
  Product: 2,
  /** A service. */
  Service: 3,
} as const;

/** An item `Type` (§5): 1 subscription/membership, 2 product, 3 service (`PayWallRecurringItemType`). */
export type PayWallRecurringItemTypeId = (typeof PayWallRecurringItemType)[keyof typeof PayWallRecurringItemType];
