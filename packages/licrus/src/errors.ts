import { type PaymentDeclinedContext, PaymentDeclinedError, ProviderError, type ProviderErrorContext } from '@odeme/core';
import type { LicrusMessage } from './types/envelope.js';

/** Context of a Licrus refusal: every message of the envelope and the codes found in them. */
export interface LicrusErrorContext extends ProviderErrorContext {
  /** Every `MessageList` entry of the envelope, normalised (errors, and any warnings or partial successes). */
  messages: LicrusMessage[];
  /** Codes like `INT-PRD1001` found in the message texts, in order, without repeats. */
  codes: string[];
}

/**
 * `HasError: true` from Licrus on a method that moves no money. A `ProviderError` (code `provider_error`) that also
 * carries every `MessageList` entry (errors, and any warnings or partial successes next to them) and the codes found
 * in their texts. A refused `Payment` is a `LicrusDeclineError`; a refused Login or ticket an `AuthenticationError`.
 */
export class LicrusError extends ProviderError {
  /** Every message of the envelope, normalised. */
  readonly messages: LicrusMessage[];
  /** Codes like `INT-PRD1001` found in the message texts. */
  readonly codes: string[];

  constructor(message: string, context: LicrusErrorContext) {
    super(message, context);
    this.messages = (this.details?.messages as LicrusMessage[] | undefined) ?? [];
    this.codes = context.codes;
  }
}

/**
 * `HasError: true` from Licrus on `Payment`: a `PaymentDeclinedError` (code `payment_declined`, `outcome: 'rejected'`)
 * with the envelope's messages and codes, as on a `LicrusError`. `providerCode` is the first code found in the texts,
 * and `reason` is what the `declineCodes` table says of it (`other` when no code is mapped: Licrus publishes none).
 * Licrus does not tell a bank decline from a refusal of the payment request code (unknown, already paid): read
 * `codes` and `messages` to tell them apart.
 */
export class LicrusDeclineError extends PaymentDeclinedError {
  /** Every message of the envelope, normalised. */
  readonly messages: LicrusMessage[];
  /** Codes found in the message texts, in order, without repeats. */
  readonly codes: string[];

  constructor(message: string, context: LicrusErrorContext & PaymentDeclinedContext) {
    super(message, context);
    this.messages = (this.details?.messages as LicrusMessage[] | undefined) ?? [];
    this.codes = context.codes;
  }
}
