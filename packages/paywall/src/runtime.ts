import { ConfigurationError, type EncodedRequest, languageOf, type Operation, type OutgoingRequest, type ProviderRuntime } from '@odeme/core';
import { unwrapPayWall } from './envelope.js';
import { assertHeaderParams, type HeaderParam } from './header-params.js';
import { type PayWallBaseUrls, type PayWallHost, payWallHosts, payWallHostsAt } from './hosts.js';
import type { PayWallMeta } from './operations/meta.js';
import type { PayWallOptions } from './options.js';
import { payWallWhenUnknown } from './when-unknown.js';

/** The provider id used in errors and logs. */
export const PAYWALL = 'paywall';

function metaOf(op: Operation): PayWallMeta {
  const meta = op.meta as PayWallMeta | undefined;
  if (!meta?.host) throw new ConfigurationError(`${op.id} is not a PayWall operation row (no meta.host)`, { provider: PAYWALL, operation: op.id });
  return meta;
}

/**
 * The API a row is sent to: its `meta.host`, or, for a row with a `hostOption` (payment product management), the
 * client's choice (`productHost`, default the row's own `'private'`).
 */
export function hostOf(meta: PayWallMeta, options: PayWallOptions): PayWallHost {
  return meta.hostOption === 'productHost' ? (options.productHost ?? meta.host) : meta.host;
}

/** Resolves the four base URLs: explicit `baseUrls` first, then the core `baseUrl` origin, then the environment's hosts. */
export function resolveBaseUrls(options: PayWallOptions): Partial<PayWallBaseUrls> {
  const fromEnv = options.baseUrl ? payWallHostsAt(options.baseUrl) : options.environment ? payWallHosts(options.environment, options.dataCenter) : {};
  return { ...fromEnv, ...options.baseUrls };
}

/** Header value of a GET parameter: booleans and numbers as text, amounts as invariant decimals. */
function headerValue(v: unknown): string {
  return typeof v === 'string' ? v : String(v);
}

/**
 * PayWall encoding: GET parameters become request headers (§2.1) named in the row's `meta.headers`; every
 * other method sends the input as a JSON body (DELETE included), minus `meta.headerFields`, which go to headers.
 * A value that cannot travel as a header unchanged is a `ValidationError` naming its field.
 */
export function encodePayWall(op: Operation, input: unknown): EncodedRequest {
  const meta = metaOf(op);
  const fields = { ...((input ?? {}) as Record<string, unknown>) };
  const headers: Record<string, string> = {};
  const sent: HeaderParam[] = [];
  const put = (key: string, header: string, v: unknown) => {
    if (v === undefined || v === null) return;
    const value = headerValue(v);
    headers[header] = value;
    sent.push({ path: key, name: header, value });
  };
  if (op.method === 'GET') {
    for (const [key, header] of Object.entries(meta.headers ?? {})) put(key, header, fields[key]);
    assertHeaderParams(op.id, sent);
    return { headers };
  }
  for (const [key, header] of Object.entries(meta.headerFields ?? {})) {
    put(key, header, fields[key]);
    delete fields[key];
  }
  assertHeaderParams(op.id, sent);
  return { headers, body: fields };
}

/** Throws the configuration error a call would meet, before anything is sent. */
export function assertCallable(op: Operation, options: PayWallOptions, bases: Partial<PayWallBaseUrls>): void {
  const meta = metaOf(op);
  const host = hostOf(meta, options);
  // PayWall publishes no physical POS host in any environment, so `environment` cannot supply one.
  if (!bases[host] && host === 'physical')
    throw new ConfigurationError('PayWall publishes no host for its physical POS API; set baseUrls.physical (or baseUrl)', {
      provider: PAYWALL,
      operation: op.id,
    });
  if (!bases[host])
    throw new ConfigurationError(`PayWall: no base URL for the ${host} API; set environment, baseUrl or baseUrls.${host}`, {
      provider: PAYWALL,
      operation: op.id,
    });
  if (meta.auth === 'private' && (!options.apiKeyPrivate || !options.apiClientPrivate))
    throw new ConfigurationError(`${op.id} needs the private pair (apiKeyPrivate, apiClientPrivate), and this client was built without it`, {
      provider: PAYWALL,
      operation: op.id,
    });
}

/** The `ProviderRuntime` of a PayWall client. */
export function createPayWallRuntime(options: PayWallOptions): ProviderRuntime {
  const bases = resolveBaseUrls(options);
  const sendPrivateOnPayment = options.sendPrivatePairOnPaymentApi !== false;
  const hasPrivate = Boolean(options.apiKeyPrivate && options.apiClientPrivate);
  return {
    provider: PAYWALL,
    holdsSecrets: true,
    secrets: [options.apiKeyPublic, options.apiClientPublic, options.apiKeyPrivate, options.apiClientPrivate],
    baseUrl: (op) => {
      assertCallable(op, options, bases);
      return bases[hostOf(metaOf(op), options)] as string;
    },
    encode: encodePayWall,
    sign: (req: OutgoingRequest) => {
      const meta = metaOf(req.operation);
      assertCallable(req.operation, options, bases);
      if (meta.auth === 'public') {
        req.headers.set('apikeypublic', options.apiKeyPublic);
        req.headers.set('apiclientpublic', options.apiClientPublic);
        if (hostOf(meta, options) === 'payment' && sendPrivateOnPayment && hasPrivate) setPrivate(req, options);
      } else if (meta.auth === 'private') setPrivate(req, options);
      if (options.locale) req.headers.set(options.localeHeader ?? 'locale', languageOf(options.locale));
    },
    unwrap: unwrapPayWall,
    whenUnknown: payWallWhenUnknown,
  };
}

function setPrivate(req: OutgoingRequest, options: PayWallOptions) {
  req.headers.set('apikeyprivate', options.apiKeyPrivate as string);
  req.headers.set('apiclientprivate', options.apiClientPrivate as string);
}
