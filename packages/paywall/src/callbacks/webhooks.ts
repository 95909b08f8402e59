import { ConfigurationError } from '@odeme/core';
import { checkJsonHash, checkTemplate, type PayWallHashTemplate } from './general.js';
import type { PayWallCallbackLimits, PayWallJsonInput } from './input.js';
import type { PayWallHashKeys } from './keys.js';

/** JSON callbacks whose hash template PayWall has not published (§6.2). */
export type PayWallUnpublishedWebhook = 'apm' | 'payout' | 'physicalPos' | 'recurring' | 'payWatch' | 'split';

const KEY_OF: Record<PayWallUnpublishedWebhook, keyof PayWallHashKeys> = {
  apm: 'apm',
  payout: 'payout',
  physicalPos: 'physicalPos',
  recurring: 'systemWebhook',
  payWatch: 'systemWebhook',
  split: 'systemWebhook',
};

/** A verified webhook with an unpublished template, split by what the hash covers. */
export interface PayWallWebhook {
  /** The top-level fields the template names (the hash covers them), as parsed. */
  verified: Record<string, unknown>;
  /** Every other field: anyone who can post to your webhook can set it. For logs, never for decisions. */
  unverified: Record<string, unknown>;
  /** The body as parsed. */
  body: Record<string, unknown>;
}

/**
 * Verifies an APM, PayOut, physical POS, recurring, PayWatch or split callback. Their hash templates are not
 * public, so the SDK does not guess one: pass the `template` PayWall gave you (the field names it covers, in
 * order), or the call is refused.
 */
export async function verifyUnpublishedWebhook(
  kind: PayWallUnpublishedWebhook,
  input: PayWallJsonInput,
  keys: PayWallHashKeys,
  template: PayWallHashTemplate | undefined,
  limits: PayWallCallbackLimits = {},
): Promise<PayWallWebhook> {
  if (!template)
    throw new ConfigurationError(
      `PayWall has not published the hash template of ${kind} callbacks; the SDK does not guess it. Pass { template } with the field names PayWall gave you, in order.`,
      { provider: 'paywall' },
    );
  const covered = checkTemplate(template, `${kind} callback`);
  const { body } = await checkJsonHash(input, keys[KEY_OF[kind]], KEY_OF[kind], covered, limits);
  const verified: Record<string, unknown> = {};
  const unverified: Record<string, unknown> = {};
  // A nested value is not hashed (the template hashes top-level text), so it is never verified.
  for (const [k, v] of Object.entries(body)) (covered.includes(k) && (v === null || typeof v !== 'object') ? verified : unverified)[k] = v;
  return { verified, unverified, body };
}
