import type { IssueSink } from '@odeme/core';
import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { infoBool as bool, infoNumber as num, orEmpty, infoText as str } from './answer.js';
import { currencyId, dateTime, int, positiveAmount, rule, webUrl } from './common.js';
import { absoluteUrl, languageId } from './payment-links.js';
import { checkProductSum } from './products.js';

// Hosted checkout (§4.9 #113–#114, .NET `CheckoutRequest`). The .NET model marks nothing required; PayWall's error
// list names what it refuses: 141 empty UniqueCode, 142 invalid amount, 150/151 back URLs, 148 UniqueCode reused.

const optionalText = /* @__PURE__ */ lazySchema(() => z.optional(z.string()));

/** `Customer` of a checkout: the buyer, to prefill the page; every field optional. */
export const checkoutCustomer = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The buyer's full name. */
    FullName: optionalText,
    /** The buyer's phone. */
    Phone: optionalText,
    /** The buyer's e-mail address. */
    Email: optionalText,
    /** The buyer's country. */
    Country: optionalText,
    /** The buyer's city. */
    City: optionalText,
    /** The buyer's address. */
    Address: optionalText,
    /** The buyer's national id (TCKN). */
    IdentityNumber: optionalText,
    /** The buyer's tax number (VKN). */
    TaxNumber: optionalText,
  }),
);

/** One of a checkout's `Products[]`, shown on the page with `ShowProduct`. */
export const checkoutProduct = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your id of the product. */
    ProductId: z.string().check(z.minLength(1, 'ProductId is required')),
    /** Absolute URL of the product's image. */
    ProductImage: z.optional(absoluteUrl('ProductImage')),
    /** The product's name. */
    ProductName: z.string().check(z.minLength(1, 'ProductName is required')),
    /** The product's category. */
    ProductCategory: optionalText,
    /** The product's description. */
    ProductDescription: optionalText,
    /** The product's price, TL decimal, exact to the kuruş, greater than zero. */
    ProductAmount: positiveAmount(),
  }),
);

type CheckoutRules = {
  Amount: number;
  CallbackSupport?: boolean | undefined;
  CallbackAddress?: string | undefined;
  CardWallSupport?: boolean | undefined;
  CardWallRelationalId1?: string | undefined;
  PayWatchSupport?: boolean | undefined;
  PayWatchCallbackAddress?: string | undefined;
  Products?: { ProductAmount: number }[] | undefined;
};

function checkoutRules(v: CheckoutRules, ctx: IssueSink) {
  if (v.CallbackSupport === true && !v.CallbackAddress) ctx.addIssue({ code: 'custom', path: ['CallbackAddress'], message: 'CallbackAddress is required' });
  if (v.CardWallSupport === true && !v.CardWallRelationalId1)
    ctx.addIssue({ code: 'custom', path: ['CardWallRelationalId1'], message: 'CardWallRelationalId1 is required' });
  if (v.PayWatchSupport === true && !v.PayWatchCallbackAddress)
    ctx.addIssue({ code: 'custom', path: ['PayWatchCallbackAddress'], message: 'PayWatchCallbackAddress is required' });
  // As for a card payment (error 26): the basket shown must add up to what is charged (inferred for checkouts, 142).
  if (v.Products?.length)
    checkProductSum(
      ctx,
      v.Amount,
      v.Products.map((p) => p.ProductAmount),
      ['Amount'],
    );
}

/** #113 `POST checkout/generate`: a hosted payment page for one order. */
export const checkoutRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** Your unique id of this checkout (PayWall refuses a reused one, error 148). */
      UniqueCode: z.string().check(z.minLength(1, 'UniqueCode is required')),
      /** Amount to charge, TL decimal (the `CurrencyId` currency), exact to the kuruş, greater than zero. */
      Amount: positiveAmount(),
      /** Language of the page (§5, `PayWallLanguage`): 1 Turkish, 2 English. */
      LanguageId: languageId(),
      /** Currency id (§5, `PayWallCurrency`): 1 TRY, 2 USD, 3 EUR… */
      CurrencyId: currencyId(),
      /** Post a callback to `CallbackAddress` when the checkout is paid. */
      CallbackSupport: z.optional(z.boolean()),
      /** Your absolute URL for the callback; required with `CallbackSupport: true`. */
      CallbackAddress: z.optional(webUrl('CallbackAddress')),
      /** Offer installments on the page. */
      InstallmentSupport: z.optional(z.boolean()),
      /** Let the page pick the installment options of the shopper's card. */
      InstallmentDynamic: z.optional(z.boolean()),
      /** Where the shopper's browser returns after a successful payment (absolute URL). */
      SuccessBackUrl: absoluteUrl('SuccessBackUrl'),
      /** Where the shopper's browser returns after a failed payment (absolute URL). */
      FailBackUrl: absoluteUrl('FailBackUrl'),
      /** Pay with 3D Secure only. */
      Force3D: z.optional(z.boolean()),
      /** Show `Products` on the page. */
      ShowProduct: z.optional(z.boolean()),
      /** The buyer, to prefill the page. */
      Customer: z.optional(checkoutCustomer),
      /** The basket shown on the page; when given, the prices must add up to `Amount`. */
      Products: z.optional(z.array(checkoutProduct)),
      /** Offer to store the card in CardWall under `CardWallRelationalId1`. */
      CardWallSupport: z.optional(z.boolean()),
      /** Your id of the card owner; required with `CardWallSupport: true`. */
      CardWallRelationalId1: z.optional(z.string().check(z.minLength(1))),
      /** A second owner id of yours. */
      CardWallRelationalId2: optionalText,
      /** A third owner id of yours. */
      CardWallRelationalId3: optionalText,
      /** When the page stops taking payments: a `Date` or ISO text, sent as ISO text (the .NET SDK types it as text). */
      ExpireDateTime: z.optional(dateTime()),
      /** Watch a payment left unfinished on the page (PayWatch, §4.0). */
      PayWatchSupport: z.optional(z.boolean()),
      /** Minutes before PayWatch inspects an unfinished payment. */
      PayWatchMin: z.optional(int().check(z.minimum(1))),
      /** Your absolute URL for the PayWatch callback; required with `PayWatchSupport: true`. */
      PayWatchCallbackAddress: z.optional(webUrl('PayWatchCallbackAddress')),
    })
    .check(rule(checkoutRules)),
);

/** #114 `GET checkout/inquiry`: header `Id`. */
export const checkoutInquiryRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `Id` of the checkout (from `checkout.generate`), sent as the `Id` header. */
    Id: int().check(z.positive()),
  }),
);

/** Body of #113 (`CheckoutResponse`): the page PayWall made (a `null` Body reads as `{}`). */
export const checkoutResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's id of the checkout (what `checkout.inquiry` takes). */
      Id: z.nullish(int()),
      /** PayWall's GUID of the checkout. */
      Guid: str,
      /** Your `UniqueCode`, echoed. */
      UniqueCode: str,
      /** The amount, decimal exact to the kuruş. */
      Amount: num,
      /** The page's URL: send the shopper's browser there. */
      Link: z.nullish(z.string()),
    }),
  ),
);

/** Body of #114 (`CheckoutInQuiryResponse`): the checkout's settings and whether it was paid (a `null` Body reads as `{}`: no answer). */
export const checkoutInquiryResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's id of the checkout. */
      Id: z.nullish(int()),
      /** PayWall's GUID of the checkout. */
      Guid: str,
      /** Your `UniqueCode`. */
      UniqueCode: str,
      /** Language of the page (1 Turkish, 2 English). */
      LanguageId: num,
      /** Currency id (§5, `PayWallCurrency`). */
      CurrencyId: num,
      /** Currency name. */
      CurrencyName: str,
      /** The amount, decimal exact to the kuruş. */
      Amount: num,
      /** Installments offered. */
      InstallmentSupport: bool,
      /** Installments picked by the shopper's card. */
      InstallmentDynamic: bool,
      /** Products shown. */
      ShowProduct: bool,
      /** The page asks for receiver details. */
      ReceiverInfoSupport: bool,
      /** The page asks for a receiver address. */
      ReceiverAddressSupport: bool,
      /** The success return URL. */
      SuccessBackUrl: str,
      /** The fail return URL. */
      FailBackUrl: str,
      /** CardWall storage offered. */
      CardWallSupport: bool,
      /** Minutes a stored card's offer stays valid. */
      CardWallExpirationMin: num,
      /** When the page stops taking payments: date-time text as PayWall sends it (not converted). */
      ExpiryTime: str,
      /** A payment was tried on the page. */
      AnyPayment: z.nullish(z.boolean()),
      /** A payment on the page succeeded: the order is paid. `null` or absent is no answer. */
      SuccessPayment: z.nullish(z.boolean()),
    }),
  ),
);
