import { ConfigurationError } from '@odeme/core';
import { checkJsonHash, type PayWallHashTemplate } from './general.js';
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

/**
 * Verifies an APM, PayOut, physical POS, recurring, PayWatch or split callback. Their hash templates are not
 * public, so the SDK does not guess one: pass the `template` PayWall gave you, or the call is refused.
 */
export async function verifyUnpublishedWebhook(
  kind: PayWallUnpublishedWebhook,
  input: PayWallJsonInput,
  keys: PayWallHashKeys,
  template: PayWallHashTemplate | undefined,
  limits: PayWallCallbackLimits = {},
): Promise<Record<string, unknown>> {
  if (!template)
    throw new ConfigurationError(
      `PayWall has not published the hash template of ${kind} callbacks; the SDK does not guess it. Pass { template } with the field order PayWall gave you.`,
      { provider: 'paywall' },
    );
  return (await checkJsonHash(input, keys[KEY_OF[kind]], KEY_OF[kind], template, limits)).body;
}
