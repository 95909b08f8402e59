import type { IssueSink } from '@odeme/core';
import * as z from 'zod/mini';
import { newMerchantUniqueCode } from './common.js';

const codeRule = newMerchantUniqueCode();

/**
 * Top-level `MerchantUniqueCode` of a payment start: where core writes the reference it generates (its rules read
 * a top-level field). Give your code in `PaymentDetail.MerchantUniqueCode`; it wins over this one. Never sent here:
 * `encodePayWall` sends the code inside `PaymentDetail`.
 */
export const referenceField = z.optional(z.string());

/** A payment start before its reference is folded: the nested code and the top-level one. */
interface Unfolded {
  PaymentDetail: { MerchantUniqueCode?: string | undefined };
  MerchantUniqueCode?: string | undefined;
}

/**
 * Folds the two places into one code: `PaymentDetail.MerchantUniqueCode` when given, else the top-level one (a
 * generated reference), checked by the same rule. The result has it in both places: inside `PaymentDetail`, where
 * PayWall reads it, and at the top level, where core reads the call's reference.
 */
export function foldReference<T extends Unfolded>(
  v: T,
  ctx: IssueSink,
): T & {
  /** The payment's `MerchantUniqueCode` (the call's reference); sent inside `PaymentDetail` only. */
  MerchantUniqueCode: string | undefined;
} {
  const code = v.PaymentDetail.MerchantUniqueCode ?? v.MerchantUniqueCode;
  if (v.PaymentDetail.MerchantUniqueCode === undefined && code !== undefined && !z.safeParse(codeRule, code).success)
    ctx.addIssue({
      code: 'custom',
      path: ['MerchantUniqueCode'],
      message: 'MerchantUniqueCode must be 1–250 characters of visible ASCII (it is sent as a header to query the payment)',
    });
  return { ...v, PaymentDetail: { ...v.PaymentDetail, MerchantUniqueCode: code }, MerchantUniqueCode: code };
}
