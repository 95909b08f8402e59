import { checkExpiryInto, cvvValid, detectCardBrand, type IssueSink, issueMessage, lazySchema, luhnValid, normaliseCardNumber } from '@odeme/core';
import * as z from 'zod/mini';
import { info, infoList, orEmpty } from './answer.js';
import { currencyId, int, issueSink, merchantUniqueCode, newMerchantUniqueCode, positiveAmount, webUrl } from './common.js';
import { customer } from './customer.js';
import { PayWallCardMethod, PayWallCardModel } from './enums.js';
import { openBody } from './open-body.js';
import { installmentCount, normaliseDetail } from './payment-detail.js';
import { checkProductSum, product } from './products.js';

// Bulk ("toplu") payments, spec §4.3 (#34–#44). The Storm and Tsunami bodies are published; the cancel and refund
// bodies (#37–#40) are not, and the retry and callback bodies (#43, #44) come from a secondary client only: those
// go through `openBody`. Where the card goes with `CardMethod` 1 is not published either (see `bulkStartRequest`).

/** Most payments in one Storm request (`bulkPayments.start`, #34). */
export const PAYWALL_BULK_STORM_MAX = 500;
/** Most payments in one Tsunami request (`bulkPayments.startLarge`, #35). */
export const PAYWALL_BULK_TSUNAMI_MAX = 50_000;
/** Most rows in one bulk file (`bulkPayments.startFile`, #36). */
export const PAYWALL_BULK_FILE_MAX_ROWS = 150_000;
/** Longest bulk file given as text, in UTF-16 code units (64 Mi: 150,000 rows of about 450 characters). */
export const PAYWALL_BULK_FILE_MAX_CHARS = 64 * 1024 * 1024;
/** Largest `pageSize` of `bulkPayments.query` (#41). */
export const PAYWALL_BULK_QUERY_MAX_PAGE_SIZE = 1000;

const SHORT_MAX = 32_767;
const monthOrYear = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.union([z.string(), z.int()]),
    z.transform((v: string | number) => String(v).trim()),
  ),
);
const twoDigitMonth = (m: string) => (/^\d$/.test(m) ? `0${m}` : m);
const hasText = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';

const bulkDetailFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Batch total, TL decimal, exact to the kuruş; must equal the sum of the payments' `ProductAmount` (checked before sending). */
    Amount: positiveAmount(),
    /** Your unique id of the batch (the call's `reference`; `bulkPayments.query` finds it by this), visible ASCII, ≤ 250; left out, a random UUID. */
    MerchantUniqueCode: z.optional(newMerchantUniqueCode()),
    /** Currency id (§5, `PayWallCurrency`): 1 TRY, 2 USD, 3 EUR, 4 BAM, 5 MKD, 6 ALL, 7 GBP. */
    CurrencyId: currencyId(),
    /** Number of installments of every payment; 1 is a single payment. */
    Installment: z.optional(installmentCount()),
    /** Legacy spelling seen in PayWall's batch pages; accepted and sent as `Installment`. */
    Installement: z.optional(installmentCount()),
    /** Your absolute URL the batch's result callback (§6.3, verify it with `callbacks.verifyBulkCallback`) is posted to. */
    CallbackAddress: z.optional(webUrl('CallbackAddress')),
    /** Sales channel (§5, `PayWallChannel`); 0 (the default) is reported as "unspecified". */
    ChannelId: z._default(z.int().check(z.minimum(0)), 0),
    /** Tag defined in the panel for reporting; 0 (default) for none. */
    TagId: z._default(z.int().check(z.minimum(0)), 0),
    /** The buyer's (or your server's) IP address, at most 15 characters. */
    ClientIP: z.string().check(z.minLength(1, 'ClientIP is required'), z.maxLength(15, 'ClientIP is at most 15 characters')),
    /** Keep every payment as a pre-auth until you close it. */
    Half2D: z.optional(z.boolean()),
    /** Post the result callback in pages of 1,000 payments (`PageNumber`, `TotalPages`, `HasMorePages`). */
    CallbackBodySplit: z.optional(z.boolean()),
    /** Post the result callback gzip-compressed (`IsCompressed`); `callbacks.verifyBulkCallback` decompresses it. */
    CallbackBodyCompression: z.optional(z.boolean()),
  }),
);

/** `PaymentDetail` of a Storm or Tsunami batch; the legacy `Installement` is folded into `Installment`. */
export const bulkPaymentDetail = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    bulkDetailFields,
    z.transform((v: z.output<typeof bulkDetailFields>, ctx) => normaliseDetail(v, issueSink(ctx))),
  ),
);

const bulkCardFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Card holder's name as on the card, 1–60 characters. */
    OwnerName: z.string().check(z.minLength(1, 'OwnerName is required'), z.maxLength(60, 'OwnerName is at most 60 characters')),
    /** `CardModel` 1: the card number, 12–19 Luhn-valid digits (spaces and dashes removed). `CardModel` 2: the first 8 and the last 4 digits written together (12 digits). */
    Number: z.string(),
    /** The holder's identity number (TCKN/VKN), at most 20 characters; required with `CardModel` 2. */
    IdentityNumber: z.optional(z.string().check(z.maxLength(20, 'IdentityNumber is at most 20 characters'))),
    /** Expiry month, `"1"`–`"12"` (a number is accepted); sent with two digits. */
    ExpireMonth: monthOrYear,
    /** Expiry year, e.g. `"2030"` (a number is accepted). */
    ExpireYear: monthOrYear,
    /** Security code: 3 digits (4 for American Express); optional with `CardModel` 2. */
    Cvv: z.optional(z.string()),
  }),
);

type BulkCardFields = z.output<typeof bulkCardFields>;

function plainCardRules(c: BulkCardFields, ctx: IssueSink): BulkCardFields {
  const number = normaliseCardNumber(c.Number);
  if (!/^\d{12,19}$/.test(number) || !luhnValid(number))
    ctx.addIssue({ code: 'custom', path: ['Number'], message: 'card number must be 12–19 Luhn-valid digits' });
  checkExpiryInto(ctx, c.ExpireMonth, c.ExpireYear, { month: 'ExpireMonth', year: 'ExpireYear' });
  if (!hasText(c.Cvv) || !cvvValid(c.Cvv, detectCardBrand(number)))
    ctx.addIssue({ code: 'custom', path: ['Cvv'], message: 'security code must be 3 digits (4 for American Express)' });
  return { ...c, Number: number, ExpireMonth: twoDigitMonth(c.ExpireMonth) };
}

function insuranceCardRules(c: BulkCardFields, ctx: IssueSink): BulkCardFields {
  const number = normaliseCardNumber(c.Number);
  if (!/^\d{12}$/.test(number))
    ctx.addIssue({ code: 'custom', path: ['Number'], message: 'with CardModel 2 Number is the first 8 and the last 4 digits of the card (12 digits)' });
  if (!hasText(c.IdentityNumber)) ctx.addIssue({ code: 'custom', path: ['IdentityNumber'], message: 'IdentityNumber is required with CardModel 2' });
  checkExpiryInto(ctx, c.ExpireMonth, c.ExpireYear, { month: 'ExpireMonth', year: 'ExpireYear' });
  if (hasText(c.Cvv) && !cvvValid(c.Cvv)) ctx.addIssue({ code: 'custom', path: ['Cvv'], message: 'security code must be 3 or 4 digits' });
  return { ...c, Number: number, ExpireMonth: twoDigitMonth(c.ExpireMonth) };
}

const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The card of a bulk payment, as the caller writes it (checked against `CardModel` by `bulkStartRequest`). */
export interface BulkCardInput {
  /** Card holder's name as on the card, 1–60 characters. */
  OwnerName: string;
  /** `CardModel` 1: the card number. `CardModel` 2: the first 8 and the last 4 digits written together. */
  Number: string;
  /** The holder's identity number (TCKN/VKN); required with `CardModel` 2. */
  IdentityNumber?: string | undefined;
  /** Expiry month, `"1"`–`"12"` (a number is accepted). */
  ExpireMonth: string | number;
  /** Expiry year, e.g. `"2030"` (a number is accepted). */
  ExpireYear: string | number;
  /** Security code; optional with `CardModel` 2. */
  Cvv?: string | undefined;
}

const bulkPayment = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The buyer of this payment. */
    Customer: customer,
    /** What this payment pays for; its `ProductAmount` is the payment's amount. */
    Product: product,
    /** This payment's card: with `CardMethod` 2 on every payment; with `CardMethod` 1 on the first payment only. */
    Card: z.optional(z.custom<BulkCardInput>(isRecord)),
  }),
);

const bulkFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The batch: total in TL, your code, currency, installments, callback URL and its paging and compression. */
    PaymentDetail: bulkPaymentDetail,
    /** §5 `PayWallCardMethod`: 1 one card for all payments (given on the first payment), 2 a card per payment. */
    CardMethod: z.literal([PayWallCardMethod.OneCard, PayWallCardMethod.CardPerPayment], 'CardMethod is 1 (one card for all) or 2 (a card per payment)'),
    /** §5 `PayWallCardModel`: 1 full card data, 2 insurance card (first 8 + last 4 digits and the identity number). */
    CardModel: z.literal([PayWallCardModel.ECommerce, PayWallCardModel.Insurance], 'CardModel is 1 (ECommerce) or 2 (Insurance)'),
    /** The payments, each with its buyer, product and (see `CardMethod`) card. */
    Payments: z.array(bulkPayment).check(z.minLength(1, 'a batch has at least one payment')),
  }),
);

type BulkFields = z.output<typeof bulkFields>;

/** Checks each card against `CardModel` and `CardMethod`, and the batch total against the products. */
function checkBatch(v: BulkFields, ctx: IssueSink, max: number, tooMany: (count: number) => string): BulkFields {
  if (v.Payments.length > max) {
    ctx.addIssue({ code: 'custom', path: ['Payments'], message: tooMany(v.Payments.length) });
    return v;
  }
  const rules = v.CardModel === PayWallCardModel.Insurance ? insuranceCardRules : plainCardRules;
  const payments = v.Payments.map((p, i) => {
    const path = ['Payments', i, 'Card'];
    const must = v.CardMethod === PayWallCardMethod.CardPerPayment || i === 0;
    if (!p.Card) {
      if (must)
        ctx.addIssue({
          code: 'custom',
          path,
          message:
            v.CardMethod === PayWallCardMethod.OneCard
              ? 'with CardMethod 1 the first payment carries the card'
              : 'with CardMethod 2 every payment carries its card',
        });
      return p;
    }
    if (!must) {
      ctx.addIssue({ code: 'custom', path, message: 'with CardMethod 1 exactly one card is given, on the first payment' });
      return p;
    }
    // The outer parse's messages are not passed down to this one: ask for the same wording.
    const parsed = z.safeParse(bulkCardFields, p.Card, { error: issueMessage });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: [...path, ...issue.path], message: issue.message });
      return p;
    }
    const inner: IssueSink = { addIssue: (issue) => ctx.addIssue({ ...issue, path: [...path, ...(issue.path ?? [])] }) };
    return { ...p, Card: rules(parsed.data, inner) };
  });
  checkProductSum(
    ctx,
    v.PaymentDetail.Amount,
    v.Payments.map((p) => p.Product.ProductAmount),
    ['PaymentDetail', 'Amount'],
  );
  return { ...v, Payments: payments };
}

/**
 * The Storm (#34, at most 500 payments) and Tsunami (#35, at most 50,000) body. Checked before sending: the count,
 * each card against `CardModel` (Luhn, expiry, CVV; or first 8 + last 4 digits and identity), the card placement of
 * `CardMethod` (1: exactly one card, on the first payment, INFERRED: PayWall does not say where the shared card
 * goes; 2: a card on every payment) and `Amount` equal to the sum of `ProductAmount` (PayWall's error-26 rule,
 * INFERRED for batches).
 */
/* @__NO_SIDE_EFFECTS__ */
export function bulkStartRequest(max: number, tooMany: (count: number) => string) {
  return z.pipe(
    bulkFields,
    z.transform((v: BulkFields, payload) => checkBatch(v, issueSink(payload), max, tooMany)),
  );
}

/** `POST payment/bulk/startdirect` (#34, "Storm"): at most 500 payments, processed at once. */
export const bulkStormRequest = /* @__PURE__ */ lazySchema(() =>
  bulkStartRequest(
    PAYWALL_BULK_STORM_MAX,
    (count) => `a Storm batch (bulkPayments.start) takes at most 500 payments, not ${count}; send a larger one with bulkPayments.startLarge`,
  ),
);
/** `POST payment/bulk/big/startdirect` (#35, "Tsunami"): at most 50,000 payments, queued. */
export const bulkTsunamiRequest = /* @__PURE__ */ lazySchema(() =>
  bulkStartRequest(
    PAYWALL_BULK_TSUNAMI_MAX,
    (count) => `a Tsunami batch (bulkPayments.startLarge) takes at most 50000 payments, not ${count}; split it, or upload a file with bulkPayments.startFile`,
  ),
);

const isBlob = (v: unknown): v is Blob => typeof Blob !== 'undefined' && v instanceof Blob;
const short = (name: string) => z.int().check(z.minimum(0, `${name} is 0–32767`), z.maximum(SHORT_MAX, `${name} is 0–32767`));

/**
 * `POST payment/bulk/file/startdirect` (#36): a file of payments, sent as `multipart/form-data`. `FileFormat` and
 * `FilePattern` values are not published (ask PayWall for yours). The file is text (UTF-8 CSV) or a `Blob`/`File`;
 * at most 150,000 rows, counted before sending.
 */
export const bulkFileRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The payments file: its text, or a `Blob`/`File` (a `File`'s name is sent as the file name). */
    File: z.union([z.string().check(z.minLength(1, 'File is empty')), z.custom<Blob>(isBlob, 'File is text or a Blob')]),
    /** PayWall's file format number (a short; the values are not published). */
    FileFormat: short('FileFormat'),
    /** PayWall's file pattern number (a short; the values are not published). */
    FilePattern: short('FilePattern'),
    /** Currency id (§5, `PayWallCurrency`); left out, PayWall uses TRY. */
    CurrencyId: z.optional(currencyId()),
    /** Number of installments; left out, PayWall uses 1. */
    Installment: z.optional(installmentCount()),
    /** Your absolute URL the result file is posted to (§6.3 "Bulk file"; read its lines with `parseBulkFileResult`). */
    CallbackAddress: z.optional(webUrl('CallbackAddress')),
    /** Keep every payment as a pre-auth until you close it. */
    Half2D: z.optional(z.boolean()),
    /** The file's total, TL decimal, exact to the kuruş. */
    Amount: z.optional(positiveAmount()),
    /** Your unique id of the upload (the call's `reference`); left out, a random UUID. */
    MerchantUniqueCode: z.optional(newMerchantUniqueCode()),
    /** A second tracking code of yours. */
    TrackingCode: z.optional(z.string()),
    /** Post the result gzip-compressed. */
    CallbackBodyCompression: z.optional(z.boolean()),
  }),
);

/**
 * The batch a bulk row acts on: the body is not published (#37–#40) or known from a secondary client only (#43,
 * #44). Every field is sent as written, after `openBody`'s checks (amounts exact to the kuruş, no card number or
 * secret, bounded depth). Name the batch's `MerchantUniqueCode` in it and the call's `reference` is that code.
 */
export const bulkOpenRequest = /* @__PURE__ */ lazySchema(() =>
  openBody({
    /** The batch's (or payment's) `MerchantUniqueCode`, when the body names one: the call's `reference`. */
    MerchantUniqueCode: z.optional(merchantUniqueCode()),
  }),
);

/** `GET payment/bulk/payment/query` (#41): a batch's payments by its `MerchantUniqueCode`, a page at a time. */
export const bulkQueryRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The batch's `MerchantUniqueCode` (header `merchantuniquecode`). */
    MerchantUniqueCode: merchantUniqueCode(),
    /** Payments per page, 1–1,000 (header `pageSize`). */
    PageSize: z.optional(z.int().check(z.minimum(1, 'PageSize is 1–1000'), z.maximum(PAYWALL_BULK_QUERY_MAX_PAGE_SIZE, 'PageSize is at most 1000'))),
    /** The page to read, from 1 (header `pageNumber`). */
    PageNumber: z.optional(z.int().check(z.minimum(1, 'PageNumber starts at 1'))),
  }),
);

/** `GET payment/bulk/payment/query/summary` (#42): a batch's totals by its `MerchantUniqueCode` (header; INFERRED). */
export const bulkSummaryRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The batch's `MerchantUniqueCode` (header `merchantuniquecode`). */
    MerchantUniqueCode: merchantUniqueCode(),
  }),
);

/** One payment of a batch, as `bulkPayments.query` lists it. */
export const bulkPaymentLine = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** The payment's `MerchantUniqueCode` (PayWall assigns one per payment of a batch). */
    MerchantUniqueCode: info(z.string()),
    /** PayWall's id of the payment (absent while it is not processed). */
    PaymentId: info(int()),
    /** The payment's amount, TL decimal. */
    Amount: info(z.number()),
    /** The payment's status (§5 payment status numbering, or its name; PayWall's example shows a number). */
    Status: info(z.union([z.number(), z.string()])),
    /** The batch scope of the payment (values not published; PayWall's example shows 3). */
    Scope: info(z.union([z.number(), z.string()])),
    /** Why the payment failed, when it did. */
    ErrorMessage: info(z.string()),
  }),
);

const totals = /* @__PURE__ */ lazySchema(() => ({
  /** Payments in the batch. */
  TotalPaymentCount: info(int()),
  /** Their total, TL decimal. */
  TotalPaymentAmount: info(z.number()),
  /** Payments that went through. */
  TotalSuccessPaymentCount: info(int()),
  /** Their total, TL decimal. */
  TotalSuccessPaymentAmount: info(z.number()),
  /** Payments that failed. */
  TotalUnsuccessfulPaymentCount: info(int()),
  /** Their total, TL decimal. */
  TotalUnsuccessfulPaymentAmount: info(z.number()),
  /** Payments not processed yet. */
  TotalUnprocessedPaymentCount: info(int()),
  /** Their total, TL decimal. */
  TotalUnprocessedPaymentAmount: info(z.number()),
}));

/** Answer of `bulkPayments.summary` (#42): the batch's totals (fields as in the query's answer, INFERRED). */
export const bulkSummaryResponse = /* @__PURE__ */ lazySchema(() => orEmpty(z.looseObject({ ...totals })));

/** Answer of `bulkPayments.query` (#41): the totals, the page, and its payments. */
export const bulkQueryResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      ...totals,
      /** The page read. */
      PageNumber: info(int()),
      /** Payments per page. */
      PageSize: info(int()),
      /** Pages in all. */
      TotalPages: info(int()),
      /** This page's payments (`[]` when PayWall sends none). */
      Payments: infoList(bulkPaymentLine),
    }),
  ),
);

/** Answer of the bulk starts (#34–#36): the batch's id, kept with any other field PayWall sends. */
export const bulkStartResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's id of the batch (`BulkPaymentId` of its callbacks). */
      BulkPaymentId: info(int()),
      /** Your `MerchantUniqueCode` of the batch, echoed. */
      MerchantUniqueCode: info(z.string()),
    }),
  ),
);

/** Answer of the rows whose answer is not published (#37–#40, #43, #44): an object kept as sent, anything else under `Body`. */
export const bulkOpenResponse = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.unknown(),
    z.transform(
      (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : { Body: v }),
    ),
  ),
);
