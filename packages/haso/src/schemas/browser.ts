import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { customerId, hasoDay, ipAddress, merchantOid, mobileNumber, wireScalar, x100String } from './common.js';

const urls = /* @__PURE__ */ lazySchema(() => ({
  /** Your URL HASO form-posts to when the order succeeds. */
  okUrl: z.url(),
  /** Your URL HASO form-posts to on failure or cancel. */
  failUrl: z.url(),
  /** Server-side notification URL, delivered even when the browser does not return. */
  callbackUrl: z.url(),
}));
const token = /* @__PURE__ */ lazySchema(() => z.string().check(z.minLength(1)));

/** [S] `/ServletV2/TransactionMobile`: store/QR flow. `customerId` may be left out when `qrhash` is sent. */
export const transactionMobileForm = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** Access token from `/Index/GetToken` (INFERRED source). */
      Token: token,
      ...urls,
      /** Client IP; the client's `ipAddress` option when absent. */
      ipAddress: z.optional(ipAddress),
      /** Your unique order number (String(20)). */
      merchantOid,
      /** Encrypted customer data from the QR code in HASO's app (valid 10 minutes); its customerId wins. */
      qrhash: z.optional(z.string()),
      /** Store/branch id used in reports (String(20)). */
      branchId: z.optional(z.string().check(z.maxLength(20))),
      /** HASO customer id; not needed when `qrhash` is sent. */
      customerId: z.optional(customerId),
      /** Order amount in integer kuruş, sent ×100 as a digit string. */
      orderAmount: x100String({ positive: true }),
      /** Order content; sent as a JSON string (its model is not public). */
      OrderItems: z.optional(z.unknown()),
      /** Further form fields, posted as given. */
      extra: z.optional(z.record(z.string(), wireScalar)),
    })
    .check(
      z.refine((v) => v.customerId !== undefined || v.qrhash !== undefined, { error: 'customerId is required unless qrhash is sent', path: ['customerId'] }),
    ),
);

/** [D] `/ServletV2/Transaction`: redirects the shopper to HASO's screens to apply and pick installments. */
export const transactionForm = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Token from `/Index/GetToken`. */
    token,
    ...urls,
    /** The customer's real IP; the client's `ipAddress` option when absent. */
    IpAddress: z.optional(ipAddress),
    /** Your unique order number (e.g. `1905231436-1`). */
    merchantOid,
    /** Order amount in integer kuruş, sent ×100 as a digit string (500 TL → `50000`). */
    orderAmount: x100String({ positive: true }),
    /** Verified customer's id (returned in the okUrl post): HASO goes straight to the installment step. */
    customerId: z.optional(customerId),
    /** Further form fields, posted as given. */
    extra: z.optional(z.record(z.string(), wireScalar)),
  }),
);

/** [D] `/ServletV2/GetLimit`: limit-only onboarding in HASO's screens. */
export const getLimitForm = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Token from `/Index/GetToken`. */
    token,
    ...urls,
    /** `json` answers with JSON instead of a browser redirect. */
    response: z.optional(z.literal('json')),
    /** The customer's real IP; the client's `ipAddress` option when absent. */
    IpAddress: z.optional(ipAddress),
    /** Turkish mobile number in any common writing, posted as 10 digits (`5536616020`). */
    mobileNumber: z.optional(mobileNumber),
    /** Birth date: a `Date` or `yyyy-MM-dd`. */
    birthDate: z.optional(hasoDay),
    /** Further form fields, posted as given. */
    extra: z.optional(z.record(z.string(), wireScalar)),
  }),
);
