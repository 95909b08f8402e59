import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { infoBool as bool, infoNumber as num, settles, infoText as str } from './answer.js';
import { int, merchantUniqueCode, uniqueCode } from './common.js';

/** #24 `GET private/query`: header `merchantuniquecode`. */
export const queryByMerchantUniqueCodeRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your `MerchantUniqueCode` of the payment (sent as the `merchantuniquecode` header). */
    MerchantUniqueCode: merchantUniqueCode(),
  }),
);
/** #25 `GET private/query/by/uniquecode`: header `uniquecode`. */
export const queryByUniqueCodeRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `UniqueCode` (a GUID) of the payment (sent as the `uniquecode` header). */
    UniqueCode: uniqueCode(),
  }),
);
/** #26 `GET private/query/by/paymentid`: header `paymentid`. */
export const queryByPaymentIdRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `PaymentId` (sent as the `paymentid` header). */
    PaymentId: int().check(z.positive()),
  }),
);
/** #27 `GET private/query/by/productid`: header `productid` (name inferred). */
export const queryByProductIdRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your `ProductId` (sent as the `productid` header). */
    ProductId: z.string().check(z.minLength(1)),
  }),
);
/** #28 `GET private/query/by/trackingcode`: header `trackingcode` (name inferred). */
export const queryByTrackingCodeRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your `TrackingCode` of the payment (sent as the `trackingcode` header). */
    TrackingCode: z.string().check(z.minLength(1)),
  }),
);

/**
 * `QueryPaywall` (§4.2): the state of one payment. Only `PaymentId` is required (it identifies the payment); the
 * status, success flags and amounts may be `null` or left out; every other field is informational (its documented
 * type, or `undefined`). Check `StatusId` before acting: no status is no answer.
 */
export const queryPaywall = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** PayWall's numeric id of the payment. */
    PaymentId: int(),
    /** Id of the payment's last activity. */
    ActivityId: num,
    /** Id of the provider connection (gateway) that took the payment. */
    PaymentGatewayId: num,
    /** Name of that connection. */
    PaymentGatewayName: str,
    /** Name of the provider behind that connection. */
    PaymentGatewayProviderName: str,
    /** A sale on this payment succeeded. */
    AnySuccessPayment: settles(z.boolean()),
    /** A full refund on this payment succeeded. */
    AnySuccessRefund: settles(z.boolean()),
    /** A partial refund on this payment succeeded. */
    AnySuccessPartialRefund: settles(z.boolean()),
    /** A cancel on this payment succeeded. */
    AnySuccessCancel: settles(z.boolean()),
    /** PayWall's `Status` flag of the payment (documented only as a boolean). */
    Status: settles(z.boolean()),
    /** Name of the payment status. */
    StatusName: str,
    /** Payment status id (§5, `PayWallPaymentStatus`): 1 created, 2 started, 3 awaiting settlement, 4 successful, 5 failed… */
    StatusId: settles(z.number()),
    /** Name of the activity type. */
    TypeName: str,
    /** Activity type id (1 sale; the other ids are not published). */
    TypeId: num,
    /** Number of installments. */
    Installment: num,
    /** Currency id (§5, `PayWallCurrency`): 1 TRY, 2 USD, 3 EUR… */
    CurrencyId: settles(z.number()),
    /** Currency name. */
    CurrencyName: str,
    /** Payment method id (values not published). */
    PaymentMethodId: num,
    /** Payment method name. */
    PaymentMethodName: str,
    /** Sales channel id (§5, `PayWallChannel`): 0 unspecified, 1 web, 2 Android, 3 iOS, 4 custom. */
    PaymentChannelId: num,
    /** Sales channel name. */
    PaymentChannelName: str,
    /** Your panel tag id (`TagId`). */
    PaymentTagId: num,
    /** Your panel tag name. */
    PaymentTagName: str,
    /** The card number, masked. */
    CardNumber: str,
    /** The card holder's name. */
    CardOwnerName: str,
    /** The card's bank. */
    CardBankName: str,
    /** The card's brand. */
    CardBrandName: str,
    /** The card's type. */
    CardTypeName: str,
    /** The card's family. */
    CardFamilyName: str,
    /** Date and time of the last activity: date-time text as PayWall sends it (not converted). */
    LastActivityDateTime: str,
    /** The payment's amount, TL decimal, exact to the kuruş. */
    PaymentAmount: settles(z.number()),
    /** The last activity's amount, TL decimal, exact to the kuruş. */
    ActivityAmount: settles(z.number()),
    /** The buyer's IP address. */
    IP: str,
    /** Whether installment interest was applied. */
    AppliedInterest: bool,
    /** The interest rate applied. */
    InterestRate: num,
    /** The commission rate applied. */
    CommissionRate: num,
    /** The amount before interest, TL decimal, exact to the kuruş. */
    OriginalAmount: num,
    /** The interest amount, TL decimal, exact to the kuruş. */
    InterestAmount: num,
    /** The commission amount, TL decimal, exact to the kuruş. */
    CommissionAmount: num,
  }),
);

/** Body of the single-payment queries (#24–#26). */
export const queryResponse = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** The payment's state. */
    Paywall: queryPaywall,
  }),
);

const queryList = /* @__PURE__ */ lazySchema(() => z.nullish(z.array(z.union([queryResponse, z.looseObject({})]))));

/** Body of the list queries (#27, #28): the shape of each item is not documented beyond `QueryPaywall`; `null` reads as `[]`. */
export const queryListResponse = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    queryList,
    z.transform((v: z.output<typeof queryList>) => v ?? []),
  ),
);
