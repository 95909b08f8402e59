import { lazySchema, tlAmount } from '@odeme/core';
import * as z from 'zod/mini';
import { envelope } from './common.js';
import { CircularType, closedEnum } from './enums.js';
import { codeRef, dateTime } from './fields.js';

/** One price-circular row; prices are TL decimals, exact to the kuruş. */
export const priceListRow = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** Code of the product, part or labour item priced. */
    Code: z.string().check(z.minLength(1)),
    /** `CircularType`: 1 product, 3 part, 6 labour points, 7 labour price, 8 product-group price. */
    CircularType: closedEnum(CircularType),
    /** Price: TL decimal, exact to the kuruş (a number or a decimal string, at most two decimals). */
    Price: tlAmount(),
    /** Out-of-warranty price: TL decimal, exact to the kuruş (at most two decimals). */
    OutOfWarrantyPrice: z.optional(tlAmount()),
    /** First day the price applies: ISO 8601 text, or a `Date` (sent as `toISOString()`). */
    StartDate: dateTime,
    /** Last day the price applies: ISO 8601 text, or a `Date` (sent as `toISOString()`). */
    EndDate: z.optional(dateTime),
    /** The part priced, by `Code`. */
    Part: z.optional(codeRef),
  }),
);

/** SavePriceList request. */
export const savePriceListRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** The price rows (at least one). */
    EntityPriceList: z.array(priceListRow).check(z.minLength(1, 'EntityPriceList must hold at least one row')),
  }),
);
/** SavePriceList response. */
export const savePriceListResponse = envelope;
