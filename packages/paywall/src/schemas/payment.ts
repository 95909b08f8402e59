import { type IssueSink, issueMessage, lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { info, infoList } from './answer.js';
import { card, cardInsurance, splitCard } from './card.js';
import { currencyId, dateTime, int, issueSink, merchantUniqueCode, newMerchantUniqueCode, positiveAmount, rule, webUrl } from './common.js';
import { customer } from './customer.js';
import { PayWallCardModel } from './enums.js';
import { directPaymentDetail, installmentCount, normaliseDetail, threeDPaymentDetail } from './payment-detail.js';
import { checkProductSum, product, products } from './products.js';

type Basket = { PaymentDetail: { Amount: number }; Products: { ProductAmount: number }[] };
const sumRule = (v: Basket, ctx: IssueSink) =>
  checkProductSum(
    ctx,
    v.PaymentDetail.Amount,
    v.Products.map((p) => p.ProductAmount),
    ['PaymentDetail', 'Amount'],
  );

/** `POST payment/startdirect` (#2): a non-3D payment, answered synchronously. */
export const directPaymentRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** The payment: amount in TL, your `MerchantUniqueCode`, currency, installments, buyer IP… */
      PaymentDetail: directPaymentDetail,
      /** The card: full card data, a stored card's `UniqueCode` or a `TempCardToken`. */
      Card: card,
      /** The buyer. */
      Customer: customer,
      /** The basket: at least one product; the prices must add up to `PaymentDetail.Amount`. */
      Products: products,
    })
    .check(rule(sumRule)),
);

/** `POST payment/startdirect/insurance` (#3): as #2 with an insurance-sector card. */
export const insuranceDirectPaymentRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** The payment: amount in TL, your `MerchantUniqueCode`, currency, installments, buyer IP… */
      PaymentDetail: directPaymentDetail,
      /** The insurance-sector card: first and last digits and the holder's identity number. */
      Card: cardInsurance,
      /** The buyer. */
      Customer: customer,
      /** The basket: at least one product; the prices must add up to `PaymentDetail.Amount`. */
      Products: products,
    })
    .check(rule(sumRule)),
);

/** `POST payment/start3d` (#4) and `payment/start3dmodel` (#5): a 3D payment with return URLs. */
export const threeDPaymentRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** The payment with the success and fail URLs the 3D result is posted to. */
      PaymentDetail: threeDPaymentDetail,
      /** The card: full card data, a stored card's `UniqueCode` or a `TempCardToken`. */
      Card: card,
      /** The buyer. */
      Customer: customer,
      /** The basket: at least one product; the prices must add up to `PaymentDetail.Amount`. */
      Products: products,
    })
    .check(rule(sumRule)),
);

/** `POST payment/end3d` (#6). */
export const end3dRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your `MerchantUniqueCode` of the 3D payment to complete. */
    MerchantUniqueCode: merchantUniqueCode(),
  }),
);

/** `POST payment/provision` (#7): closes (captures) a pre-auth; no or 0 `ProvisionAmount` captures the original amount. */
export const provisionCaptureRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your `MerchantUniqueCode` of the pre-auth. */
    MerchantUniqueCode: merchantUniqueCode(),
    /** Optional `DateTime` (its meaning is not documented): a `Date` or ISO text, sent as ISO text. */
    Date: z.optional(dateTime()),
    /** Amount to capture, TL decimal, exact to the kuruş; left out, the original amount. */
    ProvisionAmount: z.optional(positiveAmount()),
  }),
);

/** `POST payment/provision/cancel` (#8): releases a pre-auth. */
export const provisionCancelRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your `MerchantUniqueCode` of the pre-auth. */
    MerchantUniqueCode: merchantUniqueCode(),
    /** Optional `DateTime` (its meaning is not documented): a `Date` or ISO text, sent as ISO text. */
    Date: z.optional(dateTime()),
  }),
);

const splitDetailFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Basket total, TL decimal, exact to the kuruş; must equal the sum of the parts' `ProductAmount`. */
    Amount: positiveAmount(),
    /** Your unique id of this split payment (the call's `reference`), visible ASCII, at most 250 characters; left out, a random UUID. */
    MerchantUniqueCode: z.optional(newMerchantUniqueCode()),
    /** Currency id (§5, `PayWallCurrency`): 1 TRY, 2 USD, 3 EUR, 4 BAM, 5 MKD, 6 ALL, 7 GBP. */
    CurrencyId: currencyId(),
    /** Number of installments; 1 is a single payment. */
    Installment: z.optional(installmentCount()),
    /** Legacy spelling used by the split payment page; accepted and sent as `Installment`. */
    Installement: z.optional(installmentCount()),
    /** Your absolute URL the final result is posted to. */
    CallbackAddress: webUrl('CallbackAddress'),
    /** The buyer's IP address, at most 15 characters. */
    ClientIP: z.string().check(z.minLength(1), z.maxLength(15, 'ClientIP is at most 15 characters')),
    /** Keep the parts as pre-auths until you close them. */
    Half2D: z.optional(z.boolean()),
    /** Force the provider named by `ProviderKey`. */
    ProviderBased: z.optional(z.boolean()),
    /** Key of the provider to use; required when `ProviderBased` is true. */
    ProviderKey: z.optional(z.string()),
    /** A second tracking code of yours. */
    TrackingCode: z.optional(z.string()),
    /** Force the POS named by `PosId`. */
    PosBased: z.optional(z.boolean()),
    /** Id of the POS to use; required when `PosBased` is true. */
    PosId: z.optional(z.int()),
    /** If one part fails, cancel the successful ones. */
    AutoRollback: z.optional(z.boolean()),
  }),
);

const splitDetail = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    splitDetailFields,
    z.transform((v: z.output<typeof splitDetailFields>, ctx) => normaliseDetail(v, issueSink(ctx))),
  ),
);

const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

const splitPart = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The buyer of this part. */
    Customer: customer,
    /** The product paid with this part's card. */
    Product: product,
    /** This part's card: the plain card with `CardModel` 1, the insurance card with 2 (checked by `splitPaymentRequest`). */
    Card: z.custom<z.input<typeof splitCard> | z.input<typeof cardInsurance>>(isRecord),
  }),
);

const splitFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The split payment: total in TL, your code, currency, callback URL… */
    PaymentDetail: splitDetail,
    /** Card data of the parts (§5, `PayWallCardModel`): 1 full card data, 2 insurance card. */
    CardModel: z.literal([PayWallCardModel.ECommerce, PayWallCardModel.Insurance]),
    /** The parts, each with its buyer, product and card. */
    Payments: z.array(splitPart).check(z.minLength(1)),
  }),
);

/**
 * `POST payment/start/split` (#13): one basket paid with several cards. `Amount` must equal the sum of the
 * parts' `ProductAmount` (the same rule as error 26; inferred for split payments).
 */
export const splitPaymentRequest = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    splitFields,
    z.transform((v: z.output<typeof splitFields>, payload) => {
      const ctx = issueSink(payload);
      const cardSchema = v.CardModel === 2 ? cardInsurance : splitCard;
      const payments = v.Payments.map((p, i) => {
        // The outer parse's messages are not passed down to this one: ask for the same wording.
        const parsed = z.safeParse(cardSchema, p.Card, { error: issueMessage });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['Payments', i, 'Card', ...issue.path], message: issue.message });
          return p;
        }
        return {
          ...p,
          /** This part's card, checked against `CardModel` and sent as that schema writes it. */
          Card: parsed.data as Record<string, unknown>,
        };
      });
      checkProductSum(
        ctx,
        v.PaymentDetail.Amount,
        v.Payments.map((p) => p.Product.ProductAmount),
        ['PaymentDetail', 'Amount'],
      );
      return {
        ...v,
        /** The parts, each card checked against `CardModel`. */
        Payments: payments,
      };
    }),
  ),
);

/** `POST campaign/vpos/inquiry` (#14): the body is not documented, so any JSON object is passed through. */
export const campaignInquiryRequest = /* @__PURE__ */ lazySchema(() => z.record(z.string(), z.unknown()));

/** Provider and bank errors of a payment start; the fields are Base64 on the wire (§2.2). */
export const paymentErrorBlock = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** The provider's error code. */
    ProviderErrorCode: info(z.string()),
    /** The provider's error text, Base64 of UTF-8 on the wire. */
    ProviderErrorMessage: info(z.string()),
    /** The bank's error code (the bank behind a payment institution). */
    BankErrorCode: info(z.string()),
    /** The bank's error text, Base64 of UTF-8 on the wire. */
    BankErrorMessage: info(z.string()),
  }),
);

/** A product as PayWall recorded it on a payment (the .NET SDK's `PaymentMarketPlaceProductResponse`). */
export const paymentProduct = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** PayWall's id of the product entry. */
    Id: info(int()),
    /** Your `ProductId`. */
    ProductId: info(z.string()),
    /** Your `ProductName`. */
    ProductName: info(z.string()),
    /** Your `ProductCategory`. */
    ProductCategory: info(z.string()),
    /** Your `ProductDescription`. */
    ProductDescription: info(z.string()),
    /** The product's price: TL decimal, exact to the kuruş. */
    ProductAmount: info(z.number()),
    /** Marketplace: the sub-merchant's id. */
    MemberId: info(int()),
    /** Marketplace: the sub-merchant's earning was computed by you (`MemberEarningCalculated` of the request). */
    MemberEarningCalculated: info(z.boolean()),
    /** Marketplace: the sub-merchant's earning: TL decimal, exact to the kuruş. */
    MemberEarning: info(z.number()),
  }),
);

/**
 * `Payment` of a payment-start answer. Only `PaymentId` is required (it identifies the payment); PayWall's and your
 * codes must be text when present; every other field is informational (documented type, `null`, or left out).
 */
export const paymentRef = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** PayWall's numeric id of the payment. */
    PaymentId: int(),
    /** PayWall's id of the payment's activity. */
    ActivityId: info(int()),
    /** PayWall's unique code (a GUID) of the payment. */
    UniqueCode: z.nullish(z.string()),
    /** Your `MerchantUniqueCode`, echoed. */
    MerchantUniqueKey: z.nullish(z.string()),
    /** The products as PayWall recorded them (`[]` when it sent none or `null`). */
    Products: infoList(paymentProduct),
  }),
);

const paymentStartBody = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** 3D only: open it in the buyer's browser (PayWall's payment page, then the bank's 3D page). */
    RedirectUrl: z.nullish(z.string()),
    /** 3D only: PayWall's message. */
    Message: info(z.string()),
    /** The payment PayWall recorded. */
    Payment: z.nullish(paymentRef),
    /** The provider's or bank's error, when there is one. */
    Error: info(paymentErrorBlock),
  }),
);

/**
 * Body of #2–#5: the payment reference, a `RedirectUrl` for 3D, and the provider's error when there is one. The
 * envelope's `Result: true, ErrorCode: 0` is the success; the body only describes it, so a `null` body reads as `{}`.
 */
export const paymentStartResponse = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.pipe(
      z.unknown(),
      z.transform((v: unknown) => v ?? {}),
    ),
    paymentStartBody,
  ),
);

/** Answers with no payload (`Body: null` or `""`). */
export const emptyResponse = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.unknown(),
    z.transform(() => null),
  ),
);

/**
 * Answer of a money-moving row with no payload (`Body: null` or `""`: captures, refunds, cancels, reverts): the
 * envelope's `Result: true, ErrorCode: 0` is the whole answer. An object, so that the call's `reference` is set on it.
 */
export const doneResponse = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.unknown(),
    z.transform((): Record<string, never> => ({})),
  ),
);

/**
 * Answer of `payment/start/split` (#13): not documented. An object is kept as sent; any other value (an array,
 * `null`) is kept under `Body`, so the call's `reference` can be set on an object either way.
 */
export const splitPaymentResponse = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.unknown(),
    z.transform(
      (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : { Body: v }),
    ),
  ),
);

/**
 * `GET payment/version` (#1): not documented; three of PayWall's own clients read its `Body` as text. Kept as sent
 * (`unknown`), so another shape from another revision is not lost.
 */
export const versionResponse = /* @__PURE__ */ lazySchema(() => z.unknown());
