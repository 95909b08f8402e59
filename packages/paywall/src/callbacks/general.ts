import { ConfigurationError, type Kurus, SignatureVerificationError } from '@odeme/core';
import { PAYWALL_CALLBACK_TYPES } from '../schemas/enums.js';
import { callbackKurus } from './amounts.js';
import { payWallHash, paymentTemplate, sameHash } from './hash.js';
import { type PayWallCallbackLimits, type PayWallJsonInput, readJson } from './input.js';

/**
 * Values hashed for a callback, in order, after the key. Receives the raw text of every top-level scalar field.
 */
export type PayWallHashTemplate = (fields: Record<string, string>) => string[];

/**
 * The template assumed for the general communication callback: the published "Payment" template with the
 * callback's `UniqueCode` (your tracking number) as merchantUniqueCode. INFERRED: PayWall does not publish the
 * general callback's template; override it with `generalTemplate` when PayWall tells you otherwise.
 */
export const inferredGeneralTemplate: PayWallHashTemplate = (f) => paymentTemplate(f.PaymentId ?? '', f.UniqueCode ?? '', f.Amount ?? '', f.Installment ?? '');

/** The general communication callback (§6.3), typed. */
export interface PayWallGeneralCallback {
  /** `Type`: the event (§5 callback types, `PAYWALL_CALLBACK_TYPES`), e.g. 4 VPos partial refund. */
  type: number;
  /** Name of `type` in the callback type list (§5), or `unknown`. */
  typeName: string;
  /** `PaymentId`: PayWall's id of the payment. */
  paymentId: number | undefined;
  /** `Amount`: the payment's amount in TL, exactly as sent. */
  amount: string | undefined;
  /** `Amount` in kuruş. */
  amountKurus: Kurus | undefined;
  /** `OperationAmount`: the amount of this event in TL (e.g. the partial refund), exactly as sent. */
  operationAmount: string | undefined;
  /** `OperationAmount` in kuruş. */
  operationAmountKurus: Kurus | undefined;
  /** `IP`: the buyer's IP address. */
  ip: string | undefined;
  /** Your tracking number (`UniqueCode`). */
  merchantUniqueCode: string | undefined;
  /** `CurrencyId` (§5, `PayWallCurrency`). */
  currencyId: number | undefined;
  /** `PaymentMethodId` (values not published). */
  paymentMethodId: number | undefined;
  /** `Installment`: number of installments. */
  installment: number | undefined;
  /** `ChannelId` (§5, `PayWallChannel`). */
  channelId: number | undefined;
  /** `TagId`: your panel tag, if the payment had one. */
  tagId: number | undefined;
  /** `DateTime` of the event, as sent. */
  dateTime: string | undefined;
  /** `HashFormat`: which hash template was used (its table is not published). */
  hashFormat: string | undefined;
  /** `HashKeyType`: which hash key was used (its table is not published). */
  hashKeyType: string | undefined;
  /** Always `true`: an unverified callback throws instead. */
  verified: true;
  /** The body as parsed. */
  body: Record<string, unknown>;
}

const num = (v: string | undefined) => (v === undefined || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));
const opt = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);

/** Checks `Hash` of a JSON callback against `template` with `key`; returns the raw field texts. */
export async function checkJsonHash(
  input: PayWallJsonInput,
  key: string | undefined,
  keyName: string,
  template: PayWallHashTemplate,
  limits: PayWallCallbackLimits = {},
): Promise<{ body: Record<string, unknown>; raw: Record<string, string> }> {
  if (!key) throw new ConfigurationError(`PayWall: hashKeys.${keyName} is not configured, so this callback cannot be verified`, { provider: 'paywall' });
  const { body, raw } = await readJson(input, limits);
  const received = raw.Hash ?? '';
  if (received === '') throw new SignatureVerificationError('PayWall callback has no Hash field', { provider: 'paywall' });
  if (!sameHash(await payWallHash(key, template(raw)), received))
    throw new SignatureVerificationError('PayWall callback hash does not verify', { provider: 'paywall' });
  return { body, raw };
}

/**
 * Verifies and types the general communication callback with the System Webhook hash key. A body that is not a
 * JSON object, or larger than `limits.maxBodyBytes` (64 KiB), is a `ValidationError`.
 */
export async function verifyGeneralCallback(
  input: PayWallJsonInput,
  systemWebhookKey: string | undefined,
  template: PayWallHashTemplate = inferredGeneralTemplate,
  limits: PayWallCallbackLimits = {},
): Promise<PayWallGeneralCallback> {
  const { body, raw: f } = await checkJsonHash(input, systemWebhookKey, 'systemWebhook', template, limits);
  const type = num(f.Type) ?? 0;
  return {
    type,
    typeName: PAYWALL_CALLBACK_TYPES[type] ?? 'unknown',
    paymentId: num(f.PaymentId),
    amount: opt(f.Amount),
    amountKurus: callbackKurus(f.Amount),
    operationAmount: opt(f.OperationAmount),
    operationAmountKurus: callbackKurus(f.OperationAmount),
    ip: opt(f.IP),
    merchantUniqueCode: opt(f.UniqueCode),
    currencyId: num(f.CurrencyId),
    paymentMethodId: num(f.PaymentMethodId),
    installment: num(f.Installment),
    channelId: num(f.ChannelId),
    tagId: num(f.TagId),
    dateTime: opt(f.DateTime),
    hashFormat: opt(f.HashFormat),
    hashKeyType: opt(f.HashKeyType),
    verified: true,
    body,
  };
}
