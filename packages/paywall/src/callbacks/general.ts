import { ConfigurationError, type Kurus, SignatureVerificationError } from '@odeme/core';
import { PAYWALL_CALLBACK_TYPES } from '../schemas/enums.js';
import { callbackKurus } from './amounts.js';
import { payWallHash, sameHash } from './hash.js';
import { type PayWallCallbackLimits, type PayWallJsonInput, readJson } from './input.js';

/**
 * The wire names of the fields a callback's hash covers, in the order their values are hashed after the key
 * (each value as received; a missing field hashes as empty text). Only these fields come back as `verified`.
 */
export type PayWallHashTemplate = readonly string[];

/**
 * The template assumed for the general communication callback: the published "Payment" template with the
 * callback's `UniqueCode` (your tracking number) as merchantUniqueCode. INFERRED: PayWall does not publish the
 * general callback's template; override it with `generalTemplate` when PayWall tells you otherwise.
 */
export const inferredGeneralTemplate: PayWallHashTemplate = ['PaymentId', 'UniqueCode', 'Amount', 'Installment'];

/** The general communication callback's fields (§6.3), typed. */
export interface PayWallGeneralFields {
  /** `Type`: the event (§5 callback types, `PAYWALL_CALLBACK_TYPES`), e.g. 4 VPos partial refund. */
  type: number | undefined;
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
}

/**
 * A verified general callback, split by what the hash covers. With the default template `verified` holds
 * `paymentId`, `merchantUniqueCode`, `amount`/`amountKurus` and `installment`; everything else (the event `type`,
 * `operationAmount`, `currencyId`…) is in `unverified`: anyone who can post to your webhook can set it. Act on
 * `verified` fields only, and read what happened from a query by `verified.paymentId`.
 */
export interface PayWallGeneralCallback {
  /** The typed fields whose wire fields the hash covers. */
  verified: Partial<PayWallGeneralFields>;
  /** The typed fields the hash does not cover: for logs, never for decisions. */
  unverified: Partial<PayWallGeneralFields>;
  /** Wire names of the covered fields, in template order. */
  covered: readonly string[];
  /** The body as parsed, covered and uncovered fields alike. */
  body: Record<string, unknown>;
}

const num = (v: string | undefined) => (v === undefined || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));
const opt = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);

/** Each wire field and the typed fields read from it. */
const READERS: Record<string, (v: string | undefined) => Partial<PayWallGeneralFields>> = {
  Type: (v) => ({ type: num(v), typeName: PAYWALL_CALLBACK_TYPES[num(v) ?? -1] ?? 'unknown' }),
  PaymentId: (v) => ({ paymentId: num(v) }),
  Amount: (v) => ({ amount: opt(v), amountKurus: callbackKurus(v) }),
  OperationAmount: (v) => ({ operationAmount: opt(v), operationAmountKurus: callbackKurus(v) }),
  IP: (v) => ({ ip: opt(v) }),
  UniqueCode: (v) => ({ merchantUniqueCode: opt(v) }),
  CurrencyId: (v) => ({ currencyId: num(v) }),
  PaymentMethodId: (v) => ({ paymentMethodId: num(v) }),
  Installment: (v) => ({ installment: num(v) }),
  ChannelId: (v) => ({ channelId: num(v) }),
  TagId: (v) => ({ tagId: num(v) }),
  DateTime: (v) => ({ dateTime: opt(v) }),
  HashFormat: (v) => ({ hashFormat: opt(v) }),
  HashKeyType: (v) => ({ hashKeyType: opt(v) }),
};

/** Refuses a template that is not a non-empty list of field names (an empty one would cover nothing). */
export function checkTemplate(template: unknown, what: string): PayWallHashTemplate {
  if (!Array.isArray(template) || template.length === 0 || !template.every((n) => typeof n === 'string' && n !== ''))
    throw new ConfigurationError(`PayWall: the ${what} hash template must be a non-empty list of the field names it covers, in order`, {
      provider: 'paywall',
    });
  return template as PayWallHashTemplate;
}

/** Checks `Hash` of a JSON callback against `template` with `key`; returns the body and the raw field texts. */
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
  if (
    !sameHash(
      await payWallHash(
        key,
        template.map((name) => raw[name] ?? ''),
      ),
      received,
    )
  )
    throw new SignatureVerificationError('PayWall callback hash does not verify', { provider: 'paywall' });
  return { body, raw };
}

/**
 * Verifies and types the general communication callback with the System Webhook hash key, split into the fields
 * the hash covers (`verified`) and the rest (`unverified`). A body that is not a JSON object, or larger than
 * `limits.maxBodyBytes` (64 KiB), is a `ValidationError`.
 */
export async function verifyGeneralCallback(
  input: PayWallJsonInput,
  systemWebhookKey: string | undefined,
  template: PayWallHashTemplate = inferredGeneralTemplate,
  limits: PayWallCallbackLimits = {},
): Promise<PayWallGeneralCallback> {
  const covered = checkTemplate(template, 'general callback');
  const { body, raw } = await checkJsonHash(input, systemWebhookKey, 'systemWebhook', covered, limits);
  const verified: Partial<PayWallGeneralFields> = {};
  const unverified: Partial<PayWallGeneralFields> = {};
  for (const [name, read] of Object.entries(READERS)) Object.assign(covered.includes(name) ? verified : unverified, read(raw[name]));
  return { verified, unverified, covered: [...covered], body };
}
