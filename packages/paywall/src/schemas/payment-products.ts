import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { infoBool as bool, info, infoList, infoNumber as num, infoText as str } from './answer.js';
import { earningChange, infoId, marketplaceId } from './marketplace.js';

// Payment product management (§4.4, private pair; host not published, see the `productHost` option): the products
// of a payment, and raising or lowering a sub-merchant's earning on one before approval. Whether `ProductId` here
// is PayWall's id of the product or your own code is not published (the body pairs it with `PaymentId`, which
// scopes a code of yours): a whole number or a text is taken and sent as given.

/** #45 `GET product`: header `paymentid`. */
export const paymentProductsRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the payment, sent as the `paymentid` header. */
    PaymentId: marketplaceId('PaymentId'),
  }),
);

/** #46, #47 `PUT product/member/earning/increase|decrease`: changes a sub-merchant's earning on one product. */
export const memberEarningChangeRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the payment. */
    PaymentId: marketplaceId('PaymentId'),
    /** The product: PayWall's id (a whole number) or your `ProductId` text, as PayWall knows it. */
    ProductId: z.union([marketplaceId('ProductId'), z.string().check(z.minLength(1, 'ProductId is required'))]),
    /** The amount to add or take off the sub-merchant's earning, a decimal exact to the kuruş, greater than zero. */
    Earning: earningChange(),
  }),
);

/** The shipping cost of a product (`Cargo`). */
export const paymentProductCargo = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Currency id of the cost. */
    CurrencyId: num,
    /** Who bears the cost (§5 CargoType, legacy name `CargoOwnerType`). */
    CargoOwnerType: num,
    /** The cost, a decimal. */
    CargoCost: num,
  }),
);

/** The discount on a product (`Discount`). */
export const paymentProductDiscount = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Who grants it (§5 DiscountOwnerType). */
    DiscountOwnerType: num,
    /** Amount (1) or percentage (2), §5 DiscountType. */
    DiscountType: num,
    /** The amount or the percentage. */
    DiscountValue: num,
  }),
);

/** One product of a payment (items of #45). */
export const paymentProductRecord = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** PayWall's id of the product. */
    Id: num,
    /** The member (sub-merchant) it is sold for. */
    MemberId: num,
    /** Your id of the product, as sent with the payment (text, or a number if PayWall sends one). */
    ProductId: infoId,
    /** Name. */
    ProductName: str,
    /** Category. */
    ProductCategory: str,
    /** Description. */
    ProductDescription: str,
    /** Amount, a decimal. */
    ProductAmount: num,
    /** Sold through the marketplace (for a member). */
    IsMarketPlaceSales: bool,
    /** Shipping cost. */
    Cargo: info(paymentProductCargo),
    /** Discount. */
    Discount: info(paymentProductDiscount),
  }),
);

/** Body of #45: the payment's products (`null` reads as `[]`). */
export const paymentProductsResponse = /* @__PURE__ */ lazySchema(() => infoList(paymentProductRecord));
