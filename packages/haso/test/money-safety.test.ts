import { ConfigurationError, isOdemeError, type OdemeError, ProviderError, UnexpectedResponseError, ValidationError } from '@odeme/core';
import { generateMerchantOid, Haso, parseHasoReturn, readHasoReturn } from '@odeme/haso';
import { describe, expect, it } from 'vitest';
import { BASE, creds, customerWithLimit, IP, simAndClient } from './helpers.js';

/** A client whose fetch records each body and answers `answer` (a HASO envelope). */
function scripted(answer: (body: Record<string, unknown>) => unknown, extra: Record<string, unknown> = {}) {
  const sent: Record<string, unknown>[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(await new Request(input, init).text()) as Record<string, unknown>;
    sent.push(body);
    return new Response(JSON.stringify(answer(body)), { headers: { 'content-type': 'application/json' } });
  };
  const haso = new Haso({ ...creds, baseUrl: BASE, ipAddress: IP, fetch, logLevel: 'off', ...extra });
  return { haso, sent };
}

const ok = (data: Record<string, unknown> = {}) => ({ Success: true, Errors: [], Data: { Message: 'RS100', ...data } });

async function failure(p: Promise<unknown>): Promise<OdemeError> {
  const e = await p.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!isOdemeError(e)) throw new Error(`expected an odeme error, got ${String(e)}`);
  return e;
}

const purchase = { orderAmount: 125_000, selectedInstallment: 3, customerId: '5004' };

describe('extra never shadows a checked field', () => {
  it('an extra key naming a checked field, in any case, is a ValidationError naming it, and nothing is sent', async () => {
    const { haso, sent } = scripted(() => ok());
    for (const key of [
      'orderAmount',
      'ORDERAMOUNT',
      'orderamount',
      'merchantOid',
      'customerID',
      'notCalculateFees',
      'merchantId',
      'MERCHANTID',
      'ipaddress',
      'RequestToken',
    ]) {
      const e = await failure(haso.transactions.create({ ...purchase, merchantOid: 'ORD-1', extra: { [key]: '1' } }));
      expect(e, key).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.path).toBe(`extra.${key}`);
      expect((e as ValidationError).issues[0]?.code).toBe('shadowed_field');
      expect(e.outcome).toBe('not_sent');
      expect(e.reference).toBe('ORD-1');
    }
    // Two extra keys that differ only in case would reach HASO's binder as one field.
    const twin = await failure(haso.transactions.create({ ...purchase, merchantOid: 'ORD-1', extra: { channel: 'web', CHANNEL: 'app' } }));
    expect((twin as ValidationError).issues[0]?.path).toBe('extra.CHANNEL');
    expect(sent).toHaveLength(0);
    // A field the SDK does not model passes as before.
    await haso.transactions.create({ ...purchase, merchantOid: 'ORD-2', extra: { channel: 'web' } });
    expect(sent[0]?.channel).toBe('web');
    expect(sent[0]?.orderAmount).toBe('125000');
  });

  it('holds for every row with extra (refunds, paid reports, the [D] PascalCase row) and for the browser forms', async () => {
    const { haso, sent } = scripted(() => ok());
    const cases: [string, () => Promise<unknown>][] = [
      ['extra.REFUNDAMOUNT', () => haso.refunds.create({ merchantOid: 'O1', transactionCode: 'T1', refundAmount: 100, extra: { REFUNDAMOUNT: '999999' } })],
      ['extra.paymentcode', () => haso.payments.setPaid({ merchantOid: 'O1', paymentCode: 'P1', paymentDate: '2026-01-31', extra: { paymentcode: 'P9' } })],
      ['extra.customerid', () => haso.customers.changeGsmNo({ CustomerId: '5004', NewGsmNo: '5536625050', extra: { customerid: '9' } })],
      ['extra.MerchantId', () => haso.customers.changeGsmNo({ CustomerId: '5004', NewGsmNo: '5536625050', extra: { MerchantId: 'M2' } })],
    ];
    for (const [path, run] of cases) {
      const e = await failure(run());
      expect(e, path).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.path).toBe(path);
    }
    expect(sent).toHaveLength(0);
    const form = {
      token: 't',
      okUrl: 'https://m.example/ok',
      failUrl: 'https://m.example/f',
      callbackUrl: 'https://m.example/c',
      merchantOid: 'O1',
      orderAmount: 100,
    };
    expect(() => haso.browser.transaction({ ...form, extra: { OrderAmount: '1' } })).toThrow(ValidationError);
    expect(() => haso.browser.transaction({ ...form, extra: { MERCHANTID: 'M2' } })).toThrow(ValidationError);
    expect(haso.browser.transaction({ ...form, extra: { lang: 'tr' } }).fields.lang).toBe('tr');
  });

  it('an ad-hoc call may not replace the merchant id, the ip or the token either', async () => {
    const { haso, sent } = scripted(() => ok());
    for (const key of ['merchantId', 'MERCHANTID', 'requestToken', 'IpAddress']) {
      const e = await failure(haso.call('/RequestV2/ResendKkbPin', { kkbRefNo: 'K1', [key]: 'x' }, ['merchantId', 'kkbRefNo', 'ipAddress']));
      expect(e, key).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.path).toBe(key);
    }
    expect(sent).toHaveLength(0);
    await haso.call('/RequestV2/ResendKkbPin', { kkbRefNo: 'K1' }, ['merchantId', 'kkbRefNo', 'ipAddress']);
    expect(sent[0]?.merchantId).toBe(creds.merchantId);
  });
});

describe('references of money rows', () => {
  it('transactions.create: merchantOid generated (20 characters, HASO String(20)) when left out, signed, on the result', async () => {
    const { sim, haso } = simAndClient();
    const customerId = await customerWithLimit(haso, sim);
    const tx = await haso.transactions.create({ orderAmount: 125_000, selectedInstallment: 3, customerId });
    expect(tx.reference).toMatch(/^[0-9A-Z]{20}$/);
    const wire = JSON.parse(sim.requests.at(-1)?.body ?? '{}') as Record<string, unknown>;
    expect(wire.merchantOid).toBe(tx.reference);
    expect(tx.merchantOid).toBe(tx.reference);
    const mine = await haso.transactions.create({ merchantOid: 'ORD-9', orderAmount: 10_000, selectedInstallment: 3, customerId });
    expect(mine.reference).toBe('ORD-9');
    // The plan is found again by it.
    const plan = await haso.transactions.paymentPlan({ merchantOid: tx.reference, transactionCode: tx.transactionCode as string });
    expect(plan.PaymentPlan?.length).toBeGreaterThan(0);
  });

  it('refunds.create: refundId generated when left out; refunds.check finds the refund by the reference; a resend is H307, never a second refund', async () => {
    const { sim, haso } = simAndClient();
    const customerId = await customerWithLimit(haso, sim);
    const tx = await haso.transactions.create({ merchantOid: 'ORD-R1', orderAmount: 30_000, selectedInstallment: 3, customerId });
    const refund = await haso.refunds.create({ merchantOid: 'ORD-R1', transactionCode: tx.transactionCode as string, refundAmount: 10_000 });
    expect(refund.reference).toMatch(/^[0-9a-f-]{36}$/);
    expect((await haso.refunds.check({ refundId: refund.reference })).RefundId).toBe(refund.reference);
    const again = await failure(
      haso.refunds.create({ refundId: refund.reference, merchantOid: 'ORD-R1', transactionCode: tx.transactionCode as string, refundAmount: 10_000 }),
    );
    expect((again as ProviderError).providerCode).toBe('H307');
    expect(again.reference).toBe(refund.reference);
  });

  it('rows on an existing order carry its merchantOid; a balance load carries your paymentReferenceCode', async () => {
    const { haso } = scripted(() => ok());
    expect((await haso.payments.setPaid({ merchantOid: 'O7', paymentCode: 'P1', paymentDate: '2026-01-31' })).reference).toBe('O7');
    expect((await haso.payments.setBulkPaid({ merchantOid: 'O8', paymentCodes: ['P1'], paymentDate: '2026-01-31' })).reference).toBe('O8');
    expect((await haso.enforcement.report({ merchantOid: 'O9', transactionCode: 'T1' })).reference).toBe('O9');
    expect(
      (await haso.customers.loadBalance({ customerId: '5004', balanceAmount: 100, paymentDate: '2026-01-31', paymentReferenceCode: 'EFT-1' })).reference,
    ).toBe('EFT-1');
  });

  it('generateMerchantOid draws 20 characters of 0-9A-Z, evenly', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 500; i++) for (const c of generateMerchantOid()) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect([...counts.keys()].every((c) => /[0-9A-Z]/.test(c))).toBe(true);
    expect(counts.size).toBe(36);
    // 10,000 draws over 36 symbols: each near 278; a biased map would leave some far off.
    for (const n of counts.values()) expect(n).toBeGreaterThan(180);
  });
});

describe("success needs HASO's marker", () => {
  const answers: [string, unknown][] = [
    ['{}', {}],
    ['Success as text', { Success: 'true', Data: { Message: 'RS100' } }],
    ['a bare Data', { Message: 'RS100', transactionCode: 'T1' }],
    ['null', null],
  ];
  for (const [name, body] of answers) {
    it(`200 ${name} on a money call is UnexpectedResponseError, outcome unknown, sent once`, async () => {
      const { haso, sent } = scripted(() => body);
      const e = await failure(haso.transactions.create({ ...purchase, merchantOid: 'ORD-5' }));
      expect(e).toBeInstanceOf(UnexpectedResponseError);
      expect(e.outcome).toBe('unknown');
      expect(e.reference).toBe('ORD-5');
      expect(sent).toHaveLength(1);
    });
  }

  it('5.6 / 5.20 document RS100 as their success: Success: true without it is not trusted', async () => {
    const { haso } = scripted(() => ({ Success: true, Errors: [], Data: {} }));
    const e = await failure(haso.payments.setPaid({ merchantOid: 'O1', paymentCode: 'P1', paymentDate: '2026-01-31' }));
    expect(e).toBeInstanceOf(UnexpectedResponseError);
    expect(e.outcome).toBe('unknown');
    // Rows whose docs give no result code keep Success: true as their marker.
    expect((await haso.enforcement.report({ merchantOid: 'O1', transactionCode: 'T1' })).reference).toBe('O1');
  });

  it('a code listed in unknownOutcomeCodes gives outcome unknown on a money call; others stay rejected', async () => {
    const refusal = { Success: false, Errors: ['H999 Sistem hatası, sonuç belirsiz'], Data: null };
    const listed = scripted(() => refusal, { unknownOutcomeCodes: ['H999'] });
    const e = await failure(listed.haso.transactions.create({ ...purchase, merchantOid: 'ORD-6' }));
    expect(e).toBeInstanceOf(ProviderError);
    expect(e.outcome).toBe('unknown');
    const plain = scripted(() => refusal);
    expect((await failure(plain.haso.transactions.create({ ...purchase, merchantOid: 'ORD-6' }))).outcome).toBe('rejected');
    expect(() => new Haso({ ...creds, baseUrl: BASE, unknownOutcomeCodes: 'H999' as never })).toThrow(ConfigurationError);
  });
});

describe('return posts', () => {
  const url = 'https://shop.example/haso/ok';
  const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request(url, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  const form = 'merchantOid=ORD-1&transactionCode=T77&customerId=5004';

  it('reads a post from a Request; nothing on it is verified', async () => {
    const r = await readHasoReturn(post(form, { 'content-type': 'application/x-www-form-urlencoded' }), 'ok');
    expect(r).toMatchObject({ verified: false, kind: 'ok', merchantOid: 'ORD-1', transactionCode: 'T77', customerId: '5004' });
  });

  it('oversized, unreadable, already-read and malformed posts are ValidationErrors (answer 400), never untyped', async () => {
    const stream = (chunks: number, size: number, fail = false) =>
      new ReadableStream({
        start(c) {
          for (let i = 0; i < chunks; i++) c.enqueue(new TextEncoder().encode('x'.repeat(size)));
          if (fail) c.error(new Error('connection reset'));
          else c.close();
        },
      });
    const used = post(form);
    await used.text();
    const cases: [string, () => Promise<unknown>, string][] = [
      ['declared too large', () => readHasoReturn(post(`${form}&pad=${'x'.repeat(70 * 1024)}`), 'ok'), 'too_big'],
      ['streamed too large', () => readHasoReturn(post(stream(20, 8 * 1024)), 'ok'), 'too_big'],
      ['reset mid-body', () => readHasoReturn(post(stream(2, 100, true)), 'ok'), 'unreadable'],
      ['already read', () => readHasoReturn(used, 'ok'), 'unreadable'],
      ['text too large', async () => parseHasoReturn(`${form}&pad=${'ş'.repeat(40 * 1024)}`, 'ok'), 'too_big'],
      ['JSON that is not an object', async () => parseHasoReturn('{"a":', 'callback'), 'invalid_body'],
      ['merchantOid twice', async () => parseHasoReturn(`${form}&MERCHANTOID=ORD-2`, 'ok'), 'duplicate_field'],
      ['not an object', async () => parseHasoReturn(42 as never, 'ok'), 'invalid_body'],
    ];
    for (const [name, run, code] of cases) {
      const e = await run().then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e, name).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.code, name).toBe(code);
    }
    expect(parseHasoReturn(`${form}&pad=${'x'.repeat(70 * 1024)}`, 'ok', { maxBodyBytes: 1024 * 1024 }).merchantOid).toBe('ORD-1');
    expect(() => parseHasoReturn(form, 'ok', { maxBodyBytes: 0 })).toThrow(ConfigurationError);
  });
});
