import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { info, orEmpty } from './answer.js';
import { currencyId, int, positiveAmount, rule, webUrl } from './common.js';

// Payment link / QR (§4.9 #112, .NET `LinkRequest`). The .NET model marks nothing required; the error list names
// what PayWall refuses (128 photo required for a product, 134 quantity required with stock tracking).

/** `SalesType` (§5 LinkQr SalesType): 1 a product, 2 a service. */
export const PayWallSalesType = {
  /** A product (PayWall requires its photo, error 128). */
  Product: 1,
  /** A service. */
  Service: 2,
} as const;

/** `LanguageId` of a link or checkout page (§5): 1 Turkish, 2 English. */
export const PayWallLanguage = {
  /** Turkish. */
  Turkish: 1,
  /** English. */
  English: 2,
} as const;

/** A `LanguageId` (§5): 1 Turkish, 2 English. */
export function languageId() {
  return z.literal([PayWallLanguage.Turkish, PayWallLanguage.English]);
}

/** An absolute URL field. */
export function absoluteUrl(name: string) {
  return z.string().check(z.refine((v) => URL.canParse(v), `${name} must be an absolute URL`));
}

type LinkRules = {
  SalesType: number;
  PhotoBase64?: string | undefined;
  StockTrack?: boolean | undefined;
  StockCount?: number | undefined;
  CallbackSupport?: boolean | undefined;
  CallbackAddress?: string | undefined;
  NotificationSupport?: boolean | undefined;
  NotificationEmail?: string | undefined;
  NotificationPhone?: string | undefined;
};

/** #112 `POST linkqr/generate`: a payment link (and its QR) for one item. */
export const paymentLinkRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** What is sold (§5, `PayWallSalesType`): 1 a product, 2 a service. */
      SalesType: z.literal([PayWallSalesType.Product, PayWallSalesType.Service]),
      /** The item's photo, Base64 (no `data:` prefix); required for a product (PayWall error 128). Its size limit is not published (error 138). */
      PhotoBase64: z.optional(z.base64()),
      /** The item's name, shown on the payment page. */
      ItemName: z.string().check(z.minLength(1, 'ItemName is required')),
      /** The item's description. */
      ItemDescription: z.optional(z.string()),
      /** The item's price, TL decimal (the `CurrencyId` currency), exact to the kuruş, greater than zero. */
      ItemAmount: positiveAmount(),
      /** Language of the payment page (§5, `PayWallLanguage`): 1 Turkish, 2 English. */
      LanguageId: languageId(),
      /** Currency id (§5, `PayWallCurrency`): 1 TRY, 2 USD, 3 EUR… */
      CurrencyId: currencyId(),
      /** Track stock: the link stops selling when `StockCount` is sold. */
      StockTrack: z.optional(z.boolean()),
      /** Units in stock; required (above zero) with `StockTrack: true` (PayWall error 134). */
      StockCount: z.optional(int().check(z.minimum(0))),
      /** Post a callback to `CallbackAddress` when the link is paid. */
      CallbackSupport: z.optional(z.boolean()),
      /** Your absolute URL for the callback; required with `CallbackSupport: true`. */
      CallbackAddress: z.optional(webUrl('CallbackAddress')),
      /** Offer installments on the page. */
      InstallmentSupport: z.optional(z.boolean()),
      /** Let the page pick the installment options of the shopper's card. */
      InstallmentDynamic: z.optional(z.boolean()),
      /** Notify you by e-mail or SMS when the link is paid. */
      NotificationSupport: z.optional(z.boolean()),
      /** The e-mail address to notify. */
      NotificationEmail: z.optional(z.email()),
      /** The phone number to notify. */
      NotificationPhone: z.optional(z.string().check(z.minLength(1))),
      /** Your order id, echoed in the answer. */
      MerchantOrderId: z.optional(z.string().check(z.minLength(1))),
      /** Your tracking id, echoed in the answer. */
      MerchantTrackId: z.optional(z.string().check(z.minLength(1))),
    })
    .check(
      rule<LinkRules>((v, ctx) => {
        if (v.SalesType === PayWallSalesType.Product && !v.PhotoBase64)
          ctx.addIssue({ code: 'custom', path: ['PhotoBase64'], message: 'PhotoBase64 is required' });
        if (v.StockTrack === true && !(v.StockCount && v.StockCount > 0))
          ctx.addIssue({ code: 'custom', path: ['StockCount'], message: 'StockCount is required' });
        if (v.CallbackSupport === true && !v.CallbackAddress)
          ctx.addIssue({ code: 'custom', path: ['CallbackAddress'], message: 'CallbackAddress is required' });
        if (v.NotificationSupport === true && !v.NotificationEmail && !v.NotificationPhone)
          ctx.addIssue({
            code: 'custom',
            path: ['NotificationEmail'],
            message: 'NotificationEmail is required',
          });
      }),
    ),
);

/** Body of #112 (`LinkResponse`): the link PayWall made (a `null` Body reads as `{}`: the success is the envelope's). */
export const paymentLinkResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's id of the link. */
      Id: z.nullish(int()),
      /** The payment page's URL: share it, or render it as a QR code. */
      Link: z.nullish(z.string()),
      /** Your `MerchantOrderId`, echoed. */
      MerchantOrderId: info(z.string()),
      /** Your `MerchantTrackId`, echoed. */
      MerchantTrackId: info(z.string()),
      /** The price, decimal exact to the kuruş. */
      Amount: info(z.number()),
    }),
  ),
);
