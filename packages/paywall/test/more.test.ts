import { ValidationError } from '@odeme/core';
import { PayWallCurrency } from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, SIM_SMS_CODE } from '@odeme/testkit';
import { listen } from '@odeme/testkit/node';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { card, creds, customer, directPayment, makeClient, makeSim, threeDPayment, uniqueCode } from './helpers';

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('PayWall: further operations', () => {
  it('3D model payment → browser step → type-16 general callback', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const code = uniqueCode('model');
    const started = await pw.payments.start3dModel(threeDPayment(code));
    const post = await sim.completeThreeD(started.RedirectUrl as string);
    expect((await pw.callbacks.verifyThreeDReturn(post.fields)).unverified.success).toBe(true);
    const { body } = await sim.buildGeneralCallback({ merchantUniqueCode: code });
    expect((await pw.callbacks.verifyGeneralCallback(body)).unverified.typeName).toBe('VPosSuccess3DModel');
  });

  it('split payment: insurance card model validation and AutoRollback', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const detail = {
      Amount: '30.00',
      MerchantUniqueCode: uniqueCode('sp'),
      CurrencyId: PayWallCurrency.TRY,
      Installment: 1,
      ClientIP: '203.0.113.9',
      CallbackAddress: 'https://shop.example/cb',
    };
    const before = sim.requests.length;
    const e = await pw.payments
      .startSplit({
        PaymentDetail: detail,
        CardModel: 2,
        Payments: [{ Customer: customer, Product: { ProductId: 'a', ProductName: 'A', ProductAmount: 30 }, Card: card() }],
      })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).fields).toContain('Payments.0.Card.CardNoFirst');
    const sum = await pw.payments
      .startSplit({
        PaymentDetail: detail,
        CardModel: 1,
        Payments: [{ Customer: customer, Product: { ProductId: 'a', ProductName: 'A', ProductAmount: 29 }, Card: card() }],
      })
      .catch((x: unknown) => x);
    expect((sum as ValidationError).fields).toEqual(['PaymentDetail.Amount']);
    expect(sim.requests.length).toBe(before);

    const res = (await pw.payments.startSplit({
      PaymentDetail: { ...detail, AutoRollback: true },
      CardModel: 1,
      Payments: [
        { Customer: customer, Product: { ProductId: 'a', ProductName: 'A', ProductAmount: 10 }, Card: card() },
        { Customer: customer, Product: { ProductId: 'b', ProductName: 'B', ProductAmount: 20 }, Card: card(PAYWALL_SIM_CARDS.doNotHonour) },
      ],
    })) as unknown as { Payments: { Result: boolean }[] };
    expect(res.Payments.map((p) => p.Result)).toEqual([true, false]);
    expect(sim.byMerchantCode(`${detail.MerchantUniqueCode}-1`)?.cancelled).toBe(true);
  });

  it('campaign inquiry passes its (undocumented) body through', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    expect(await pw.campaigns.vposInquiry({ BinNumber: '552879', Amount: 10 })).toEqual([]);
    expect(JSON.parse(sim.requests.at(-1)?.body ?? '')).toEqual({ BinNumber: '552879', Amount: 10 });
  });

  it('VPos transaction list sends caller headers lower-cased', async () => {
    nock.disableNetConnect();
    const seen: Record<string, unknown>[] = [];
    nock('https://test-payment-private-api.itspaywall.com')
      .get('/api/paywall/private/vpos/transaction/list')
      .reply(function () {
        seen.push({ ...this.req.headers });
        return [200, { ErrorCode: 0, Result: true, Message: '', Body: [] }];
      });
    await makeClient().vpos.transactionList({ Headers: { DateFrom: '2026-03-09' } });
    expect(seen[0]).toMatchObject({ datefrom: '2026-03-09', apikeyprivate: creds.apiKeyPrivate });
  });

  it('works over loopback HTTP with one baseUrl for every API', async () => {
    const sim = makeSim();
    const server = await listen(sim);
    try {
      const pw = makeClient(undefined, { baseUrl: server.url, environment: undefined });
      const code = uniqueCode('lo');
      await pw.payments.startDirect(directPayment(code));
      const [q] = await Promise.all([pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: code }), pw.cardWall.list({ RelationalId1: 'nobody' })]);
      expect(q.Paywall.StatusId).toBe(4);
      const started = await pw.payments.start3d(threeDPayment());
      expect(started.RedirectUrl?.startsWith(server.url)).toBe(true);
      // The bank's page asks for the SMS code; its answer shows the signed result's post to the return URL.
      const page = await fetch(started.RedirectUrl as string).then((r) => r.text());
      expect(page).toContain('name="code"');
      const answer = new URLSearchParams({ code: SIM_SMS_CODE, action: 'approve' });
      const back = await fetch(`${started.RedirectUrl}/answer`, { method: 'POST', body: answer }).then((r) => r.text());
      expect(back).toContain('action="https://shop.example/paywall/ok"');
      expect(back).toContain('name="hash"');
    } finally {
      await server.close();
    }
  });

  it('hooks and logs never see the key pairs or card data', async () => {
    const sim = makeSim();
    const lines: string[] = [];
    const events: unknown[] = [];
    const logger = {
      debug: (m: string) => lines.push(m),
      info: (m: string) => lines.push(m),
      warn: (m: string) => lines.push(m),
      error: (m: string) => lines.push(m),
    };
    const pw = makeClient(sim, { logger, logLevel: 'debug', hooks: { onRequest: (e) => events.push(e) } });
    await pw.payments.startDirect(directPayment());
    const text = JSON.stringify(events) + lines.join('\n');
    for (const secret of Object.values(creds)) expect(text).not.toContain(secret);
    expect(text).not.toContain(PAYWALL_SIM_CARDS.success);
    expect(events.length).toBe(1);
  });
});

describe('PayWall under faults (simulator)', () => {
  it('a query is retried after a reset; a payment is not, and a dropped answer is recovered with a query', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const code = uniqueCode('fault');
    await pw.payments.startDirect(directPayment(code));
    sim.injectFault({ kind: 'reset' }, { match: (_m, path) => path.endsWith('/private/query') });
    expect((await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: code })).Paywall.StatusId).toBe(4);
    expect(sim.count('GET', '/api/paywall/private/query')).toBe(2);

    const lost = uniqueCode('fault');
    sim.injectFault({ kind: 'drop-response' }, { match: (_m, path) => path.endsWith('/payment/startdirect') });
    const err = await pw.payments.startDirect(directPayment(lost)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'network_error' });
    expect(sim.count('POST', '/api/paywall/payment/startdirect')).toBe(2);
    // The payment went through although the answer was lost: ask PayWall instead of paying again.
    expect((await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: lost })).Paywall.StatusId).toBe(4);
    const again = await pw.payments.startDirect(directPayment(lost)).catch((e: unknown) => e);
    expect(again).toMatchObject({ providerCode: '4' });
  });
});
