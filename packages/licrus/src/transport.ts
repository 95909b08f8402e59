import { ConfigurationError, catalogsOf, localizeError, Transport } from '@odeme/core';
import { checkDeclineCodes } from './declines.js';
import { DEFAULT_ENVELOPE_SETTINGS, type EnvelopeSettings, unwrapEnvelope } from './envelope.js';
import type { LicrusTransportOptions } from './options.js';

/**
 * The transport of one Licrus tenant: checks `baseUrl`, sends every row as a JSON POST under it, and reads the
 * `HasError` envelope (a refusal is a `LicrusError`, a `LicrusDeclineError` for `Payment`, an `AuthenticationError` for
 * a refused Login or ticket). It holds no credentials: the `AuthTicket` goes into each body,
 * which `callWithTicket` does (the `Licrus` client is built on it and adds a shared, renewed ticket).
 *
 * @example
 * ```ts
 * const transport = createLicrusTransport({ baseUrl: 'https://<tenant>-api.licrus.com' });
 * const res = await callWithTicket(transport, paymentsPay, { PaymentRequestCode, Card }, { name: 'ivr-user', password: '…' });
 * ```
 */
export function createLicrusTransport(options: LicrusTransportOptions): Transport {
  const o = (options ?? {}) as LicrusTransportOptions;
  let baseUrl: string;
  let settings: EnvelopeSettings;
  try {
    baseUrl = checkBaseUrl(o.baseUrl);
    settings = {
      messageTypes: { ...DEFAULT_ENVELOPE_SETTINGS.messageTypes, ...o.messageTypes },
      codePattern: o.codePattern ?? DEFAULT_ENVELOPE_SETTINGS.codePattern,
      declineCodes: checkDeclineCodes(o.declineCodes),
    };
  } catch (error) {
    throw localizeOptionError(error, o);
  }
  return new Transport(
    {
      provider: 'licrus',
      // Every call carries a ticket or a password in its body: refuse to run in a browser page by default.
      holdsSecrets: true,
      baseUrl: () => baseUrl,
      bodyFormat: 'json',
      unwrap: (raw) => unwrapEnvelope(raw, settings),
    },
    o,
  );
}

/** An option refused before core's Transport exists, said in the client's language as core says its own. */
export function localizeOptionError(error: unknown, options: { locale?: LicrusTransportOptions['locale'] }): unknown {
  const catalogs = catalogsOf(options?.locale);
  if (catalogs) localizeError(error, catalogs);
  return error;
}

function checkBaseUrl(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new ConfigurationError('licrus: baseUrl is required (the tenant API root Licrus gave you); there is no public default', { provider: 'licrus' });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`licrus: baseUrl "${value}" is not a URL`, { provider: 'licrus' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigurationError('licrus: baseUrl must be http(s)', { provider: 'licrus' });
  return value.replace(/\/+$/, '');
}
