import { ConfigurationError, type Kurus } from '@odeme/core';
import { callbackKurus } from './amounts.js';
import { checkJsonHash, checkTemplate, type PayWallHashTemplate } from './general.js';
import type { PayWallCallbackLimits, PayWallJsonInput } from './input.js';

/** The Physical POS callback's fields (§6.3), typed. */
export interface PayWallPhysicalPosFields {
  /** `ConnectionId`: the physical POS provider connection, as sent. */
  connectionId: string | undefined;
  /** `TerminalId`: the terminal (a GUID). */
  terminalId: string | undefined;
  /** `PaymentRequestId`: PayWall's id of the sale request. */
  paymentRequestId: string | undefined;
  /** `PaymentRequestActivityId`: PayWall's id of this event of the request. */
  paymentRequestActivityId: string | undefined;
  /** `PaymentTypeId` (values not published). */
  paymentTypeId: number | undefined;
  /** `PaymentStatusId` (values not published for physical POS; the payment list of §5 has 4 successful, 5 failed). */
  paymentStatusId: number | undefined;
  /** `MerchantUniqueCode`: your code of the sale. */
  merchantUniqueCode: string | undefined;
  /** `DisplayCode` of the sale, as sent. */
  displayCode: string | undefined;
  /** `Amount`, exactly as sent. */
  amount: string | undefined;
  /** `Amount` in kuruş. */
  amountKurus: Kurus | undefined;
  /** `Message`: PayWall's text about the event. */
  message: string | undefined;
  /** `HashFormat`: which hash template was used (its table is not published). */
  hashFormat: string | undefined;
  /** `HashKeyType`: which hash key was used (its table is not published). */
  hashKeyType: string | undefined;
}

/**
 * A verified Physical POS callback, split by what the hash covers: `verified` holds the typed fields of the
 * template's wire fields; everything else is in `unverified`, for logs, never for decisions.
 */
export interface PayWallPhysicalPosCallback {
  /** The typed fields whose wire fields the hash covers. */
  verified: Partial<PayWallPhysicalPosFields>;
  /** The typed fields the hash does not cover: anyone who can post to your webhook can set them. */
  unverified: Partial<PayWallPhysicalPosFields>;
  /** Wire names of the covered fields, in template order. */
  covered: readonly string[];
  /** The body as parsed, covered and uncovered fields alike. */
  body: Record<string, unknown>;
}

/** Options of `PayWallCallbacks.verifyPhysicalPosCallback`. */
export interface PayWallPhysicalPosCallbackOptions {
  /** The wire names the hash covers, in order, as PayWall gave them to you (the template is not published). */
  template?: PayWallHashTemplate;
}

const num = (v: string | undefined) => (v === undefined || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));
const opt = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);

/** Each wire field (§6.3) and the typed fields read from it. */
const READERS: Record<string, (v: string | undefined) => Partial<PayWallPhysicalPosFields>> = {
  ConnectionId: (v) => ({ connectionId: opt(v) }),
  TerminalId: (v) => ({ terminalId: opt(v) }),
  PaymentRequestId: (v) => ({ paymentRequestId: opt(v) }),
  PaymentRequestActivityId: (v) => ({ paymentRequestActivityId: opt(v) }),
  PaymentTypeId: (v) => ({ paymentTypeId: num(v) }),
  PaymentStatusId: (v) => ({ paymentStatusId: num(v) }),
  MerchantUniqueCode: (v) => ({ merchantUniqueCode: opt(v) }),
  DisplayCode: (v) => ({ displayCode: opt(v) }),
  Amount: (v) => ({ amount: opt(v), amountKurus: callbackKurus(v) }),
  Message: (v) => ({ message: opt(v) }),
  HashFormat: (v) => ({ hashFormat: opt(v) }),
  HashKeyType: (v) => ({ hashKeyType: opt(v) }),
};

/**
 * Verifies and types the Physical POS callback (§6.3) with the Physical POS Webhook hash key. PayWall has not
 * published which fields its hash covers, so the SDK does not guess: `template` is the list PayWall gives you (the
 * wire names, in order), and without one the call is refused with a `ConfigurationError`. A wrong or missing `Hash`
 * is a `SignatureVerificationError`; a body that is not a JSON object, or is too large, a `ValidationError`.
 */
export async function verifyPhysicalPosCallback(
  input: PayWallJsonInput,
  physicalPosKey: string | undefined,
  template: PayWallHashTemplate | undefined,
  limits: PayWallCallbackLimits = {},
): Promise<PayWallPhysicalPosCallback> {
  if (!template)
    throw new ConfigurationError(
      'PayWall has not published the hash template of physicalPos callbacks; the SDK does not guess it. Pass { template } with the field names PayWall gave you, in order.',
      { provider: 'paywall' },
    );
  const covered = checkTemplate(template, 'physicalPos callback');
  const { body, raw } = await checkJsonHash(input, physicalPosKey, 'physicalPos', covered, limits);
  const verified: Partial<PayWallPhysicalPosFields> = {};
  const unverified: Partial<PayWallPhysicalPosFields> = {};
  for (const [name, read] of Object.entries(READERS)) Object.assign(covered.includes(name) ? verified : unverified, read(raw[name]));
  return { verified, unverified, covered: [...covered], body };
}
