import { createHmac } from 'node:crypto';
import { Haso } from '@odeme/haso';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASE, creds, IP } from './helpers.js';

const token = (text: string) => createHmac('sha256', creds.merchantKey).update(text).digest('base64');
const ok = { Success: true, Errors: [], Data: { Message: 'RS100' } };
const client = (encoding: 'json' | 'form') =>
  new Haso({ ...creds, baseUrl: BASE, ipAddress: IP, encoding, logLevel: 'off', retry: { initialDelayMs: 1, maxDelayMs: 5 } });

describe('exact wire (nock)', () => {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('5.14 SendTransactionExpense as JSON: ×100 digit strings, token last', async () => {
    const t = token(`M10042OID-1TX95000012345${IP}${creds.merchantSalt}`);
    const expected = `{"merchantId":"M10042","ipAddress":"${IP}","transactionCode":"TX9","merchantOid":"OID-1","counterPartyAttorneyFee":"50000","expenseAmount":"12345","requestToken":"${t}"}`;
    let seen = '';
    let type = '';
    const scope = nock(BASE)
      .post('/RequestV2/SendTransactionExpense', (b) => {
        seen = JSON.stringify(b);
        return true;
      })
      .reply(function () {
        type = String(this.req.headers['content-type']);
        return [
          200,
          {
            Success: true,
            Errors: [],
            Data: { paymentPlan: [{ installmentNo: 1, InstallmentPayment: '125.5', TermDate: '2026-02-28', totalexpenseamount: 623.45 }] },
          },
        ];
      });
    const out = await client('json').enforcement.sendExpense({
      merchantOid: 'OID-1',
      transactionCode: 'TX9',
      counterPartyAttorneyFee: 50_000,
      expenseAmount: 12_345,
    });
    expect(seen).toBe(expected);
    expect(type).toBe('application/json; charset=utf-8');
    expect(scope.isDone()).toBe(true);
    // Data keys in any case land on the documented spelling, with kuruş twins.
    expect(out.PaymentPlan?.[0]).toMatchObject({
      InstallmentNo: 1,
      installmentPayment: '125.5',
      installmentPaymentKurus: 12_550,
      termDate: '2026-02-28',
      totalExpenseAmountKurus: 62_345,
    });
  });

  it('5.14 as application/x-www-form-urlencoded, byte for byte', async () => {
    const t = token(`M10042OID-1TX95000012345${IP}${creds.merchantSalt}`);
    const expected = `merchantId=M10042&ipAddress=${IP}&transactionCode=TX9&merchantOid=OID-1&counterPartyAttorneyFee=50000&expenseAmount=12345&requestToken=${encodeURIComponent(t).replace(/%20/g, '+')}`;
    let raw = '';
    nock(BASE)
      .matchHeader('content-type', 'application/x-www-form-urlencoded; charset=utf-8')
      .post('/RequestV2/SendTransactionExpense')
      .reply((_uri, body) => {
        raw = typeof body === 'string' ? body : `not raw: ${JSON.stringify(body)}`;
        return [200, ok];
      });
    await client('form').enforcement.sendExpense({ merchantOid: 'OID-1', transactionCode: 'TX9', counterPartyAttorneyFee: 50_000, expenseAmount: 12_345 });
    expect(raw).toBe(expected);
  });

  it('5.20 lists and 5.3 basket lines in form encoding use ASP.NET indexed names', async () => {
    const bodies: string[] = [];
    nock(BASE)
      .post(/.*/, (b) => {
        bodies.push(typeof b === 'string' ? b : new URLSearchParams(b as Record<string, string>).toString());
        return true;
      })
      .times(2)
      .reply(200, ok);
    const h = client('form');
    await h.payments.setBulkPaid({ merchantOid: 'OID-1', paymentCodes: ['P1', 'P2'], paymentDate: '2026-01-15' });
    await h.transactions.create({
      merchantOid: 'OID-2',
      orderAmount: 71_999,
      selectedInstallment: 1,
      customerId: '5004',
      basketList: [{ skuCode: 'S1', skuAmount: 71_999 }],
    });
    const bulk = new URLSearchParams(bodies[0]);
    expect([...bulk.keys()]).toEqual(['merchantId', 'ipAddress', 'paymentCodes[0]', 'paymentCodes[1]', 'merchantOid', 'paymentDate', 'requestToken']);
    expect(bulk.get('requestToken')).toBe(token(`M10042OID-12026-01-15${IP}${creds.merchantSalt}`));
    const create = new URLSearchParams(bodies[1]);
    expect(create.get('basketList[0].skuCode')).toBe('S1');
    expect(create.get('basketList[0].skuAmount')).toBe('71999');
    expect(create.get('orderAmount')).toBe('71999');
  });

  it('JSON keeps the documented types: orderAmount a string, kdsLimit and skuAmount ints, lists as arrays', async () => {
    const bodies: Record<string, unknown>[] = [];
    nock(BASE)
      .post(/.*/, (b) => {
        bodies.push(b as Record<string, unknown>);
        return true;
      })
      .times(2)
      .reply(200, ok);
    const h = client('json');
    await h.transactions.create({
      merchantOid: 'OID-2',
      orderAmount: 71_999,
      selectedInstallment: 1,
      customerId: '5004',
      basketList: [{ skuCode: 'S1', skuAmount: 71_999 }],
    });
    await h.limits.setFromKds({
      shopperName: 'A',
      shopperSurname: 'B',
      tckn: '10000000146',
      mobileNumber: '5161112233',
      email: 'a@b.co',
      birthDate: '1990-01-02',
      dealerSegment: 'S',
      kdsLimit: 500_000,
    });
    expect(bodies[0]).toMatchObject({ orderAmount: '71999', selectedInstallment: 1, basketList: [{ skuCode: 'S1', skuAmount: 71_999 }] });
    expect(bodies[1]).toMatchObject({ kdsLimit: 500_000, birthDate: '1990-01-02' });
  });

  it('a read is retried after a 503; a money-moving call is sent once', async () => {
    nock(BASE).post('/Index/GetPaymentsOfTransaction').reply(503, 'busy').post('/Index/GetPaymentsOfTransaction').reply(200, ok);
    await expect(client('json').transactions.paymentPlan({ merchantOid: 'O', transactionCode: 'T' })).resolves.toMatchObject({ Message: 'RS100' });
    const scope = nock(BASE).post('/RequestV2/SetPaidPayment').reply(503, 'busy');
    await expect(client('json').payments.setPaid({ merchantOid: 'O', paymentCode: 'P', paymentDate: '2026-01-01' })).rejects.toMatchObject({
      code: 'http_error',
      status: 503,
    });
    expect(scope.isDone()).toBe(true);
  });
});
