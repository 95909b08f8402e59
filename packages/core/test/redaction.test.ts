import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import {
  AbortError,
  ConfigurationError,
  createLogger,
  defineOperation,
  HttpError,
  isOdemeError,
  isSecretKey,
  NetworkError,
  OdemeError,
  PaymentDeclinedError,
  ProviderError,
  REDACTED,
  redactHeaders,
  redactText,
  redactValue,
  SecretSet,
  SignatureVerificationError,
  TimeoutError,
  Transport,
  UnexpectedResponseError,
  ValidationError,
} from '../src/index';

const CARD = '5528790000000008';
const CVV = '739';
const SECRET = 'sk_canary_5f1e9a77c2';
// Secrets are held per client: these tests pass SECRET to the client (or SecretSet) that must scrub it.
const secrets = new SecretSet([SECRET, 'abc']); // 'abc' is too short to hold: it must not blank out every "abc"

const canaryBody = {
  cardNumber: CARD,
  cvc: CVV,
  secretKey: SECRET,
  note: `card ${CARD.replace(/(\d{4})(?=\d)/g, '$1 ')} used`,
  nested: [{ password: 'hunter22' }],
};
const leaks = (s: string) => [CARD, SECRET, 'hunter22', `"cvc":"${CVV}"`].filter((c) => s.includes(c));

describe('redactText', () => {
  it('masks Luhn-valid card numbers with or without separators, keeps other digit runs', () => {
    expect(redactText(`pan ${CARD} and 5528-7900-0000-0008 and 5528 7900 0000 0008`)).toBe('pan 552879******0008 and 552879******0008 and 552879******0008');
    expect(redactText('order 1234567890123456')).toBe('order 1234567890123456');
  });

  it('removes secret pairs from JSON and form text, and auth headers', () => {
    expect(redactText(`{"cvc":"${CVV}","price":10}`)).toBe(`{"cvc":"${REDACTED}","price":10}`);
    expect(redactText('{"x-signature": "abc==", "SecurityCode": 123}')).toBe(`{"x-signature": "${REDACTED}", "SecurityCode": "${REDACTED}"}`);
    expect(redactText('user=a&password=p%40ss&cvv=123')).toBe(`user=a&password=${REDACTED}&cvv=${REDACTED}`);
    expect(redactText('Authorization: Basic dXNlcjpwYXNz')).toBe(`Authorization: Basic ${REDACTED}`);
    expect(redactText('Bearer abcdefgh.ijk')).toBe(`Bearer ${REDACTED}`);
    expect(redactText('expected Basic credentials')).toBe('expected Basic credentials');
  });

  it("scrubs a client's secret values anywhere, but not short ones, and no other client's", () => {
    expect(secrets.text(`key=${SECRET}`)).not.toContain(SECRET);
    expect(secrets.text(`prefix${SECRET}suffix`)).toBe(`prefix${REDACTED}suffix`);
    expect(secrets.text('abc')).toBe('abc');
    // No process-wide registry: text redaction alone does not know any client's values.
    expect(redactText(`prefix${SECRET}suffix`)).toBe(`prefix${SECRET}suffix`);
    expect(new SecretSet().text(`prefix${SECRET}suffix`)).toBe(`prefix${SECRET}suffix`);
  });
});

describe('redactValue and headers', () => {
  it('deep-copies with secrets removed and cards masked', () => {
    const out = redactValue(canaryBody) as Record<string, unknown>;
    expect(out.cardNumber).toBe('552879******0008');
    expect(out.cvc).toBe(REDACTED);
    expect(out.secretKey).toBe(REDACTED);
    expect(out.note).toBe('card 552879******0008 used');
    expect(leaks(JSON.stringify(out))).toEqual([]);
    expect(canaryBody.cvc).toBe(CVV);
  });

  it('survives cycles and depth', () => {
    const a: Record<string, unknown> = { name: 'x' };
    a.self = a;
    expect(redactValue(a)).toEqual({ name: 'x', self: '[…]' });
  });

  it('headers: secret names replaced', () => {
    const h = new Headers({ 'x-signature': 'sig', 'x-api-key': 'k', authorization: 'Basic abc', 'content-type': 'application/json' });
    expect(redactHeaders(h)).toEqual({ authorization: REDACTED, 'content-type': 'application/json', 'x-api-key': REDACTED, 'x-signature': REDACTED });
    expect(isSecretKey('X-Rnd-Key')).toBe(true);
    expect(isSecretKey('merchant_salt')).toBe(true);
    expect(isSecretKey('price')).toBe(false);
  });
});

/** Throws `e` from a provider's unwrap inside a client holding SECRET: what a caller of that client would catch. */
async function throughClient(e: OdemeError): Promise<OdemeError> {
  const t = new Transport(
    {
      provider: 'p',
      secrets: [SECRET],
      baseUrl: () => 'https://p.test',
      unwrap: () => {
        throw e;
      },
    },
    { fetch: async () => new Response('{}'), logLevel: 'off' },
  );
  const row = defineOperation({ id: 'x', method: 'GET', path: '/x', request: z.object({}), response: z.unknown(), movesMoney: false });
  return t.call(row, {}).then(
    () => {
      throw new Error('expected a throw');
    },
    (caught: OdemeError) => caught,
  );
}

describe('error tree', () => {
  const all = (): OdemeError[] => [
    new ConfigurationError(`bad key ${SECRET}`, { provider: 'p' }),
    new ValidationError([{ path: 'card.cardNumber', message: `${CARD} fails Luhn` }], { provider: 'p', operation: 'pay' }),
    new ProviderError(`refused ${CARD}`, {
      provider: 'p',
      providerCode: '42',
      providerMessage: `cvc ${CVV} wrong, "cvc":"${CVV}"`,
      body: canaryBody,
      details: { secretKey: SECRET },
    }),
    new PaymentDeclinedError('declined', { provider: 'p', providerCode: '10051', group: 'NOT_SUFFICIENT_FUNDS', body: canaryBody }),
    new HttpError('HTTP 502', { status: 502, body: `<html>${CARD}</html>` }),
    new UnexpectedResponseError('bad', { body: canaryBody }),
    new NetworkError('down', { cause: new TypeError(`fetch failed for ${SECRET}`) }),
    new TimeoutError('slow', { timeoutMs: 10, kind: 'attempt' }),
    new AbortError('stop', { cause: canaryBody }),
    new SignatureVerificationError(`hash mismatch for ${SECRET}`),
  ];

  it('every class carries the marker, a stable code and its provider', () => {
    const codes = all().map((e) => [e.name, e.code, isOdemeError(e), e instanceof OdemeError]);
    expect(codes).toEqual([
      ['ConfigurationError', 'configuration_error', true, true],
      ['ValidationError', 'validation_error', true, true],
      ['ProviderError', 'provider_error', true, true],
      ['PaymentDeclinedError', 'payment_declined', true, true],
      ['HttpError', 'http_error', true, true],
      ['UnexpectedResponseError', 'unexpected_response', true, true],
      ['NetworkError', 'network_error', true, true],
      ['TimeoutError', 'timeout', true, true],
      ['AbortError', 'aborted', true, true],
      ['SignatureVerificationError', 'signature_verification_failed', true, true],
    ]);
    expect(all()[3]).toBeInstanceOf(ProviderError);
    expect(isOdemeError(new Error('x'))).toBe(false);
    expect(isOdemeError({ [Symbol.for('odeme.error')]: true })).toBe(true);
    expect(isOdemeError(null)).toBe(false);
  });

  it('no canary survives message, stack, cause, toJSON, String or inspect of what a client throws', async () => {
    for (const e of await Promise.all(all().map(throughClient))) {
      const views = [
        e.message,
        e.stack ?? '',
        String(e),
        JSON.stringify(e),
        inspect(e, { depth: 10 }),
        inspect((e as { cause?: unknown }).cause, { depth: 10 }),
      ];
      for (const v of views) expect(leaks(v), `${e.name}: ${v}`).toEqual([]);
    }
  });

  it('toJSON keeps the useful context', () => {
    const e = new ProviderError('refused', {
      provider: 'oderopay',
      operation: 'payments.create',
      providerCode: '10',
      group: 'G',
      status: 422,
      requestId: 'r1',
    });
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({
      name: 'ProviderError',
      code: 'provider_error',
      provider: 'oderopay',
      operation: 'payments.create',
      providerCode: '10',
      group: 'G',
      status: 422,
      requestId: 'r1',
    });
    const v = new ValidationError([
      { path: 'a', message: 'm' },
      { path: 'a', message: 'n' },
      { path: '', message: 'whole' },
    ]);
    expect(v.fields).toEqual(['a', '']);
    expect(v.message).toBe('Invalid request: a: m; a: n; whole');
  });
});

describe('logger', () => {
  it('filters by level and redacts lines and fields', () => {
    const sink = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const log = createLogger(sink, 'info');
    log.debug('hidden');
    log.info(`paying with ${CARD}`, { cvc: CVV, secretKey: SECRET });
    log.error('boom');
    expect(sink.debug).not.toHaveBeenCalled();
    expect(sink.info).toHaveBeenCalledWith('[odeme] paying with 552879******0008', { cvc: REDACTED, secretKey: REDACTED });
    expect(sink.error).toHaveBeenCalledWith('[odeme] boom');
    const off = createLogger(sink, 'off');
    off.error('never');
    expect(sink.error).toHaveBeenCalledTimes(1);
  });
});

describe('redaction: cards next to other numbers, and echoed error fields', () => {
  it('masks a card that follows or precedes another number with a space or dash between them', async () => {
    const { redactText } = await import('../src/index');
    expect(redactText('e2 4355084355084358')).toBe('e2 435508******4358');
    expect(redactText('x 2 4355 0843 5508 4358 y')).toBe('x 2 435508******4358 y');
    expect(redactText('4355084355084358-7')).toBe('435508******4358-7');
    // An unbroken long reference is not a card, and is left whole.
    expect(redactText('ref 12345678901234567890123')).toBe('ref 12345678901234567890123');
  });

  it('masks form pairs whose key ends in a secret name (merchant_salt=…), not words that merely start with one', async () => {
    const { redactText } = await import('../src/index');
    expect(redactText('merchant_salt=abc123XYZ&x=1')).toBe('merchant_salt=[REDACTED]&x=1');
    expect(redactText('passwordless=ok')).toBe('passwordless=ok');
  });

  it('scrubs providerCode, group and requestId, which a gateway may fill with the echoed request', async () => {
    const e = await throughClient(new ProviderError('refused', { providerCode: 'E 5528790000000008', group: `${SECRET}`, requestId: 'cvc=123' }));
    expect((e as ProviderError).providerCode).toBe('E 552879******0008');
    expect((e as ProviderError).group).toBe('[REDACTED]');
    expect((e as ProviderError).requestId).not.toContain('123');
  });
});
