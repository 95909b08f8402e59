import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { info, infoList, infoNumber as num, orEmpty } from './answer.js';
import { int, positiveAmount } from './common.js';
import { openBody } from './open-body.js';

// Marketplace (§4.5, PaymentAPI, public pair): approving a payment's products so that PayWall pays the earnings
// out, rejecting that approval, and the approval report. The earning, debt and manual-trigger rows are in
// marketplace-earnings.ts, marketplace-debts.ts and marketplace-trigger.ts; the helpers below are shared by them.
// `ProductId` here is PayWall's id of a product of a payment (`ProductIds: int[]` of #48; #55 answers it apart from
// your `ProductExternalId`), not your own product code.

const INT32_MAX = 2_147_483_647;

/** An id of PayWall's (`PaymentId`, `ProductId`, an earning's or a debt's `Id`, `MemberId`): a whole number from 1. */
/* @__NO_SIDE_EFFECTS__ */
export function marketplaceId(name: string) {
  return int().check(z.minimum(1, `${name} is 1 or more`), z.maximum(INT32_MAX, `${name} is at most 2,147,483,647`));
}

/** `ProductIds`: PayWall's ids of products of one payment, at least one. */
/* @__NO_SIDE_EFFECTS__ */
export function productIds() {
  return z.array(marketplaceId('ProductId')).check(z.minLength(1, 'ProductIds must name at least one product'));
}

/**
 * An `Earning` change: a decimal of the payment's currency exact to the kuruş, greater than zero. PayWall does not
 * say whether these endpoints take whole numbers only (the payment's `MemberEarning` is `int` in the .NET SDK, but
 * these are other endpoints), so decimals are sent as given.
 */
/* @__NO_SIDE_EFFECTS__ */
export function earningChange() {
  return positiveAmount();
}

/** A number of days to postpone an earning (`Day`): a whole number from 1. */
/* @__NO_SIDE_EFFECTS__ */
export function postponeDays() {
  return int().check(z.minimum(1, 'Day is 1 or more'), z.maximum(INT32_MAX, 'Day is at most 2,147,483,647'));
}

const PAYMENT_ID = /* @__PURE__ */ lazySchema(() => ({
  /** PayWall's id of the marketplace payment (`Payment.PaymentId` of the payment start). */
  PaymentId: marketplaceId('PaymentId'),
}));

/**
 * #48 `POST marketplace/approve/pw/product`: approves products of a payment, PayWall's calculator working out the
 * earnings. PayWall has published `PaymentId`, `ProductIds` and `Payout` (an object, e.g. the transfer's
 * description) but not the rest of the body: any other field is sent as written, checked like every unpublished body
 * (amounts exact to the kuruş, no card number or secret).
 */
export const approveProductsRequest = /* @__PURE__ */ lazySchema(() =>
  openBody({
    ...PAYMENT_ID,
    /** PayWall's ids of the payment's products to approve. */
    ProductIds: productIds(),
  }),
);

/**
 * #49 `POST marketplace/approve/pw/payment`: approves every product of a payment with PayWall's calculator.
 * Only `PaymentId` is published; other fields are sent as written, checked (see `approveProductsRequest`).
 */
export const approvePaymentRequest = /* @__PURE__ */ lazySchema(() => openBody({ ...PAYMENT_ID }));

/**
 * #50 `POST marketplace/approve/self/product`: approves products of a payment with earnings you worked out. The
 * body is not published: `PaymentId` and `ProductIds` are typed, the fields carrying your earnings are sent as
 * written, checked (amounts exact to the kuruş, no card number or secret).
 */
export const approveProductsSelfRequest = /* @__PURE__ */ lazySchema(() =>
  openBody({
    ...PAYMENT_ID,
    /** PayWall's ids of the payment's products to approve. */
    ProductIds: productIds(),
  }),
);

/**
 * #51 `POST marketplace/approve/self/payment`: approves a whole payment with earnings you worked out. The body is
 * not published: `PaymentId` is typed, the rest is sent as written, checked.
 */
export const approvePaymentSelfRequest = /* @__PURE__ */ lazySchema(() => openBody({ ...PAYMENT_ID }));

/** #52 `POST marketplace/reject/product`: cancels the approval of products. */
export const rejectProductsRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the payment the products belong to (optional in the docs). */
    PaymentId: z.optional(marketplaceId('PaymentId')),
    /** PayWall's ids of the products whose approval is cancelled. */
    ProductIds: productIds(),
  }),
);

/** #53 `POST marketplace/reject/payment` and #54 `GET marketplace/report/approval` (header `paymentid`): one payment. */
export const marketplacePaymentRequest = /* @__PURE__ */ lazySchema(() => z.strictObject({ ...PAYMENT_ID }));

/** One product of the approval report: its PayWall id. */
export const approvalReportProduct = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** PayWall's id of the product. */
    ProductId: num,
  }),
);

/** Body of #54: which products of the payment are approved and which are not. */
export const approvalReportResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** The approved products (`[]` when PayWall sends none). */
      Approved: infoList(approvalReportProduct),
      /** The products not approved yet (`[]` when PayWall sends none). */
      NotApproved: infoList(approvalReportProduct),
    }),
  ),
);

/** An informational id PayWall may send as a number or as text (`JobId`). */
export const infoId = /* @__PURE__ */ lazySchema(() => info(z.union([z.number(), z.string()])));
