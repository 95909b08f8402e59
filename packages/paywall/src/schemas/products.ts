import { fromKurus, sumKurus, toKurus } from '@odeme/core';
import * as z from 'zod';
import { amount, positiveAmount } from './common.js';

const percent = z.number().min(0, 'a percentage is 0–100').max(100, 'a percentage is 0–100');

/**
 * One of `Products[]` (§4.0). Discount and cargo fields default to 0 ("none"), as the examples send them.
 * The legacy `CargoOwnerType` is accepted and sent as `CargoType`.
 */
export const product = z
  .strictObject({
    ProductId: z.string().min(1, 'ProductId is required'),
    ProductName: z.string().min(1, 'ProductName is required'),
    ProductCategory: z.string().default(''),
    ProductDescription: z.string().default(''),
    ProductAmount: positiveAmount(),
    MemberId: z.number().int().optional(),
    DiscountOwnerType: z.number().int().min(0).max(2, 'DiscountOwnerType is 0, 1 or 2 (PayWall error 36)').default(0),
    DiscountType: z.number().int().min(0).max(2, 'DiscountType is 0, 1 (amount) or 2 (percentage) (PayWall error 37)').default(0),
    DiscountValue: amount().default(0),
    CargoType: z.number().int().min(0).max(3, 'CargoType is 0–3 (PayWall error 40)').optional(),
    CargoOwnerType: z.number().int().min(0).max(3, 'CargoOwnerType is 0–3 (PayWall error 40)').optional(),
    CargoCurrencyId: z.number().int().min(0).default(0),
    CargoCost: amount().default(0),
    MemberCustomCommission: z.boolean().optional(),
    MemberCommission: percent.optional(),
    MemberEarningCalculated: z.boolean().optional(),
    MemberEarning: amount().optional(),
  })
  .transform((p, ctx) => {
    const { CargoOwnerType, ...rest } = p;
    if (rest.DiscountType === 2 && toKurus(rest.DiscountValue) > 10_000)
      ctx.addIssue({ code: 'custom', path: ['DiscountValue'], message: 'a percentage discount (DiscountType 2) is 0–100 (PayWall error 38)' });
    if (CargoOwnerType !== undefined && rest.CargoType !== undefined && CargoOwnerType !== rest.CargoType)
      ctx.addIssue({ code: 'custom', path: ['CargoOwnerType'], message: 'CargoOwnerType (legacy) and CargoType differ; send only CargoType' });
    return { ...rest, CargoType: rest.CargoType ?? CargoOwnerType ?? 0 };
  });

/** `Products[]`: at least one (PayWall error 25 otherwise). */
export const products = z.array(product).min(1, 'at least one product is required (PayWall error 25)');

/** Adds PayWall's error-26 rule: `Amount` must equal the exact sum of `ProductAmount`, compared in kuruş. */
export function checkProductSum(ctx: z.RefinementCtx, total: number, amounts: readonly number[], path: (string | number)[]): void {
  const sum = sumKurus(amounts.map((a) => toKurus(a)));
  const want = toKurus(total);
  if (sum !== want)
    ctx.addIssue({
      code: 'custom',
      path,
      message: `Amount ${fromKurus(want)} must equal the sum of ProductAmount ${fromKurus(sum)} (PayWall error 26)`,
    });
}
