import * as z from 'zod';
import { card, cardInsurance, splitCard } from './card.js';
import { currencyId, dateTime, int, merchantUniqueCode, positiveAmount } from './common.js';
import { customer } from './customer.js';
import { directPaymentDetail, normaliseDetail, threeDPaymentDetail } from './payment-detail.js';
import { checkProductSum, product, products } from './products.js';

type Basket = { PaymentDetail: { Amount: number }; Products: { ProductAmount: number }[] };
const sumRule = (v: Basket, ctx: z.RefinementCtx) =>
  checkProductSum(
    ctx,
    v.PaymentDetail.Amount,
    v.Products.map((p) => p.ProductAmount),
    ['PaymentDetail', 'Amount'],
  );

/** `POST payment/startdirect` (#2): a non-3D payment, answered synchronously. */
export const directPaymentRequest = z
  .strictObject({ PaymentDetail: directPaymentDetail, Card: card, Customer: customer, Products: products })
  .superRefine(sumRule);

/** `POST payment/startdirect/insurance` (#3): as #2 with an insurance-sector card. */
export const insuranceDirectPaymentRequest = z
  .strictObject({ PaymentDetail: directPaymentDetail, Card: cardInsurance, Customer: customer, Products: products })
  .superRefine(sumRule);

/** `POST payment/start3d` (#4) and `payment/start3dmodel` (#5): a 3D payment with return URLs. */
export const threeDPaymentRequest = z
  .strictObject({ PaymentDetail: threeDPaymentDetail, Card: card, Customer: customer, Products: products })
  .superRefine(sumRule);

/** `POST payment/end3d` (#6). */
export const end3dRequest = z.strictObject({ MerchantUniqueCode: merchantUniqueCode() });

/** `POST payment/provision` (#7): closes (captures) a pre-auth; no or 0 `ProvisionAmount` captures the original amount. */
export const provisionCaptureRequest = z.strictObject({
  MerchantUniqueCode: merchantUniqueCode(),
  Date: dateTime().optional(),
  ProvisionAmount: positiveAmount().optional(),
});

/** `POST payment/provision/cancel` (#8): releases a pre-auth. */
export const provisionCancelRequest = z.strictObject({ MerchantUniqueCode: merchantUniqueCode(), Date: dateTime().optional() });

const splitDetail = z
  .strictObject({
    Amount: positiveAmount(),
    MerchantUniqueCode: merchantUniqueCode(),
    CurrencyId: currencyId(),
    Installment: z.number().int().min(1).optional(),
    Installement: z.number().int().min(1).optional(),
    CallbackAddress: z.string().refine((v) => URL.canParse(v), 'CallbackAddress must be an absolute URL'),
    ClientIP: z.string().min(1).max(15, 'ClientIP is at most 15 characters'),
    Half2D: z.boolean().optional(),
    ProviderBased: z.boolean().optional(),
    ProviderKey: z.string().optional(),
    TrackingCode: z.string().optional(),
    PosBased: z.boolean().optional(),
    PosId: z.number().int().optional(),
    AutoRollback: z.boolean().optional(),
  })
  .transform(normaliseDetail);

const splitPart = z.strictObject({
  Customer: customer,
  Product: product,
  // CardModel 1 takes the plain card; CardModel 2 the insurance card (checked below).
  Card: z.record(z.string(), z.unknown()),
});

/**
 * `POST payment/start/split` (#13): one basket paid with several cards. `Amount` must equal the sum of the
 * parts' `ProductAmount` (the same rule as error 26; inferred for split payments).
 */
export const splitPaymentRequest = z
  .strictObject({ PaymentDetail: splitDetail, CardModel: z.number().int().min(1).max(2), Payments: z.array(splitPart).min(1) })
  .transform((v, ctx) => {
    const cardSchema = v.CardModel === 2 ? cardInsurance : splitCard;
    const payments = v.Payments.map((p, i) => {
      const parsed = cardSchema.safeParse(p.Card);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['Payments', i, 'Card', ...issue.path], message: issue.message });
        return p;
      }
      return { ...p, Card: parsed.data as Record<string, unknown> };
    });
    checkProductSum(
      ctx,
      v.PaymentDetail.Amount,
      v.Payments.map((p) => p.Product.ProductAmount),
      ['PaymentDetail', 'Amount'],
    );
    return { ...v, Payments: payments };
  });

/** `POST campaign/vpos/inquiry` (#14): the body is not documented, so any JSON object is passed through. */
export const campaignInquiryRequest = z.record(z.string(), z.unknown());

/** Provider and bank errors of a payment start; the message fields are Base64 on the wire (§2.2). */
export const paymentErrorBlock = z.looseObject({
  ProviderErrorCode: z.string().nullish(),
  ProviderErrorMessage: z.string().nullish(),
  BankErrorCode: z.string().nullish(),
  BankErrorMessage: z.string().nullish(),
});

/** `Payment` of a payment-start answer. */
export const paymentRef = z.looseObject({
  PaymentId: int(),
  ActivityId: int().nullish(),
  UniqueCode: z.string(),
  MerchantUniqueKey: z.string().nullish(),
  Products: z.array(z.looseObject({ Id: int().nullish(), ProductId: z.string().nullish(), ProductAmount: z.number().nullish() })).nullish(),
});

/** Body of #2–#5: the payment reference, a `RedirectUrl` for 3D, and the provider's error when there is one. */
export const paymentStartResponse = z.looseObject({
  RedirectUrl: z.string().nullish(),
  Message: z.string().nullish(),
  Payment: paymentRef.nullish(),
  Error: paymentErrorBlock.nullish(),
});

/** Answers with no payload (`Body: null` or `""`). */
export const emptyResponse = z.unknown().transform(() => null);

/** `GET payment/version` (#1): the fields are not documented; kept as sent. */
export const versionResponse = z.unknown();
