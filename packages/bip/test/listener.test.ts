import { BIP_LISTENER_ERROR_CODE, type BipListenerEvent, createBipListener, parseListenerPayload, parseOrderDate } from '@odeme/bip';
import { ConfigurationError, type Logger, SignatureVerificationError, ValidationError } from '@odeme/core';
import { describe, expect, it, vi } from 'vitest';

const listenerCreds = { username: 'turkcell-caller', password: 'listener-secret-42' };
const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`, 'utf8').toString('base64')}`;

// The documentation's channel 40 example, made valid JSON (its `iRemovable` line lacks a comma in the source).
const docExample40 = {
  resultCode: 0,
  resultDesc: 'SUCCESS',
  transactionId: '189093139',
  shippingAddress: { addressId: '29', alias: 'ev', name: 'Ad', surname: 'Soyad', city: 'Istanbul', address: 'Adres', district: 'Besiktas', isDefault: true },
  billingAddress: { addressId: '29', alias: 'ev', name: 'Ad', surname: 'Soyad', city: 'Istanbul', address: 'Adres', district: 'Besiktas', isDefault: true },
  paymentMethod: 'reserve',
  itemList: [{ itemId: 50, itemName: 'Coca-Cola', itemPrice: 56.0, currency: 'TL', itemCount: 2, iRemovable: false }],
  totalAmount: 73.25,
  orderDate: '25.11.2016 14:36:02',
  currency: 'TL',
  channelId: 40,
};
const docExample10 = { transactionId: '2016080230541319', resultCode: 0, resultDesc: 'SUCCESS', additionalInfo: { commitToken: '12345432' } };

const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('https://merchant.example/bip/listener', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('parseListenerPayload', () => {
  it('reads the documentation channel 40 example with kuruş twins and the order date', () => {
    const e = parseListenerPayload(JSON.stringify(docExample40));
    expect(e).toMatchObject({ succeeded: true, resultName: 'SUCCESS', transactionId: '189093139', channelId: 40, totalAmount: 73.25, totalAmountKurus: 7325 });
    expect(e.itemList?.[0]).toMatchObject({ itemId: 50, itemPrice: 56, itemPriceKurus: 5600, itemCount: 2, iRemovable: false });
    expect(e.shippingAddress?.district).toBe('Besiktas');
    // 14:36:02 in Turkey (UTC+3) is 11:36:02 UTC.
    expect(e.orderDate?.toISOString()).toBe('2016-11-25T11:36:02.000Z');
    expect(e.orderDateText).toBe('25.11.2016 14:36:02');
    expect(e.commitToken).toBeUndefined();
  });

  it('reads the channel 10 example and lifts the commit token', () => {
    const e = parseListenerPayload(docExample10);
    expect(e).toMatchObject({ succeeded: true, transactionId: '2016080230541319', commitToken: '12345432' });
    expect(e.orderDate).toBeUndefined();
  });

  it('names the observed failure codes', () => {
    expect(parseListenerPayload({ transactionId: '1', resultCode: 4010101, resultDesc: 'X' })).toMatchObject({
      succeeded: false,
      resultName: 'INVOICE_CHARGE_FAILED',
    });
    expect(parseListenerPayload({ transactionId: '1', resultCode: 4010403 }).resultName).toBe('NOT_TURKCELL_SUBSCRIBER');
    expect(parseListenerPayload({ transactionId: '1', resultCode: -1101 }).resultName).toBe('CANCELLED_OR_TIMED_OUT');
    expect(parseListenerPayload({ transactionId: '1', resultCode: 777 }).resultName).toBeUndefined();
  });

  it('keeps unknown fields (ebillMailAddress, future ones)', () => {
    const e = parseListenerPayload({ ...docExample40, ebillMailAddress: 'a@b.c', somethingNew: 1 });
    expect(e.ebillMailAddress).toBe('a@b.c');
    // Kept at run time; closed to the compiler, so a misspelt field does not compile.
    expect((e as unknown as Record<string, unknown>).somethingNew).toBe(1);
    // @ts-expect-error not a modelled field
    void e.somethingNew;
  });

  it.each([
    ['not JSON', '{"resultCode":0,', ['']],
    ['an array', '[1]', ['']],
    ['no transactionId', { resultCode: 0 }, ['transactionId']],
    ['a non-numeric resultCode', { transactionId: '1', resultCode: 'OK' }, ['resultCode']],
    ['a price with three decimals', { ...docExample40, itemList: [{ ...docExample40.itemList[0], itemPrice: 56.005 }] }, ['itemList.0.itemPrice']],
    ['a negative total', { ...docExample40, totalAmount: -1 }, ['totalAmount']],
    ['a zero item count', { ...docExample40, itemList: [{ ...docExample40.itemList[0], itemCount: 0 }] }, ['itemList.0.itemCount']],
    ['an ISO orderDate', { ...docExample40, orderDate: '2016-11-25T14:36:02Z' }, ['orderDate']],
    ['an impossible orderDate', { ...docExample40, orderDate: '31.02.2016 14:36:02' }, ['orderDate']],
    ['channel 10 success without commitToken', { ...docExample40, channelId: 10 }, ['additionalInfo.commitToken']],
  ])('refuses %s', (_name, body, fields) => {
    const err = (() => {
      try {
        parseListenerPayload(body);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields).toEqual(fields);
  });

  it('accepts a failed channel 10 callback without a token', () => {
    expect(parseListenerPayload({ transactionId: '1', resultCode: 4010101, channelId: 10 }).commitToken).toBeUndefined();
  });

  it('reads orderDate in a configurable zone', () => {
    expect(parseOrderDate('01.01.2024 00:00:00', 0)?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(parseListenerPayload(docExample40, { utcOffsetMinutes: 0 }).orderDate?.toISOString()).toBe('2016-11-25T14:36:02.000Z');
  });
});

describe('createBipListener', () => {
  it('validates, calls onPayment once and answers {transactionId, resultCode: 0, resultDesc: "SUCCESS"}', async () => {
    const seen: BipListenerEvent[] = [];
    const handler = createBipListener({ credentials: listenerCreds, onPayment: (e) => void seen.push(e) });
    const res = await handler(post(docExample40, { authorization: basic(listenerCreds.username, listenerCreds.password) }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.text()).toBe('{"transactionId":"189093139","resultCode":0,"resultDesc":"SUCCESS"}');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.itemList?.[0]?.itemPriceKurus).toBe(5600);
  });

  it.each([
    ['no header', undefined],
    ['a wrong password', basic(listenerCreds.username, 'listener-secret-43')],
    ['a wrong username', basic('someone-else', listenerCreds.password)],
    ['a password prefix', basic(listenerCreds.username, 'listener-secret-4')],
    ['a Bearer token', 'Bearer abc.def'],
    ['broken base64', 'Basic !!!'],
  ])('refuses a forged call (%s) with 401 and never calls onPayment', async (_n, authorization) => {
    const onPayment = vi.fn();
    const onError = vi.fn();
    const handler = createBipListener({ credentials: listenerCreds, onPayment, onError, logLevel: 'off' });
    const res = await handler(post(docExample40, authorization ? { authorization } : {}));
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic /);
    expect(await res.json()).toEqual({ resultCode: BIP_LISTENER_ERROR_CODE, resultDesc: 'UNAUTHORIZED' });
    expect(onPayment).not.toHaveBeenCalled();
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(SignatureVerificationError);
  });

  it('answers a malformed payload with a clear 4xx naming the field, and reports it', async () => {
    const onPayment = vi.fn();
    const onError = vi.fn();
    const handler = createBipListener({ allowUnauthenticated: true, onPayment, onError, logLevel: 'off' });
    const bad = await handler(post({ ...docExample40, channelId: 10 }));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({
      transactionId: '189093139',
      resultCode: -1,
      resultDesc: 'INVALID_PAYLOAD',
      issues: [{ path: 'additionalInfo.commitToken' }],
    });
    const notJson = await handler(post('resultCode=0'));
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ resultDesc: 'INVALID_JSON' });
    expect(onPayment).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(ValidationError);
  });

  it('refuses other methods and oversized bodies', async () => {
    const onPayment = vi.fn();
    const handler = createBipListener({ allowUnauthenticated: true, onPayment, maxBodyBytes: 100, logLevel: 'off' });
    const get = await handler(new Request('https://merchant.example/bip/listener'));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await handler(post(docExample40))).status).toBe(413);
    expect(onPayment).not.toHaveBeenCalled();
  });

  it('answers 500 (not SUCCESS) when onPayment throws, without leaking the error', async () => {
    const onError = vi.fn();
    const handler = createBipListener({
      allowUnauthenticated: true,
      onPayment: async () => {
        throw new Error('database down: password=hunter2');
      },
      onError,
      logLevel: 'off',
    });
    const res = await handler(post(docExample10));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ transactionId: '2016080230541319', resultCode: -1, resultDesc: 'LISTENER_ERROR' });
    expect(text).not.toContain('hunter2');
    expect(onError).toHaveBeenCalledOnce();
  });

  it('passes the host context (a Worker env/ctx) through to onPayment', async () => {
    const extras: unknown[] = [];
    const handler = createBipListener<{ env: string }>({ allowUnauthenticated: true, logLevel: 'off', onPayment: (_e, c) => void extras.push(c.extra) });
    await handler(post(docExample10), { env: 'prod' });
    expect(extras).toEqual([{ env: 'prod' }]);
  });
});

describe('createBipListener refuses what it cannot verify', () => {
  it('needs credentials, or allowUnauthenticated: true, at construction', () => {
    expect(() => createBipListener({ onPayment: () => {} })).toThrow(ConfigurationError);
    expect(() => createBipListener({ onPayment: () => {}, allowUnauthenticated: false })).toThrow(/credentials/);
    expect(() => createBipListener({ onPayment: () => {}, credentials: { username: 'x', password: '' } })).toThrow(ConfigurationError);
    expect(() => createBipListener({ credentials: listenerCreds } as never)).toThrow(/onPayment/);
    // Basic splits at the first ':', so such a username could never match a call: refused when built.
    expect(() => createBipListener({ onPayment: () => {}, credentials: { username: 'turk:cell', password: 'p' } })).toThrow(/must not contain ':'/);
  });

  it('warns once, when built, that an unauthenticated listener accepts anyone', async () => {
    const lines: string[] = [];
    const logger: Logger = { debug: () => {}, info: () => {}, warn: (m) => void lines.push(m), error: () => {} };
    const handler = createBipListener({ allowUnauthenticated: true, onPayment: () => {}, logger });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/allowUnauthenticated/);
    await handler(post(docExample10));
    expect(lines).toHaveLength(1);
  });

  it('tells onPayment the call was authenticated when the credentials matched', async () => {
    const seen: boolean[] = [];
    const handler = createBipListener({ credentials: listenerCreds, logLevel: 'off', onPayment: (_e, c) => void seen.push(c.authenticated) });
    await handler(post(docExample10, { authorization: basic(listenerCreds.username, listenerCreds.password) }));
    expect(seen).toEqual([true]);
  });

  it('answers 400, never throws, on a body already read or one that cannot be read', async () => {
    const onPayment = vi.fn();
    const onError = vi.fn(() => {
      throw new Error('a failing error hook');
    });
    const handler = createBipListener({ credentials: listenerCreds, onPayment, onError, logLevel: 'off' });
    const auth = { authorization: basic(listenerCreds.username, listenerCreds.password) };
    const used = post(docExample10, auth);
    await used.text();
    const r1 = await handler(used);
    expect(r1.status).toBe(400);
    expect(await r1.json()).toMatchObject({ resultDesc: 'UNREADABLE_BODY' });
    const broken = new ReadableStream({
      pull(c) {
        c.error(new Error('socket hang up'));
      },
    });
    const r2 = await handler(
      new Request('https://merchant.example/bip/listener', { method: 'POST', body: broken, duplex: 'half', headers: auth } as RequestInit),
    );
    expect(r2.status).toBe(400);
    expect(onPayment).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('states the rule in its refusals and never quotes the value', async () => {
    const onError = vi.fn();
    const handler = createBipListener({ allowUnauthenticated: true, onPayment: () => {}, onError, logLevel: 'off' });
    const res = await handler(post({ ...docExample40, totalAmount: '1234.567', orderDate: '99.99.9999 99:99:99' }));
    expect(res.status).toBe(422);
    const text = await res.text();
    expect(text).not.toContain('1234.567');
    expect(text).not.toContain('99.99.9999');
    expect(String(onError.mock.calls[0]?.[0]?.message)).not.toContain('1234.567');
  });
});
