import { type IssueSink, lazySchema, sumKurus, toKurus } from '@odeme/core';
import * as z from 'zod/mini';
import { amount, id } from './common.js';
import { strictObject } from './object.js';

/** One basket line of a payment (a "kırılım"). */
export const paymentItem = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Product or service name. */
    name: z.string().check(z.minLength(1)),
    /** Amount of this line in the payment's currency, exact to the kuruş; the lines add up to the payment's `price`. */
    price: amount(),
    /** The merchant's own id for the line (a SKU); refund and approve lines by their `paymentTransactions[].id`. */
    externalId: z.optional(z.string()),
    /** Sub-merchant that provides the line (ÖderoPay id, from `onboarding.createSubMerchant`). */
    subMerchantId: z.optional(id),
    /** Amount passed on to the sub-merchant, exact to the kuruş; required when `subMerchantId` is set. */
    subMerchantPrice: z.optional(amount()),
  }).check(
    z.superRefine((item, ctx) => {
      if (item.subMerchantId !== undefined && item.subMerchantPrice === undefined)
        ctx.addIssue({ code: 'custom', path: ['subMerchantPrice'], message: 'subMerchantPrice is required when subMerchantId is set' });
    }),
  ),
);

/** Fields the basket rules look at. */
interface BasketLike {
  price: number;
  paidPrice: number;
  walletPrice?: number | undefined;
  buyerId?: unknown;
  items: { price: number }[];
}

/**
 * The seed's basket rules, in kuruş: `price` equals the sum of the item prices exactly, a wallet share needs
 * a `buyerId` and cannot exceed `paidPrice`.
 */
export function checkBasket(value: BasketLike, ctx: IssueSink): void {
  const total = sumKurus(value.items.map((i) => toKurus(i.price)));
  if (total !== toKurus(value.price))
    ctx.addIssue({
      code: 'custom',
      path: ['price'],
      message: `price (${value.price}) must equal the sum of the item prices (${total / 100})`,
    });
  const wallet = toKurus(value.walletPrice ?? 0);
  if (wallet > 0 && (value.buyerId === undefined || value.buyerId === null))
    ctx.addIssue({ code: 'custom', path: ['buyerId'], message: 'buyerId is required when walletPrice is greater than 0' });
  if (wallet > toKurus(value.paidPrice)) ctx.addIssue({ code: 'custom', path: ['walletPrice'], message: 'walletPrice cannot exceed paidPrice' });
}
