import * as z from 'zod';
import { amount, currencyId, merchantUniqueCode, positiveAmount } from './common.js';
import { payWatch, payWatchMultiple } from './pay-watch.js';

const installment = z.number().int().min(1, 'Installment is 1 for a single payment');

/** Fields shared by the direct and the 3D `PaymentDetail` (§4.0). */
export const paymentDetailFields = {
  Amount: positiveAmount(),
  MerchantUniqueCode: merchantUniqueCode(),
  CurrencyId: currencyId(),
  Installment: installment.optional(),
  /** Legacy spelling seen in older examples; accepted and sent as `Installment`. */
  Installement: installment.optional(),
  ClientIP: z.string().min(1, 'ClientIP is required').max(15, 'ClientIP is at most 15 characters'),
  ChannelId: z.number().int().min(0).default(0),
  TagId: z.number().int().min(0).default(0),
  EndOfTheDay: z.number().int().min(1).max(30).optional(),
  RegionId: z.number().int().optional(),
  ProviderBased: z.boolean().optional(),
  ProviderKey: z.string().optional(),
  PosBased: z.boolean().optional(),
  PosId: z.number().int().optional(),
  PayRouteByPass: z.boolean().optional(),
  PayRouteType: z.number().int().optional(),
  RouteGroupKey: z.string().optional(),
  TrackingCode: z.string().optional(),
  MarketPlace: z.strictObject({ BasketAmount: amount() }).optional(),
  PayWatch: payWatch.optional(),
  PayWatchMultipleSupport: z.boolean().optional(),
  PayWatchMultiple: payWatchMultiple.optional(),
};

type WithInstallment = {
  Installment?: number | undefined;
  Installement?: number | undefined;
  ProviderBased?: boolean | undefined;
  ProviderKey?: string | undefined;
  PosBased?: boolean | undefined;
  PosId?: number | undefined;
};

/**
 * Folds the legacy `Installement` into `Installment` (both given and different is an error) and checks the
 * conditional fields: `ProviderKey` with `ProviderBased`, `PosId` with `PosBased`.
 */
export function normaliseDetail<T extends WithInstallment>(value: T, ctx: z.RefinementCtx): Omit<T, 'Installement'> & { Installment: number } {
  const { Installement, ...rest } = value;
  if (Installement !== undefined && rest.Installment !== undefined && Installement !== rest.Installment)
    ctx.addIssue({ code: 'custom', path: ['Installement'], message: 'Installement (legacy spelling) and Installment differ; send only Installment' });
  const chosen = rest.Installment ?? Installement;
  if (chosen === undefined) ctx.addIssue({ code: 'custom', path: ['Installment'], message: 'Installment is required (1 for a single payment)' });
  if (rest.ProviderBased && !rest.ProviderKey)
    ctx.addIssue({ code: 'custom', path: ['ProviderKey'], message: 'ProviderKey is required when ProviderBased is true' });
  if (rest.PosBased && rest.PosId === undefined) ctx.addIssue({ code: 'custom', path: ['PosId'], message: 'PosId is required when PosBased is true' });
  return { ...rest, Installment: chosen ?? 1 };
}

const backUrl = (name: string) =>
  z
    .string()
    .max(250, `${name} is at most 250 characters`)
    .refine((v) => URL.canParse(v), `${name} must be an absolute URL`);

/** `PaymentDetail` of direct (non-3D) payments; `Half2D` keeps the payment as a pre-auth. */
export const directPaymentDetail = z.strictObject({ ...paymentDetailFields, Half2D: z.boolean().optional() }).transform(normaliseDetail);

/** `Payment3DRequestDetail`: the detail plus the success/fail return URLs; `Half3D` instead of `Half2D`. */
export const threeDPaymentDetail = z
  .strictObject({
    ...paymentDetailFields,
    MerchantSuccessBackUrl: backUrl('MerchantSuccessBackUrl'),
    MerchantFailBackUrl: backUrl('MerchantFailBackUrl'),
    Half3D: z.boolean().optional(),
  })
  .transform(normaliseDetail);
