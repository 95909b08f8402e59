import type { Operation } from '@odeme/core';
import type * as z from 'zod/mini';
import type { PayWallErrorTable } from '../error-codes.js';
import type { PayWallHost } from '../hosts.js';

/**
 * Which credentials an operation sends (spec §1.2): the public pair (plus the private one on PaymentAPI, see
 * `sendPrivatePairOnPaymentApi`) or the private pair. `tempcard` adds its `token` header to the public pair, as the
 * official .NET SDK sends it.
 */
export type PayWallAuth = 'public' | 'private';

/** PayWall facts of one operation row. */
export interface PayWallMeta {
  /** Spec §4 number of the endpoint. */
  readonly no: number;
  /** The API (host) the endpoint lives on. */
  readonly host: PayWallHost;
  /**
   * The client option that may send the row to another API than `host` (its default): `productHost` for payment
   * product management (#45–#47), whose API PayWall has not published.
   */
  readonly hostOption?: 'productHost';
  /** The credentials it sends. */
  readonly auth: PayWallAuth;
  /** GET parameters: input key → request header name (§2.1: GET parameters travel as headers). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Input keys of a body operation that travel as headers instead (e.g. `token` of `tempcard`). */
  readonly headerFields?: Readonly<Record<string, string>>;
  /** Error numbering to name codes with (the other one is exposed too). */
  readonly errorTable?: PayWallErrorTable;
  /** A payment start: PayWall's codes about the card (`PAYWALL_DECLINE_CODES`) are declines on it. */
  readonly startsPayment?: boolean;
}

/** A PayWall operation row: core's `Operation` with PayWall's `meta` (host, credential pair, header names). */
export type PayWallOperation<Req extends z.core.$ZodType = z.core.$ZodType, Res extends z.core.$ZodType = z.core.$ZodType> = Operation<Req, Res, PayWallMeta>;

/** A row's `meta`, checked as `PayWallMeta` and typed as it (so the reference shows the documented interface). */
/* @__NO_SIDE_EFFECTS__ */
export function payWallMeta(meta: PayWallMeta): PayWallMeta {
  return meta;
}
