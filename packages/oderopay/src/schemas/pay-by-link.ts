import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { paymentItem } from './basket.js';
import { amount, dateTime, decimal, id, listOf, openQuery } from './common.js';
import { openEnum, STATUSES } from './enums.js';
import { looseObject, strictObject } from './object.js';

const productFields = /* @__PURE__ */ lazySchema(() => ({
  /** Product name shown on the link's page. */
  name: z.string().check(z.minLength(1)),
  /** Price: TL decimal (number or string), exact to the kuruş. */
  price: z.optional(amount()),
  /** Description shown on the page. */
  description: z.optional(z.string()),
  /** Comma-separated installment counts, e.g. `"1,2,3,6"`; optional in both official clients (the account's default applies). */
  enabledInstallments: z.optional(z.string().check(z.regex(/^\d+(,\d+)*$/, 'enabledInstallments must be comma-separated numbers'))),
  /** How many can be sold. */
  stock: z.optional(z.int().check(z.nonnegative())),
  /** When the link stops working: a `Date` (sent as Istanbul time without a zone) or a string sent as given. */
  expireDate: z.optional(dateTime),
  /** Echoed back (Java client). */
  conversationId: z.optional(z.string()),
  /** Merchant branch the link belongs to (Java client). */
  merchantBranchName: z.optional(z.string()),
  /** Basket lines sold through the link (Java client). */
  items: z.optional(z.array(paymentItem)),
}));

/** POST /tokenlink/v1/products. */
export const createProductRequest = /* @__PURE__ */ lazySchema(() => strictObject({ ...productFields }));
/** PUT /tokenlink/v1/products/{id}: the create fields plus `status`. */
export const updateProductRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The link (path). */
    id,
    ...productFields,
    /** `ACTIVE` or `PASSIVE`. */
    status: z.enum(STATUSES),
  }),
);
/** GET /tokenlink/v1/products query. */
export const searchProductsRequest = /* @__PURE__ */ lazySchema(() =>
  openQuery({
    /** Product name. */
    name: z.optional(z.string()),
    /** `ACTIVE` or `PASSIVE`. */
    status: z.optional(z.enum(STATUSES)),
    /** The link's token. */
    token: z.optional(z.string()),
  }),
);
/** A pay-by-link product. */
export const product = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Link (product) id. */
    id: z.number(),
    /** `ACTIVE` or `PASSIVE` (others pass). */
    status: z.nullish(openEnum(STATUSES)),
    /** When the link stops working (Istanbul time, no zone: `2030-01-01T12:00:00`). */
    expireDate: z.nullish(z.string()),
    /** Price, TL decimal. */
    price: z.nullish(decimal),
    /** Product name. */
    name: z.nullish(z.string()),
    /** Description. */
    description: z.nullish(z.string()),
    /** How many can be sold. */
    stock: z.nullish(z.number()),
    /** How many were sold. */
    soldCount: z.nullish(z.number()),
    /** The link's token (part of its URL). */
    token: z.nullish(z.string()),
    /** The payment page to share. */
    url: z.nullish(z.string()),
    /** QR code image of the page. */
    qrCodeUrl: z.nullish(z.string()),
    /** Comma-separated installment counts offered. */
    enabledInstallments: z.nullish(z.string()),
    /** Payments made through the link (Java client). */
    paymentIdList: z.nullish(z.array(z.number())),
  }),
);
/** `{ id }` in the path. */
export const productIdPath = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Link (product) id. */
    id,
  }),
);

/** A page of pay-by-link products. */
export const productList = /* @__PURE__ */ lazySchema(() => listOf(product));
