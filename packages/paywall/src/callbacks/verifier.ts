import { catalogsOf, type Locale, localizeError, type MessageCatalog } from '@odeme/core';
import { type PayWallBulkCallback, type PayWallBulkCallbackOptions, type PayWallBulkInput, verifyBulkCallback } from './bulk.js';
import { type PayWallBulkFileOptions, type PayWallBulkFileResult, parseBulkFileResult } from './bulk-file.js';
import type { PayWallGeneralCallback, PayWallHashTemplate } from './general.js';
import { checkTemplate, inferredGeneralTemplate, verifyGeneralCallback } from './general.js';
import type { PayWallCallbackLimits, PayWallFormInput, PayWallJsonInput } from './input.js';
import type { PayWallHashKeys } from './keys.js';
import { type PayWallPhysicalPosCallback, type PayWallPhysicalPosCallbackOptions, verifyPhysicalPosCallback } from './physical-pos.js';
import { type PayWallThreeDReturn, type PayWallUncheckedThreeDReturn, parseThreeDReturn, verifyThreeDReturn } from './three-d-return.js';
import { type PayWallUnpublishedWebhook, type PayWallWebhook, verifyUnpublishedWebhook } from './webhooks.js';

/** Options of the callback verifier. */
export interface PayWallCallbackOptions {
  /** One hash key per callback scenario, from the PayWall panel. */
  hashKeys?: PayWallHashKeys;
  /** Field names the general callback hash covers, in order; the default is inferred (see `inferredGeneralTemplate`). */
  generalTemplate?: PayWallHashTemplate;
  /** Largest callback body read, in bytes (default 64 KiB); a larger one is refused with a `ValidationError`. */
  maxBodyBytes?: number;
  /** Language of the errors' messages: `'en'` (the default) or `tr` from `@odeme/paywall/tr`. */
  locale?: Locale;
}

/**
 * Framework-free verification of PayWall's callbacks (§6): hand it the raw body (or the parsed form / JSON, or
 * the `Request`), get typed fields back split into `verified` (covered by the hash) and `unverified` (not
 * covered: never act on them), or a `SignatureVerificationError`; a body that cannot be read (a `Request` already
 * read included), is not the expected form or JSON object, or is larger than `maxBodyBytes` is a
 * `ValidationError`. Never an untyped exception: answer 400 to either. A replayed callback verifies again (the
 * protocol has no nonce): process each payment once.
 */
export class PayWallCallbacks {
  private readonly keys: PayWallHashKeys;
  private readonly generalTemplate: PayWallHashTemplate;
  private readonly limits: PayWallCallbackLimits;
  private readonly catalogs: readonly MessageCatalog[] | undefined;

  constructor(options: PayWallCallbackOptions = {}) {
    this.catalogs = catalogsOf(options.locale);
    this.keys = { ...options.hashKeys };
    // A template that covers nothing is refused when the verifier is built, not on the first callback.
    try {
      this.generalTemplate = options.generalTemplate === undefined ? inferredGeneralTemplate : checkTemplate(options.generalTemplate, 'general callback');
    } catch (error) {
      throw this.localized(error);
    }
    this.limits = options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes };
  }

  /** The 3D return form post to your success/fail URL, checked with the 3D hash key. */
  verifyThreeDReturn(input: PayWallFormInput): Promise<PayWallThreeDReturn> {
    return this.run(() => verifyThreeDReturn(input, this.keys.threeD, this.limits));
  }

  /** Reads a 3D return without a hash check (accounts without a 3D hash key): nothing is verified; confirm with a query. */
  parseThreeDReturn(input: PayWallFormInput): Promise<PayWallUncheckedThreeDReturn> {
    return this.run(() => parseThreeDReturn(input, this.limits));
  }

  /** The general communication callback, checked with the System Webhook hash key. */
  verifyGeneralCallback(input: PayWallJsonInput): Promise<PayWallGeneralCallback> {
    return this.run(() => verifyGeneralCallback(input, this.keys.systemWebhook, this.generalTemplate, this.limits));
  }

  /** A callback with an unpublished template: refused unless you pass the `template` PayWall gave you. */
  verifyWebhook(kind: PayWallUnpublishedWebhook, input: PayWallJsonInput, options: { template?: PayWallHashTemplate } = {}): Promise<PayWallWebhook> {
    return this.run(() => verifyUnpublishedWebhook(kind, input, this.keys, options.template, this.limits));
  }

  /**
   * The Physical POS callback (§6.3), typed, checked with the Physical POS Webhook hash key: refused unless you pass
   * the `template` PayWall gave you (its hash template is not published).
   */
  verifyPhysicalPosCallback(input: PayWallJsonInput, options: PayWallPhysicalPosCallbackOptions = {}): Promise<PayWallPhysicalPosCallback> {
    return this.run(() => verifyPhysicalPosCallback(input, this.keys.physicalPos, options.template, this.limits));
  }

  /**
   * One page of a bulk (Storm or Tsunami) result callback (§6.3), checked with the System Webhook hash key over
   * `{key}###{BulkPaymentId}###{MerchantUniqueCode}`. A gzip body is decompressed within bounds (8 MiB received,
   * 32 MiB decompressed by default: `options`); the client's `maxBodyBytes` does not apply, as one page holds up to
   * 1,000 results. The hash covers the batch's id and code only: confirm each result with `bulkPayments.query`.
   */
  verifyBulkCallback(input: PayWallBulkInput, options: PayWallBulkCallbackOptions = {}): Promise<PayWallBulkCallback> {
    return this.run(() => verifyBulkCallback(input, this.keys.systemWebhook, options));
  }

  /**
   * The result file of a bulk file upload (§6.3 "Bulk file"), read line by line with card numbers masked. PayWall
   * publishes no hash for it, so nothing is verified: confirm with `bulkPayments.query` before acting on money.
   */
  parseBulkFileResult(input: Request | Uint8Array | ArrayBuffer | string, options: PayWallBulkFileOptions = {}): Promise<PayWallBulkFileResult> {
    return this.run(() => parseBulkFileResult(input, options));
  }

  private localized(error: unknown): unknown {
    if (this.catalogs) localizeError(error, this.catalogs);
    return error;
  }

  private run<T>(verify: () => Promise<T>): Promise<T> {
    return verify().catch((error: unknown) => {
      throw this.localized(error);
    });
  }
}
