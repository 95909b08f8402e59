import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { infoBool as bool, info, infoList, infoNumber as num, orEmpty, settles, infoText as str } from './answer.js';
import { dateTime, headerDate, int, rule } from './common.js';
import { earningChange, marketplaceId, postponeDays } from './marketplace.js';

// Marketplace earnings (§4.5, #55–#69): reports by product, payment, id and member, and the changes to one earning
// (`…/id`) or to every earning of a product (`…/product`). `ApplyAll` is required: PayWall does not say what it
// applies to beyond the product's earnings, so the caller states it rather than inheriting a server default.

const productId = /* @__PURE__ */ lazySchema(() => ({
  /** PayWall's id of the product (of a payment) whose earnings change. */
  ProductId: marketplaceId('ProductId'),
}));
const earningId = /* @__PURE__ */ lazySchema(() => ({
  /** PayWall's id of the earning (`MerchantEarningId` / `SubMerchantEarningId` of the reports). */
  Id: marketplaceId('Id'),
}));
const applyAll = /* @__PURE__ */ lazySchema(() => ({
  /** Apply the change to all of the product's earnings (PayWall's flag; its exact scope is not published). */
  ApplyAll: z.boolean(),
}));

/** `ChangeReflectionDate` with its `ReflectionDate`: the new date is required when the flag is set. */
const retryShape = /* @__PURE__ */ lazySchema(() => ({
  /** Also move the payout date to `ReflectionDate`. */
  ChangeReflectionDate: z.boolean(),
  /** The new payout date (a `Date` or ISO text, sent as ISO text); required with `ChangeReflectionDate: true`. */
  ReflectionDate: z.optional(dateTime()),
}));
const retryRule = /* @__PURE__ */ lazySchema(() =>
  rule((v: { ChangeReflectionDate: boolean; ReflectionDate?: string | undefined }, ctx) => {
    if (v.ChangeReflectionDate && v.ReflectionDate === undefined)
      ctx.addIssue({ code: 'custom', path: ['ReflectionDate'], message: 'ReflectionDate is required when ChangeReflectionDate is true' });
  }),
);

/** #55 `GET marketplace/report/earning/product`: header `productid`. */
export const earningsByProductRequest = /* @__PURE__ */ lazySchema(() => z.strictObject({ ...productId }));

/** #56 `GET marketplace/report/earning/payment`: header `paymentid`. */
export const earningsByPaymentRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the payment, sent as the `paymentid` header. */
    PaymentId: marketplaceId('PaymentId'),
  }),
);

/** #57 `GET marketplace/report/earning/id`: header `earningid`. */
export const earningByIdRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the earning, sent as the `earningid` header. */
    EarningId: marketplaceId('EarningId'),
  }),
);

const memberPageShape = /* @__PURE__ */ lazySchema(() => ({
  /** PayWall's id of the member (sub-merchant), header `memberid`. */
  MemberId: marketplaceId('MemberId'),
  /** Earnings per page (header `length`), 1–50. */
  Length: z.optional(int().check(z.minimum(1, 'Length is 1 or more'), z.maximum(50, 'Length is at most 50'))),
  /** Sort order (header `sortvalue`). */
  SortValue: z.optional(z.enum(['asc', 'desc'])),
  /** Column to sort by (header `sortcolumn`), e.g. `Id`. */
  SortColumn: z.optional(z.string().check(z.minLength(1, 'SortColumn must not be empty'))),
  /** First payout (reflection) date of the range (header `datefrom`, `yyyy-MM-dd`; a `Date` sends its UTC day). */
  DateFrom: z.optional(headerDate()),
  /** Last payout (reflection) date of the range (header `dateto`, `yyyy-MM-dd`). */
  DateTo: z.optional(headerDate()),
}));
const rangeRule = /* @__PURE__ */ lazySchema(() =>
  rule((v: { DateFrom?: string | undefined; DateTo?: string | undefined }, ctx) => {
    if (v.DateFrom !== undefined && v.DateTo !== undefined && v.DateFrom > v.DateTo)
      ctx.addIssue({ code: 'custom', path: ['DateFrom'], message: 'DateFrom must not be after DateTo' });
  }),
);

/** #58 `GET marketplace/report/earning/member`: headers `memberid start length sortvalue sortcolumn datefrom dateto`. */
export const earningsByMemberRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      ...memberPageShape,
      /** How many earnings to skip (header `start`), 0 or more. */
      Start: z.optional(int().check(z.minimum(0, 'Start is 0 or more'))),
    })
    .check(rangeRule),
);

/** What `marketplace.earnings.byMemberAll` takes: #58's filters and the page size (`Length`, default and at most 50). */
export const earningsByMemberAllRequest = /* @__PURE__ */ lazySchema(() => z.strictObject({ ...memberPageShape }).check(rangeRule));

/** #59 `PUT marketplace/earning/postpone/product`: postpones the product's earnings by `Day` days. */
export const postponeProductEarningsRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...productId,
    /** Days to postpone the payout by, a whole number from 1. */
    Day: postponeDays(),
    ...applyAll,
  }),
);

/** #60, #61 `PUT marketplace/earning/increase|decrease/product`: changes the product's earnings by `Earning`. */
export const changeProductEarningsRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...productId,
    /** The amount to add or take off, a decimal exact to the kuruş, greater than zero. */
    Earning: earningChange(),
    ...applyAll,
  }),
);

/** #62 `PUT marketplace/earning/reflection/product`: moves the payout date of the product's earnings. */
export const productReflectionDateRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...productId,
    /** The new payout date (a `Date` or ISO text, sent as ISO text). */
    ReflectionDate: dateTime(),
    ...applyAll,
  }),
);

/** #63 `PUT marketplace/earning/put/retry/product`: retries the failed transfer of the product's earnings. */
export const retryProductEarningsRequest = /* @__PURE__ */ lazySchema(() => z.strictObject({ ...productId, ...retryShape, ...applyAll }).check(retryRule));

/** #64 `PUT marketplace/earning/put/retry/payment`: retries the failed earning transfers of a payment. */
export const retryPaymentEarningsRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** PayWall's id of the payment. */
      PaymentId: marketplaceId('PaymentId'),
      ...retryShape,
    })
    .check(retryRule),
);

/** #65 `PUT marketplace/earning/postpone/id`: postpones one unpaid earning by `Day` days. */
export const postponeEarningRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...earningId,
    /** Days to postpone the payout by, a whole number from 1. */
    Day: postponeDays(),
  }),
);

/** #66, #67 `PUT marketplace/earning/increase|decrease/id`: changes one earning by `Earning`. */
export const changeEarningRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...earningId,
    /** The amount to add or take off, a decimal exact to the kuruş, greater than zero. */
    Earning: earningChange(),
  }),
);

/** #68 `PUT marketplace/earning/reflection/id`: moves one earning's payout date. */
export const earningReflectionDateRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...earningId,
    /** The new payout date (a `Date` or ISO text, sent as ISO text). */
    ReflectionDate: dateTime(),
  }),
);

/** #69 `PUT marketplace/earning/put/retry/id`: retries one earning's failed transfer. */
export const retryEarningRequest = /* @__PURE__ */ lazySchema(() => z.strictObject({ ...earningId, ...retryShape }).check(retryRule));

/**
 * The earnings of one product (#55, items of #56): the platform's (merchant's) and the sub-merchant's, with their
 * payout dates and statuses. PayWall does not publish the earning status ids (its example reads "Hesaplandı",
 * calculated): they are PayWall's numbers.
 */
export const productEarnings = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** PayWall's id of the payment. */
    PaymentId: num,
    /** PayWall's id of the product. */
    ProductId: num,
    /** Your id of the product (the `ProductId` you sent with the payment). */
    ProductExternalId: str,
    /** The product's name. */
    ProductName: str,
    /** The product's amount, a decimal. */
    ProductAmount: settles(z.number()),
    /** PayWall's id of the platform's earning. */
    MerchantEarningId: num,
    /** The platform's earning, a decimal. */
    MerchantEarning: settles(z.number()),
    /** When the platform's earning is paid out: date-time text as PayWall sends it. */
    MerchantReflectionDate: str,
    /** PayWall's id of the sub-merchant's earning. */
    SubMerchantEarningId: num,
    /** The sub-merchant's earning, a decimal. */
    SubMerchantEarning: settles(z.number()),
    /** When the sub-merchant's earning is paid out: date-time text as PayWall sends it. */
    SubMerchantReflectionDate: str,
    /** Status id of the platform's earning (ids not published). */
    MerchantEarningStatusId: settles(z.number()),
    /** PayWall's payout transaction of the platform's earning, once sent. */
    MerchantPayoutTransactionId: num,
    /** Status id of the sub-merchant's earning (ids not published). */
    SubMerchantEarningStatusId: settles(z.number()),
    /** PayWall's payout transaction of the sub-merchant's earning, once sent. */
    SubMerchantPayoutTransactionId: num,
  }),
);

/** Body of #55: one product's earnings. */
export const productEarningsResponse = /* @__PURE__ */ lazySchema(() => orEmpty(productEarnings));

/** Body of #56: the earnings of each product of the payment (`null` reads as `[]`). */
export const paymentEarningsResponse = /* @__PURE__ */ lazySchema(() => infoList(productEarnings));

/** Body of #57: one earning. */
export const earningResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's id of the earning. */
      Id: num,
      /** PayWall's id of the payment. */
      PaymentId: num,
      /** PayWall's id of the product. */
      ProductId: num,
      /** PayWall's id of the platform (merchant). */
      MerchantId: num,
      /** PayWall's id of the member, for a sub-merchant's earning. */
      MemberId: num,
      /** A sub-merchant's earning (true) or the platform's (false). */
      IsSubMerchant: bool,
      /** The earning, a decimal. */
      Earning: settles(z.number()),
      /** When it is paid out: date-time text as PayWall sends it. */
      ReflectionDate: str,
      /** Status id of the earning (ids not published). */
      EarningStatusId: settles(z.number()),
    }),
  ),
);

/** One earning of a member (items of #58's `Data`). */
export const memberEarning = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** PayWall's id of the earning. */
    Id: num,
    /** A sub-merchant's earning (true) or the platform's (false). */
    IsSubMerchant: bool,
    /** PayWall's id of the payment. */
    PaymentId: num,
    /** PayWall's id of the product. */
    ProductId: num,
    /** Currency id (§5, `PayWallCurrency`). */
    CurrencyId: num,
    /** Currency name. */
    Currency: str,
    /** How the commission was calculated (PayWall's id; values not published). */
    CalculationCommissionType: num,
    /** The commission applied. */
    CalculationCommission: num,
    /** The earning, a decimal. */
    Earning: settles(z.number()),
    /** Status id of the earning (ids not published). */
    MarketPlaceEarningStatusId: settles(z.number()),
    /** Name of the status (e.g. "Hesaplandı", calculated). */
    MarketPlaceEarningStatus: str,
    /** PayWall's transaction of the earning's payout, once sent. */
    MarketPlaceEarningTransactionId: info(z.union([z.number(), z.string()])),
    /** When it is paid out: date-time text as PayWall sends it. */
    ReflectionDate: str,
    /** When it was calculated: date-time text as PayWall sends it. */
    CalculationDateTime: str,
  }),
);

/** Body of #58: one page of a member's earnings and, when PayWall sends it, the total. */
export const memberEarningsResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** The page's earnings (`[]` when PayWall sends none). */
      Data: infoList(memberEarning),
      /** How many earnings match, over every page. */
      TotalRecord: num,
    }),
  ),
);
