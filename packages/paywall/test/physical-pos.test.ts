import type { AllAgree, MethodsAgree } from '@odeme/core';
import {
  ConfigurationError,
  createPayWallTransport,
  PayWall,
  PayWallCallbacks,
  type PhysicalPosMethods,
  type PhysicalPosSaleParams,
  payWallHash,
  payWallHosts,
  payWallHostsAt,
  type payWallOperations,
  physicalPosSale,
  SignatureVerificationError,
  ValidationError,
} from '@odeme/paywall';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { creds, makeClient } from './helpers';

// Physical POS (§4.13): the three known paths on PhysicalAPI, whose host is configuration only.
const POS = 'https://pos.example.test';
const TERMINAL = '0f8fad5b-d9cb-469f-a165-70867728950e';
const ok = (Body: unknown) => ({ ErrorCode: 0, Result: true, Message: '', Body });

type Seen = { headers: Record<string, string | string[] | undefined>; body: string; path: string };
function capture(scope: nock.Scope): Seen[] {
  const seen: Seen[] = [];
  scope.on('request', (req: { headers: Seen['headers']; path: string }, _i: unknown, body: string) =>
    seen.push({ headers: { ...req.headers }, body, path: req.path }),
  );
  return seen;
}

const sale = (extra: Partial<PhysicalPosSaleParams> = {}): PhysicalPosSaleParams => ({
  TerminalId: TERMINAL,
  MerchantUniqueCode: 'pos-1001',
  DisplayCode: 'A-17',
  Amount: '1250.40',
  CurrencyId: 1,
  Methods: [{ PaymentMethodId: 1 }],
  CallbackAddress: 'https://shop.example/pos',
  SplitPaymentSupport: false,
  Customer: { Type: 1, FirstName: 'Ayşe', LastName: 'Yılmaz', City: 'İstanbul', District: 'Kadıköy' },
  ...extra,
});

/** A client on the test environment with the physical host configured, sending through nock. */
const posClient = () => makeClient(undefined, { baseUrls: { physical: `${POS}/` }, maxRetries: 3 });
/** A client whose fetch must never run. */
const silent = (options: Parameters<typeof makeClient>[1] = {}) =>
  makeClient(undefined, { fetch: async () => expect.unreachable('nothing is sent'), ...options });

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('PayWall physical POS: the host is configuration', () => {
  it('no environment publishes a PhysicalAPI host; one origin (a simulator) serves it at its root', () => {
    for (const [env, dc] of [
      ['test', 'global'],
      ['production', 'global'],
      ['production', 'turkey'],
    ] as const)
      expect(payWallHosts(env, dc).physical, `${env}/${dc}`).toBeUndefined();
    expect(payWallHostsAt('http://127.0.0.1:4010/').physical).toBe('http://127.0.0.1:4010/');
  });

  it('without baseUrls.physical every call is a ConfigurationError before validation, and nothing is sent', async () => {
    for (const options of [{}, { environment: 'production' as const, dataCenter: 'turkey' as const }]) {
      const pw = silent(options);
      await expect(pw.physicalPos.sale(sale())).rejects.toBeInstanceOf(ConfigurationError);
      // Even a bad input meets the configuration error first.
      await expect(pw.physicalPos.sale(sale({ Amount: '1.005' }))).rejects.toThrow(/publishes no host for its physical POS API; set baseUrls\.physical/);
      await expect(pw.physicalPos.requestPairing({ TerminalId: TERMINAL })).rejects.toBeInstanceOf(ConfigurationError);
      await expect(pw.physicalPos.syncTerminal({ ConnectionId: 7 })).rejects.toBeInstanceOf(ConfigurationError);
    }
    // The smallest bundle's transport refuses the same way.
    const transport = createPayWallTransport({ ...creds, environment: 'test', fetch: async () => expect.unreachable('nothing is sent') });
    await expect(transport.call(physicalPosSale, sale())).rejects.toBeInstanceOf(ConfigurationError);
  });

  it('needs the private pair, also with a host', async () => {
    const pw = new PayWall({
      apiKeyPublic: creds.apiKeyPublic,
      apiClientPublic: creds.apiClientPublic,
      environment: 'test',
      baseUrls: { physical: POS },
      fetch: async () => expect.unreachable('nothing is sent'),
    });
    await expect(pw.physicalPos.sale(sale())).rejects.toThrow(/needs the private pair/);
  });
});

describe('PayWall physical POS: wire', () => {
  it('sale: the configured origin, no /api/paywall prefix, the private pair only, the exact JSON body', async () => {
    const scope = nock(POS)
      .post('/api/payment/sync/sale')
      .reply(200, ok({ PaymentRequestId: 88, PaymentStatusId: 4, Extra: { Kept: true } }));
    const seen = capture(scope);
    const res = await posClient().physicalPos.sale(sale());
    expect(scope.isDone()).toBe(true);
    expect(res).toMatchObject({ PaymentRequestId: 88, PaymentStatusId: 4, Extra: { Kept: true }, reference: 'pos-1001' });
    const [req] = seen;
    expect(req?.path).toBe('/api/payment/sync/sale');
    expect(req?.headers).toMatchObject({
      apikeyprivate: creds.apiKeyPrivate,
      apiclientprivate: creds.apiClientPrivate,
      'content-type': 'application/json; charset=utf-8',
    });
    expect(req?.headers.apikeypublic).toBeUndefined();
    expect(req?.headers.apiclientpublic).toBeUndefined();
    expect(req?.body).toBe(
      '{"TerminalId":"0f8fad5b-d9cb-469f-a165-70867728950e","MerchantUniqueCode":"pos-1001","DisplayCode":"A-17","Amount":1250.4,"CurrencyId":1,' +
        '"Methods":[{"PaymentMethodId":1}],"CallbackAddress":"https://shop.example/pos","SplitPaymentSupport":false,' +
        '"Customer":{"Type":1,"FirstName":"Ayşe","LastName":"Yılmaz","City":"İstanbul","District":"Kadıköy"}}',
    );
  });

  it('sale: a MerchantUniqueCode left out is a generated UUID, on the wire and as the reference; a tag code names the terminal', async () => {
    const seen = capture(nock(POS).post('/api/payment/sync/sale').reply(200, ok(null)));
    const { MerchantUniqueCode: _code, TerminalId: _id, ...rest } = sale();
    const res = await posClient().physicalPos.sale({ ...rest, TerminalTagCode: 'kasa-1' });
    const sent = JSON.parse(seen[0]?.body ?? '{}');
    expect(sent.MerchantUniqueCode).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sent.TerminalTagCode).toBe('kasa-1');
    expect(sent).not.toHaveProperty('TerminalId');
    // PayWall has not published the answer: a null Body reads as {}, with the reference.
    expect(res).toEqual({ reference: sent.MerchantUniqueCode });
  });

  it('terminal sync and pairing: their paths and bodies; an answer that is not an object is kept under Body', async () => {
    const sync = capture(
      nock(POS)
        .post('/api/terminal/sync')
        .reply(200, ok([{ TerminalId: TERMINAL }])),
    );
    const pair = capture(
      nock(POS)
        .post('/api/pair/sync/request')
        .reply(200, ok({ Paired: true })),
    );
    const pw = posClient();
    expect(await pw.physicalPos.syncTerminal({ ConnectionId: 7 })).toEqual({ Body: [{ TerminalId: TERMINAL }] });
    expect(await pw.physicalPos.requestPairing({ TerminalTagCode: 'kasa-1' })).toEqual({ Paired: true });
    expect(sync[0]?.body).toBe('{"ConnectionId":7}');
    expect(pair[0]?.body).toBe('{"TerminalTagCode":"kasa-1"}');
    expect(pair[0]?.headers.apikeyprivate).toBe(creds.apiKeyPrivate);
  });

  it('a 502 on the sale: sent once, never retried, outcome unknown, the reference, and how to resolve it', async () => {
    const scope = nock(POS).post('/api/payment/sync/sale').times(5).reply(502, '<h1>502 Bad Gateway</h1>', { 'content-type': 'text/html' });
    const seen = capture(scope);
    const err = await posClient()
      .physicalPos.sale(sale({ MerchantUniqueCode: 'pos-lost-1' }))
      .catch((e: unknown) => e);
    expect(seen).toHaveLength(1);
    expect(err).toMatchObject({ outcome: 'unknown', reference: 'pos-lost-1' });
    expect(String((err as Error).message)).toContain('wait for the Physical POS callback with this MerchantUniqueCode');
  });

  it('a read-free write is not retried either: a 503 on pairing is sent once', async () => {
    const seen = capture(nock(POS).post('/api/pair/sync/request').times(5).reply(503, 'busy'));
    await expect(posClient().physicalPos.requestPairing({ TerminalId: TERMINAL })).rejects.toBeDefined();
    expect(seen).toHaveLength(1);
  });
});

describe('PayWall physical POS: refusals before sending', () => {
  const refused = (p: Promise<unknown>) =>
    p.then(
      () => expect.unreachable('accepted'),
      (e: unknown) => {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).fields;
      },
    );

  it('names the field of each bad input', async () => {
    const pw = silent({ baseUrls: { physical: POS } });
    const { TerminalId: _t, ...noTerminal } = sale();
    expect(await refused(pw.physicalPos.sale(noTerminal))).toEqual(['TerminalId']);
    expect(await refused(pw.physicalPos.sale(sale({ TerminalTagCode: 'kasa-1' })))).toEqual(['TerminalId']);
    expect(await refused(pw.physicalPos.sale(sale({ TerminalId: 'terminal-1' })))).toEqual(['TerminalId']);
    expect(await refused(pw.physicalPos.sale({ ...noTerminal, TerminalTagCode: 'x'.repeat(26) }))).toEqual(['TerminalTagCode']);
    expect(await refused(pw.physicalPos.sale(sale({ Amount: '10.005' })))).toEqual(['Amount']);
    expect(await refused(pw.physicalPos.sale(sale({ Amount: 0 })))).toEqual(['Amount']);
    expect(await refused(pw.physicalPos.sale(sale({ CurrencyId: 8 as 1 })))).toEqual(['CurrencyId']);
    expect(await refused(pw.physicalPos.sale(sale({ Methods: [] })))).toEqual(['Methods']);
    expect(await refused(pw.physicalPos.sale(sale({ Methods: [{ PaymentMethodId: 0 }] })))).toEqual(['Methods.0.PaymentMethodId']);
    expect(await refused(pw.physicalPos.sale(sale({ CallbackAddress: 'ftp://shop.example/pos' })))).toEqual(['CallbackAddress']);
    expect(await refused(pw.physicalPos.sale(sale({ CallbackAddress: '/pos' })))).toEqual(['CallbackAddress']);
    expect(await refused(pw.physicalPos.sale(sale({ MerchantUniqueCode: 'satış-1' })))).toEqual(['MerchantUniqueCode']);
    // The Customer's unlisted fields pass as written, with openBody's checks: no card number, amounts to the kuruş.
    expect(await refused(pw.physicalPos.sale(sale({ Customer: { FirstName: 'Ayşe', Card: '5528790000000008' } })))).toEqual(['Customer.Card']);
    expect(await refused(pw.physicalPos.sale(sale({ Customer: { LoyaltyAmount: '1.001' } })))).toEqual(['Customer.LoyaltyAmount']);
    expect(await refused(pw.physicalPos.requestPairing({}))).toEqual(['TerminalId']);
    expect(await refused(pw.physicalPos.requestPairing({ TerminalId: TERMINAL, TerminalTagCode: 'kasa-1' }))).toEqual(['TerminalId']);
    expect(await refused(pw.physicalPos.syncTerminal({ ConnectionId: 0 }))).toEqual(['ConnectionId']);
    expect(await refused(pw.physicalPos.syncTerminal({ ConnectionId: '' }))).toEqual(['ConnectionId']);
  });
});

describe('PayWall physical POS callback', () => {
  const key = 'physical-pos-hash-key';
  const template = ['PaymentRequestId', 'MerchantUniqueCode', 'Amount', 'PaymentStatusId'];
  async function signed(fields: { status: number; amount: string }) {
    const hash = await payWallHash(key, ['88', 'pos-1001', fields.amount, String(fields.status)]);
    return (
      `{"ConnectionId":7,"TerminalId":"${TERMINAL}","PaymentRequestId":88,"PaymentRequestActivityId":89,"PaymentTypeId":1,` +
      `"PaymentStatusId":${fields.status},"MerchantUniqueCode":"pos-1001","DisplayCode":"A-17","Amount":${fields.amount},` +
      `"Message":"Approved","Hash":"${hash}","HashFormat":1,"HashKeyType":5}`
    );
  }

  it('verifies with the Physical POS key and the template you pass; the amount is hashed as written', async () => {
    const pw = makeClient(undefined, { hashKeys: { physicalPos: key } });
    const body = await signed({ status: 4, amount: '1250.40' });
    const cb = await pw.callbacks.verifyPhysicalPosCallback(body, { template });
    expect(cb.verified).toEqual({ paymentRequestId: '88', merchantUniqueCode: 'pos-1001', amount: '1250.40', amountKurus: 125_040, paymentStatusId: 4 });
    expect(cb.unverified).toMatchObject({ connectionId: '7', terminalId: TERMINAL, paymentTypeId: 1, displayCode: 'A-17', message: 'Approved' });
    expect(cb.covered).toEqual(template);
  });

  it('a forged status, no template, no key: typed errors', async () => {
    const pw = makeClient(undefined, { hashKeys: { physicalPos: key } });
    const forged = (await signed({ status: 5, amount: '1250.40' })).replace('"PaymentStatusId":5', '"PaymentStatusId":4');
    await expect(pw.callbacks.verifyPhysicalPosCallback(forged, { template })).rejects.toBeInstanceOf(SignatureVerificationError);
    await expect(pw.callbacks.verifyPhysicalPosCallback(await signed({ status: 4, amount: '1.00' }))).rejects.toThrow(/has not published the hash template/);
    await expect(new PayWallCallbacks().verifyPhysicalPosCallback(await signed({ status: 4, amount: '1.00' }), { template })).rejects.toThrow(
      /hashKeys\.physicalPos is not configured/,
    );
    await expect(pw.callbacks.verifyPhysicalPosCallback('{"Hash":', { template })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('PayWall physical POS types', () => {
  it('the method interface agrees with the operation rows', () => {
    expectTypeOf<AllAgree<MethodsAgree<PhysicalPosMethods, typeof payWallOperations.physicalPos>>>().toEqualTypeOf<true>();
  });
});
