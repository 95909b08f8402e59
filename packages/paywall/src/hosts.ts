/** The four PayWall APIs an operation can live on (spec §1.1). */
export type PayWallHost = 'payment' | 'private' | 'cardWall' | 'member';

/** `test` or `production`; test always uses the global `test-*` hosts (no Turkey test hosts exist). */
export type PayWallEnvironment = 'test' | 'production';

/** Data centre of the production hosts. */
export type PayWallDataCenter = 'global' | 'turkey';

/** Full base URL per API, path prefix included (`…/api/paywall/`, CardWall `…/paywall/`). */
export type PayWallBaseUrls = Record<PayWallHost, string>;

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
 * `http://127.0.0.1:4010` → `http://127.0.0.1:4010/api/paywall/` and, for CardWall, `…/paywall/`.
 */
export function payWallHostsAt(origin: string): PayWallBaseUrls {
  const o = origin.replace(/\/+$/, '');
  return { payment: `${o}/api/paywall/`, private: `${o}/api/paywall/`, cardWall: `${o}/paywall/`, member: `${o}/api/paywall/` };
}
