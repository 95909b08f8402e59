import type { IssueSink } from '@odeme/core';
import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { amount, currencyId, issueSink, newMerchantUniqueCode, paymentTerm, positiveAmount } from './common.js';
import { PayWallChannel, type PayWallChannelId } from './enums.js';
import { payWatch, payWatchMultiple } from './pay-watch.js';

/**
 * A number of installments, 1 for a single payment. Not a closed set: PayWall's docs and the .NET SDK (`int`, `byte?`)
 * fix no list, and what a card allows is what `installments.list` answers.
 */
/* @__NO_SIDE_EFFECTS__ */
export function installmentCount() {
  return z.int().check(z.minimum(1, 'Installment is 1 for a single payment'));
}
const installment = /* @__PURE__ */ lazySchema(() => installmentCount());

/** Fields shared by the direct and the 3D `PaymentDetail` (§4.0). */
export const paymentDetailFields = /* @__PURE__ */ lazySchema(() => ({
  /** Basket total, TL decimal, exact to the kuruş (a number or decimal text); must equal the sum of `Products[].ProductAmount`. */
  Amount: positiveAmount(),
  /**
   * Your unique id of this payment (the call's `reference`): at most 250 characters of visible ASCII; refunds,
   * cancels and queries use it later. Left out, a random UUID is sent, and returned as `reference`.
   */
  MerchantUniqueCode: z.optional(newMerchantUniqueCode()),
  /** Currency id (§5, `PayWallCurrency`): 1 TRY, 2 USD, 3 EUR, 4 BAM, 5 MKD, 6 ALL, 7 GBP. */
  CurrencyId: currencyId(),
  /** Number of installments; 1 is a single payment. */
  Installment: z.optional(installment),
  /** Legacy spelling seen in older examples; accepted and sent as `Installment`. */
  Installement: z.optional(installment),
  /** The buyer's IP address, at most 15 characters. */
  ClientIP: z.string().check(z.minLength(1, 'ClientIP is required'), z.maxLength(15, 'ClientIP is at most 15 characters')),
  /** Sales channel (§5, `PayWallChannel`): 1 web, 2 Android, 3 iOS, 4 custom; 0 (the default) is reported as "unspecified". */
  ChannelId: z._default(z.literal(Object.values(PayWallChannel) as PayWallChannelId[]), 0),
  /** Tag defined in the panel for reporting and invoicing; 0 (default) for none. */
  TagId: z._default(z.int().check(z.minimum(0)), 0),
  /** Value-date (valör) term of the payment (§5 PaymentTerm, `PayWallPaymentTerm`): 1 next day, 2 7 days, 3 14 days, 4 30 days… */
  EndOfTheDay: z.optional(paymentTerm()),
  /** Region or country id (system data "Bölge/Ülke"). */
  RegionId: z.optional(z.int()),
  /** Force one of your connected providers, named by `ProviderKey`. */
  ProviderBased: z.optional(z.boolean()),
  /** Key of the provider to use; required when `ProviderBased` is true. */
  ProviderKey: z.optional(z.string()),
  /** Force one POS, named by `PosId`. */
  PosBased: z.optional(z.boolean()),
  /** Id of the POS to use; required when `PosBased` is true. */
  PosId: z.optional(z.int()),
  /** Bypass PayRoute routing (semantics not documented by PayWall). */
  PayRouteByPass: z.optional(z.boolean()),
  /** PayRoute routing type (values not documented by PayWall). */
  PayRouteType: z.optional(z.int()),
  /** PayRoute route group key (semantics not documented by PayWall). */
  RouteGroupKey: z.optional(z.string()),
  /** A second tracking code of yours, queryable with `queries.byTrackingCode`. */
  TrackingCode: z.optional(z.string()),
  /** Marketplace accounts: the basket before discounts. */
  MarketPlace: z.optional(
    z.strictObject({
      /** Sum of the raw (undiscounted) product amounts, TL decimal, exact to the kuruş. */
      BasketAmount: amount(),
    }),
  ),
  /** A watcher for this payment if it gets stuck in a status. */
  PayWatch: z.optional(payWatch),
  /** `true` to send several watcher jobs in `PayWatchMultiple`. */
  PayWatchMultipleSupport: z.optional(z.boolean()),
  /** Several watcher jobs for this payment. */
  PayWatchMultiple: z.optional(payWatchMultiple),
}));

/** The installment and routing fields `normaliseDetail` reads. */
export interface WithInstallment {
  /** Number of installments; 1 is a single payment. */
  Installment?: number | undefined;
  /** Legacy spelling of `Installment`. */
  Installement?: number | undefined;
  /** Force the provider named by `ProviderKey`. */
  ProviderBased?: boolean | undefined;
  /** Key of the provider to use. */
  ProviderKey?: string | undefined;
  /** Force the POS named by `PosId`. */
  PosBased?: boolean | undefined;
  /** Id of the POS to use. */
  PosId?: number | undefined;
}

/**
 * Folds the legacy `Installement` into `Installment` (both given and different is an error) and checks the
 * conditional fields: `ProviderKey` with `ProviderBased`, `PosId` with `PosBased`.
 */
export function normaliseDetail<T extends WithInstallment>(
  value: T,
  ctx: IssueSink,
): Omit<T, 'Installement'> & {
  /** Number of installments as sent: `Installment`, else the legacy `Installement`. */
  Installment: number;
} {
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
  z.string().check(
    z.maxLength(250, `${name} is at most 250 characters`),
    z.refine((v) => URL.canParse(v), `${name} must be an absolute URL`),
  );

const directDetailFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...paymentDetailFields,
    /** Keep the payment as a pre-auth (provision) until you close it with `payments.captureProvision`. */
    Half2D: z.optional(z.boolean()),
  }),
);

/** `PaymentDetail` of direct (non-3D) payments; `Half2D` keeps the payment as a pre-auth. */
export const directPaymentDetail = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    directDetailFields,
    z.transform((v: z.output<typeof directDetailFields>, ctx) => normaliseDetail(v, issueSink(ctx))),
  ),
);

const threeDDetailFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...paymentDetailFields,
    /** Your absolute URL PayWall form-posts a successful 3D result to (§6.1), at most 250 characters. */
    MerchantSuccessBackUrl: backUrl('MerchantSuccessBackUrl'),
    /** Your absolute URL PayWall form-posts a failed 3D result to (§6.1), at most 250 characters. */
    MerchantFailBackUrl: backUrl('MerchantFailBackUrl'),
    /** Keep the 3D payment open until you complete it with `payments.end3d` (link inferred from the docs). */
    Half3D: z.optional(z.boolean()),
  }),
);

/** `Payment3DRequestDetail`: the detail plus the success/fail return URLs; `Half3D` instead of `Half2D`. */
export const threeDPaymentDetail = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    threeDDetailFields,
    z.transform((v: z.output<typeof threeDDetailFields>, ctx) => normaliseDetail(v, issueSink(ctx))),
  ),
);
