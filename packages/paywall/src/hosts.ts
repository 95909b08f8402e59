/**
 * The PayWall APIs an operation can live on (spec §1.1): the four published ones, and `physical` (PhysicalAPI, the
 * physical POS), whose host PayWall has not published: it has a base URL only when you configure one.
 */
export type PayWallHost = 'payment' | 'private' | 'cardWall' | 'member' | 'physical';

/** `test` or `production`; test always uses the global `test-*` hosts (no Turkey test hosts exist). */
export type PayWallEnvironment = 'test' | 'production';

/** Data centre of the production hosts. */
export type PayWallDataCenter = 'global' | 'turkey';

/**
 * Full base URL per API, path prefix included (`…/api/paywall/`, CardWall `…/paywall/`); `physical` is the
 * PhysicalAPI origin, with no prefix (its paths are `api/terminal/sync`…), and is never filled in from an environment.
 */
export type PayWallBaseUrls = Record<Exclude<PayWallHost, 'physical'>, string> & {
  /** PhysicalAPI (physical POS) base, e.g. `https://…/`: PayWall publishes none, so there is no default (spec §1.1). */
  physical?: string;
};

const TEST: PayWallBaseUrls = {
  payment: 'https://test-payment-api.itspaywall.com/api/paywall/',
  private: 'https://test-payment-private-api.itspaywall.com/api/paywall/',
  cardWall: 'https://test-card-api.itspaywall.com/paywall/',
  member: 'https://test-member-api.itspaywall.com/api/paywall/',
};

const GLOBAL: PayWallBaseUrls = {
  payment: 'https://payment-api.itspaywall.com/api/paywall/',
  private: 'https://payment-private-api.itspaywall.com/api/paywall/',
  cardWall: 'https://card-api.itspaywall.com/paywall/',
  member: 'https://member-api.itspaywall.com/api/paywall/',
};

const TURKEY: PayWallBaseUrls = {
  payment: 'https://payment-api.paywall.com.tr/api/paywall/',
  private: 'https://payment-private-api.paywall.com.tr/api/paywall/',
  cardWall: 'https://card-api.paywall.com.tr/paywall/',
  member: 'https://member-api.paywall.com.tr/api/paywall/',
};

/** The published hosts for an environment and data centre. */
export function payWallHosts(environment: PayWallEnvironment, dataCenter: PayWallDataCenter = 'global'): PayWallBaseUrls {
  if (environment === 'test') return { ...TEST };
  return { ...(dataCenter === 'turkey' ? TURKEY : GLOBAL) };
}

/**
 * Bases for one origin that serves every API under its usual path prefix (a simulator on loopback, a proxy):
 * `http://127.0.0.1:4010` → `http://127.0.0.1:4010/api/paywall/`, for CardWall `…/paywall/`, and for the physical
 * POS the origin itself (its paths `api/terminal/…`, `api/pair/…`, `api/payment/…` carry no `/paywall/` segment).
 */
export function payWallHostsAt(origin: string): PayWallBaseUrls {
  const o = origin.replace(/\/+$/, '');
  return { payment: `${o}/api/paywall/`, private: `${o}/api/paywall/`, cardWall: `${o}/paywall/`, member: `${o}/api/paywall/`, physical: `${o}/` };
}
