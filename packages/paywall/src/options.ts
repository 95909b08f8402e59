import type { ClientOptions, Locale } from '@odeme/core';
import type { PayWallHashKeys } from './callbacks/keys.js';
import type { PayWallBaseUrls, PayWallDataCenter, PayWallEnvironment } from './hosts.js';

/** Options of `new PayWall(…)`: the credential pairs, where to send, and the core client options. */
export interface PayWallOptions extends ClientOptions {
  /** Public pair (`apikeypublic` / `apiclientpublic`), from the panel's Developer > Integration page. */
  apiKeyPublic: string;
  /** Public client id of the pair (`apiclientpublic`). */
  apiClientPublic: string;
  /** Private pair (`apikeyprivate` / `apiclientprivate`): needed for refunds, cancels, queries, reconciliation and CardWall. */
  apiKeyPrivate?: string;
  /** Private client id of the pair (`apiclientprivate`). */
  apiClientPrivate?: string;
  /** `test` (the `test-*.itspaywall.com` hosts) or `production`. */
  environment?: PayWallEnvironment;
  /** Production data centre (default `global`); test always uses the global test hosts. */
  dataCenter?: PayWallDataCenter;
  /**
   * Explicit base URL per API, prefix included (`https://…/api/paywall/`, CardWall `https://…/paywall/`);
   * each one given wins over `environment`. The core `baseUrl` option instead names one origin that serves all
   * four APIs under their usual prefixes (a simulator on loopback).
   *
   * `baseUrls.physical` is the PhysicalAPI (physical POS) base: PayWall has not published that host, so no
   * `environment` fills it in, and a `physicalPos` call without it is refused with a `ConfigurationError` before
   * anything is sent. Give the origin PayWall names for your account (`https://…/`); the calls append
   * `api/terminal/sync`, `api/pair/sync/request` and `api/payment/sync/sale` to it.
   */
  baseUrls?: Partial<PayWallBaseUrls>;
  /** One hash key per callback scenario, for verifying callbacks (§6.2). */
  hashKeys?: PayWallHashKeys;
  /**
   * Language of the SDK's messages (`en`, the default, or `tr`), and, when set, sent to PayWall as a request header so
   * that its `Message` texts come in the same language. How PayWall takes the locale is not documented: the header
   * name is `localeHeader` (default `locale`).
   */
  locale?: Locale;
  /** Header name used for `locale` (default `locale`; not documented by PayWall). */
  localeHeader?: string;
  /**
   * Also send the private pair on PaymentAPI calls when it is configured (default `true`), as the official .NET
   * SDK does; the docs name only the public pair there. Set `false` to send the public pair only.
   */
  sendPrivatePairOnPaymentApi?: boolean;
  /**
   * The API that serves payment product management (`paywall.paymentProducts`, `GET product` and
   * `PUT product/member/earning/*`): `'private'` (PaymentPrivateAPI, the default) or `'payment'` (PaymentAPI).
   * PayWall's docs name the private pair for these endpoints but not their host, so the default is a choice, not a
   * published fact: if PayWall answers 404 there, set `'payment'`. The private pair is sent on either.
   */
  productHost?: 'private' | 'payment';
}
