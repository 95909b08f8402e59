import { fromKurus, lazySchema, toKurus } from '@odeme/core';
import * as z from 'zod/mini';
import { paymentItem } from './basket.js';
import { paymentCard } from './card.js';
import { amount, currency, id, installment, positiveAmount } from './common.js';
import { PAYMENT_GROUPS, PAYMENT_PHASES, PAYMENT_TYPES } from './enums.js';
import { looseObject, strictObject } from './object.js';

/**
 * POST /payment/v1/credit-payments/init (shopping loan). The fields of the Node client (`InitCreditPaymentRequest`)
 * and the Java client (`CreateCreditPaymentRequest`) are typed, every one optional since no docs say which the
 * gateway needs; any other field passes through unchanged.
 */
export const creditInitRequest = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Basket total in `currency`: a decimal (number or string), exact to the kuruş. */
    price: z.optional(amount()),
    /** What the customer pays in `currency`, exact to the kuruş (Java client). */
    paidPrice: z.optional(amount()),
    /** Share taken from the buyer's wallet in `currency`, exact to the kuruş (Java client). */
    walletPrice: z.optional(amount()),
    /** Installment count, 1 to 12. */
    installment: z.optional(installment),
    /** Currency of the amounts: `TRY`, `USD`, `EUR` or `AZN`. */
    currency: z.optional(currency),
    /** `PRODUCT` or `LISTING_OR_SUBSCRIPTION`. */
    paymentGroup: z.optional(z.enum(PAYMENT_GROUPS)),
    /** `AUTH`, `PRE_AUTH` or `POST_AUTH` (Java client). */
    paymentPhase: z.optional(z.enum(PAYMENT_PHASES)),
    /** Payment type, e.g. `CREDIT_PAYMENT` (Java client). */
    paymentType: z.optional(z.enum(PAYMENT_TYPES)),
    /** Order of this leg, from 1 (Java client). */
    paymentOrder: z.optional(z.int().check(z.positive())),
    /** Your reference for the loan payment, and the call's `reference`: generated when you give none. */
    conversationId: z.optional(z.string().check(z.minLength(1))),
    /** ÖderoPay buyer id (Java client). */
    buyerId: z.optional(id),
    /** A card, raw or stored, when the flow takes one (Java client). */
    card: z.optional(paymentCard),
    /** TOKENGATE routing (Java client). */
    posAlias: z.optional(z.string()),
    /** Basket lines; their prices add up to `price`. */
    items: z.optional(z.array(paymentItem)),
    /** Checkout session the loan belongs to (Node client). */
    checkoutFormToken: z.optional(z.string()),
    /** Where the customer comes back to after the lender's pages. */
    callbackUrl: z.optional(z.url()),
    /** The lender (creditor) id. */
    creditorId: z.optional(id),
    /** Merchant branch the payment belongs to. */
    merchantBranchName: z.optional(z.string()),
    /** The loan product type, as the lender names it. */
    productType: z.optional(z.string()),
  }),
);

/** The official clients' `InitCreditPaymentResponse`; every field may be absent. */
export const creditInitResponse = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Lender's result code. */
    resultCode: z.nullish(z.number()),
    /** Lender's result text. */
    resultExplanation: z.nullish(z.string()),
    /** Page to show the customer (when the lender answers with HTML). */
    htmlContent: z.nullish(z.string()),
    /** Where to send the customer (when the lender answers with a URL). */
    redirectURL: z.nullish(z.string()),
    /** Error text, when the lender refused. */
    errorMessage: z.nullish(z.string()),
    /** ÖderoPay payment id of the loan payment (Java client). */
    paymentId: z.nullish(z.number()),
  }),
);

/**
 * POST /payment/v1/credit-payments/preview: both official clients send `{ amount, productType, creditorId }`, with
 * `amount` as a decimal string. A number or string exact to the kuruş is sent as text with two decimals (`"1500.00"`).
 */
export const creditPreviewRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Amount to borrow: TL decimal above zero, exact to the kuruş (sent as text, `"1500.00"`). */
    amount: z.pipe(
      positiveAmount(),
      z.transform((v: number) => fromKurus(toKurus(v))),
    ),
    /** The loan product type, as the lender names it. */
    productType: z.optional(z.string()),
    /** The lender (creditor) id. */
    creditorId: z.optional(id),
  }),
);

/** One loan offer of a preview (the official clients' `OfferProduct`; the lender sends every value as text). */
export const creditOffer = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Lender's product code. */
    productCode: z.nullish(z.string()),
    /** Product name. */
    productName: z.nullish(z.string()),
    /** Term, in months, as text. */
    term: z.nullish(z.string()),
    /** Each installment: TL decimal as text. */
    installmentAmount: z.nullish(z.string()),
    /** Total repaid: TL decimal as text. */
    totalPaymentAmount: z.nullish(z.string()),
    /** Interest of the loan: TL decimal as text. */
    creditInterest: z.nullish(z.string()),
    /** Insurance: TL decimal as text. */
    insuranceAmount: z.nullish(z.string()),
    /** Effective interest rate, in percent, as text. */
    effectiveInterestRate: z.nullish(z.string()),
    /** Effective interest rate per month, in percent, as text. */
    effectiveInterestRateMonthly: z.nullish(z.string()),
  }),
);

/** The official clients' `PreviewCreditPaymentResponse`. */
export const creditPreviewResponse = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** The offers. */
    offerProductTable: z.nullish(z.array(creditOffer)),
    /** Lender's result code. */
    resultCode: z.nullish(z.number()),
    /** Lender's result text. */
    resultExplanation: z.nullish(z.string()),
  }),
);
