import { kurusAmount, lazySchema, toKurus, toX100String, turkishMobile } from '@odeme/core';
import * as z from 'zod/mini';
import { hasoDate, isHasoDay } from '../dates.js';

/**
 * Mobile number as HASO takes it (`mobileNumber`, `NewGsmNo`, String(10)): a Turkish mobile number in any common
 * writing (core's `turkishMobile()`: `0532 111 22 33`, `+90 532…`), sent as HASO's 10 digits without 0 or country
 * code (`5321112233`).
 */
export const mobileNumber = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    turkishMobile(),
    z.transform((v: string) => v.slice(2)),
  ),
);

/** Your order number: unique, at most 20 characters (String(20)). */
export const merchantOid = /* @__PURE__ */ lazySchema(() => z.string().check(z.minLength(1), z.maxLength(20)));

/** HASO customer id: at most 10 characters (String(10)). */
export const customerId = /* @__PURE__ */ lazySchema(() => z.string().check(z.minLength(1), z.maxLength(10)));

/** Client IP address sent as `ipAddress` and joined into the token (HASO wants the external IP). */
export const ipAddress = /* @__PURE__ */ lazySchema(() => z.string().check(z.minLength(1), z.maxLength(45)));

/** Integer kuruş in, the ×100 digit string HASO documents as `String` out (500 TL → `"50000"`). */
/* @__NO_SIDE_EFFECTS__ */
export function x100String(options: { positive?: boolean } = {}) {
  return z.pipe(
    kurusAmount(options),
    z.transform((v) => toX100String(v)),
  );
}

/** The largest value of a .NET `int` (Int32), the type HASO's docs give its whole-number fields. */
export const DOTNET_INT_MAX = 2_147_483_647;

const INT_RULE = 'must not exceed 2,147,483,647 (HASO types it as a .NET int)';

/** A whole number HASO types as .NET `int`: from `min` up to 2,147,483,647, so the server can read it. */
/* @__NO_SIDE_EFFECTS__ */
export function dotNetInt(min = 0) {
  return z.int().check(z.minimum(min), z.maximum(DOTNET_INT_MAX, INT_RULE));
}

/**
 * Integer kuruş in, the ×100 `int` HASO documents (`kdsLimit`, `availableLimit`, `skuAmount`): at most 2,147,483,647
 * kuruş (21,474,836.47 TL), the largest .NET `int`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function x100Int(options: { positive?: boolean } = {}) {
  return z.pipe(
    kurusAmount(options).check(z.refine((v: number) => v <= DOTNET_INT_MAX, INT_RULE)),
    z.transform((v) => v as number),
  );
}

/** A day as a `Date` (its Türkiye calendar day) or a `yyyy-MM-dd` string; sent and signed as `yyyy-MM-dd`. */
export const hasoDay = /* @__PURE__ */ lazySchema(() =>
  z.union([
    z.pipe(
      z.date(),
      z.transform((d: Date, ctx) => {
        if (Number.isNaN(d.getTime())) {
          ctx.issues.push({ code: 'custom', message: 'invalid date', input: d });
          return z.NEVER;
        }
        return hasoDate(d);
      }),
    ),
    z.string().check(z.refine(isHasoDay, 'date must be a calendar day written yyyy-MM-dd')),
  ]),
);

/** Scalars that may be sent as undocumented extra fields. */
export const wireScalar = /* @__PURE__ */ lazySchema(() => z.union([z.string(), z.number(), z.boolean()]));

/**
 * Fields the SDK does not model, sent as given (for methods whose docs are only partly public).
 * They are not part of the token unless you list them in `tokenOrders`.
 */
export const extraFields = /* @__PURE__ */ lazySchema(() => z.optional(z.record(z.string(), wireScalar)));

/** A basket line (5.3 model); `skuAmount` in integer kuruş. */
export const basketItem = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Barcode or product code. */
    skuCode: z.optional(z.string()),
    /** Category (product group code). */
    skudefinitionId: z.optional(z.string()),
    /** Line amount in integer kuruş, sent as a ×100 int (e.g. `71999`). */
    skuAmount: z.optional(x100Int()),
    /** Brand or seller. */
    skuMerchant: z.optional(z.string()),
    /** Seller's share used to split the plan's fee across sellers (integer, e.g. `0`). */
    skuMerchantContributionRate: z.optional(dotNetInt()),
    /** Product name. */
    productName: z.optional(z.string()),
    /** Product URL on your site. */
    productUrl: z.optional(z.string()),
    /** Product image URL. */
    productImage: z.optional(z.string()),
  }),
);

/**
 * `RevisedFeeRate`: an integer percent of the original fee (0 or absent = unchanged, 20 = 20%). The docs
 * also say "×100", which conflicts (spec §2.6); sent as given, to be confirmed with HASO.
 */
export const revisedFeeRate = /* @__PURE__ */ lazySchema(() => dotNetInt());

/** A decimal HASO returns (TL, INFERRED), as a number or a decimal string. */
export const decimalOut = /* @__PURE__ */ lazySchema(() => z.union([z.number(), z.string()]));

/** The exact kuruş of a TL decimal HASO returned, or `undefined` when it is not exact to the kuruş. */
export function kurusTwin(value: unknown): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  try {
    return toKurus(value);
  } catch {
    return undefined;
  }
}
