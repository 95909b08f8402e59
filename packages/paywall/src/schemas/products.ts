import { fromKurus, type IssueSink, lazySchema, sumKurus, toKurus } from '@odeme/core';
import * as z from 'zod/mini';
import { amount, issueSink, positiveAmount, wholeAmount } from './common.js';
import { PayWallCargoType, PayWallCurrency, PayWallDiscountOwnerType, PayWallDiscountType } from './enums.js';

const cargoType = (name: string) => z.literal(Object.values(PayWallCargoType), `${name} is 0–3 (PayWall error 40)`);
const percent = /* @__PURE__ */ lazySchema(() => z.number().check(z.minimum(0, 'a percentage is 0–100'), z.maximum(100, 'a percentage is 0–100')));

const productFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your id of the product. */
    ProductId: z.string().check(z.minLength(1, 'ProductId is required')),
    /** The product's name. */
    ProductName: z.string().check(z.minLength(1, 'ProductName is required')),
    /** The product's category (default empty). */
    ProductCategory: z._default(z.string(), ''),
    /** The product's description (default empty). */
    ProductDescription: z._default(z.string(), ''),
    /** The product's price, TL decimal, exact to the kuruş (a number or decimal text), greater than zero. */
    ProductAmount: positiveAmount(),
    /** Marketplace only: the sub-merchant's id from MemberAPI. */
    MemberId: z.optional(z.int()),
    /** Who grants the discount (§5, `PayWallDiscountOwnerType`): 0 none (default), 1 platform, 2 seller. */
    DiscountOwnerType: z._default(z.literal(Object.values(PayWallDiscountOwnerType), 'DiscountOwnerType is 0, 1 or 2 (PayWall error 36)'), 0),
    /** Kind of discount (§5, `PayWallDiscountType`): 0 none (default), 1 a fixed amount, 2 a percentage. */
    DiscountType: z._default(z.literal(Object.values(PayWallDiscountType), 'DiscountType is 0, 1 (amount) or 2 (percentage) (PayWall error 37)'), 0),
    /** The discount, a whole number: whole TL with `DiscountType` 1, a percentage 0–100 with `DiscountType` 2 (default 0). */
    DiscountValue: z._default(wholeAmount('DiscountValue'), 0),
    /** Who bears the cargo cost (§5, `PayWallCargoType`): 0 none … 3 take no action; default 0. */
    CargoType: z.optional(cargoType('CargoType')),
    /** Legacy name of `CargoType`; accepted and sent as `CargoType`. */
    CargoOwnerType: z.optional(cargoType('CargoOwnerType')),
    /** Currency id of `CargoCost` (§5, `PayWallCurrency`): 1 TRY, 2 USD…; 0 (the default) when there is no cargo cost. */
    CargoCurrencyId: z._default(z.literal([0, ...Object.values(PayWallCurrency)]), 0),
    /** The cargo cost, a decimal exact to the kuruş in the `CargoCurrencyId` currency (default 0). */
    CargoCost: z._default(amount(), 0),
    /** Apply a per-product commission (`MemberCommission`) for the sub-merchant. */
    MemberCustomCommission: z.optional(z.boolean()),
    /** That commission, in percent (0–100). */
    MemberCommission: z.optional(percent),
    /** `true` when you computed the sub-merchant's earning yourself (`MemberEarning`). */
    MemberEarningCalculated: z.optional(z.boolean()),
    /** The earning to pay the sub-merchant, in whole TL. */
    MemberEarning: z.optional(wholeAmount('MemberEarning')),
  }),
);

/**
 * One of `Products[]` (§4.0). Discount and cargo fields default to 0 ("none"), as the examples send them.
 * The legacy `CargoOwnerType` is accepted and sent as `CargoType`.
 */
export const product = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    productFields,
    z.transform((p: z.output<typeof productFields>, payload) => {
      const ctx = issueSink(payload);
      const { CargoOwnerType, ...rest } = p;
      if (rest.DiscountType === 2 && toKurus(rest.DiscountValue) > 10_000)
        ctx.addIssue({ code: 'custom', path: ['DiscountValue'], message: 'a percentage discount (DiscountType 2) is 0–100 (PayWall error 38)' });
      if (CargoOwnerType !== undefined && rest.CargoType !== undefined && CargoOwnerType !== rest.CargoType)
        ctx.addIssue({ code: 'custom', path: ['CargoOwnerType'], message: 'CargoOwnerType (legacy) and CargoType differ; send only CargoType' });
      return {
        ...rest,
        /** Who bears the cargo cost (§5, `PayWallCargoType`), from `CargoType` or the legacy `CargoOwnerType`; 0 when neither. */
        CargoType: rest.CargoType ?? CargoOwnerType ?? 0,
      };
    }),
  ),
);

/** `Products[]`: at least one (PayWall error 25 otherwise). */
export const products = /* @__PURE__ */ lazySchema(() => z.array(product).check(z.minLength(1, 'at least one product is required (PayWall error 25)')));

/** Adds PayWall's error-26 rule: `Amount` must equal the exact sum of `ProductAmount`, compared in kuruş. */
export function checkProductSum(ctx: IssueSink, total: number, amounts: readonly number[], path: (string | number)[]): void {
  const sum = sumKurus(amounts.map((a) => toKurus(a)));
  const want = toKurus(total);
  if (sum !== want)
    ctx.addIssue({
      code: 'custom',
      path,
      message: `Amount ${fromKurus(want)} must equal the sum of ProductAmount ${fromKurus(sum)} (PayWall error 26)`,
    });
}
