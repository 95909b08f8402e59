import { createHmac } from 'node:crypto';
import { ValidationError } from '@odeme/core';
import { HASO_METHODS, Haso, type HasoMethodName, hasoRequestToken } from '@odeme/haso';
import { describe, expect, it } from 'vitest';
import { BASE, creds, IP } from './helpers.js';

const { merchantId: M, merchantKey: K, merchantSalt: S } = creds;
const expected = (text: string) => createHmac('sha256', K).update(text, 'utf8').digest('base64');

/** A client whose fetch records the body and answers a success envelope (RS100, the code 5.6 and 5.20 document for success). */
function capturing(options: Partial<ConstructorParameters<typeof Haso>[0]> = {}) {
  const bodies: Record<string, unknown>[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    bodies.push(JSON.parse(await req.text()));
    return new Response(JSON.stringify({ Success: true, Errors: [], Data: { Message: 'RS100' } }), { headers: { 'content-type': 'application/json' } });
  };
  const haso = new Haso({ ...creds, baseUrl: BASE, ipAddress: IP, fetch, logLevel: 'off', ...options });
  return { haso, last: () => bodies.at(-1) as Record<string, unknown> };
}

// Each case: the call, and the token text written out by hand from spec §2.4 (documented) or from the
// SDK's documented default (inferred). Vectors are computed here with node:crypto, not with the SDK.
const cases: [HasoMethodName, (h: Haso) => Promise<unknown>, string][] = [
  ['getCustomerInformation', (h) => h.customers.getInformation({ customerId: '5004', orderAmount: 50_000 }), `${M}500450000${IP}${S}`],
  [
    'hasoAuthSendInfo',
    (h) => h.limits.start({ shopperName: 'Ali', shopperSurname: 'Veli', tckn: '10000000146', mobileNumber: '5161112233', email: 'a@b.co' }),
    `${M}AliVeli100000001465161112233${IP}${S}`,
  ],
  ['sendKkbPinCode', (h) => h.limits.confirmPin({ kkbRefNo: 'KKB77', pinCode: '123456' }), `${M}${IP}KKB77123456${S}`],
  ['askKkbReportResult', (h) => h.limits.askReportResult({ kkbRefNo: 'KKB77' }), `${M}${IP}KKB77${S}`],
  [
    'setLimitFromKds',
    (h) =>
      h.limits.setFromKds({
        shopperName: 'Ali',
        shopperSurname: 'Veli',
        tckn: '10000000146',
        mobileNumber: '5161112233',
        email: 'a@b.co',
        birthDate: '1990-01-02',
        dealerSegment: 'SEG1',
        kdsLimit: 1_000_000,
      }),
    `${M}AliVeliSEG1${IP}${S}`,
  ],
  [
    'createTransaction',
    (h) => h.transactions.create({ merchantOid: 'OID-1', orderAmount: 50_000, selectedInstallment: 3, customerId: '5004' }),
    `${M}OID-15004500003${IP}${S}`,
  ],
  ['getPaymentsOfTransaction', (h) => h.transactions.paymentPlan({ merchantOid: 'OID-1', transactionCode: 'TX9' }), `${M}OID-1TX9${IP}${S}`],
  [
    'setPaidPayment',
    (h) => h.payments.setPaid({ merchantOid: 'OID-1', paymentCode: 'P1', paymentReferenceCode: 'REF', paymentDate: new Date('2026-03-04T22:30:00Z') }),
    `${M}OID-1P1REF2026-03-05${IP}${S}`,
  ],
  [
    'refundTransaction',
    (h) => h.refunds.create({ refundId: 'R1', merchantOid: 'OID-1', transactionCode: 'TX9', refundAmount: 1_250 }),
    `${M}OID-1TX9R11250${IP}${S}`,
  ],
  ['checkRefund', (h) => h.refunds.check({ refundId: 'R1' }), `${M}R1${IP}${S}`],
  ['getCustomerTransactions', (h) => h.customers.transactions({ customerId: '5004', pageNo: 2 }), `${M}5004${IP}${S}`],
  ['getCustomerPayments', (h) => h.customers.payments({ customerId: '5004', paymentStatuses: [0, 3] }), `${M}5004${IP}${S}`],
  ['sendExecutionTransaction', (h) => h.enforcement.report({ merchantOid: 'OID-1', transactionCode: 'TX9' }), `${M}OID-1TX9${IP}${S}`],
  [
    'sendTransactionExpense',
    (h) => h.enforcement.sendExpense({ merchantOid: 'OID-1', transactionCode: 'TX9', counterPartyAttorneyFee: 50_000, expenseAmount: 12_345 }),
    `${M}OID-1TX95000012345${IP}${S}`,
  ],
  ['changeCustomerGsmNo', (h) => h.customers.changeGsmNo({ CustomerId: '5004', NewGsmNo: '5536625050' }), `${M}50045536625050${IP}${S}`],
  ['loadCustomerBalance', (h) => h.customers.loadBalance({ customerId: '5004', balanceAmount: 7_500, paymentDate: '2026-01-15' }), `${M}50047500${IP}${S}`],
  [
    'setBulkPaidPayment',
    (h) => h.payments.setBulkPaid({ merchantOid: 'OID-1', paymentCodes: ['P1', 'P2'], paymentDate: '2026-01-15' }),
    `${M}OID-12026-01-15${IP}${S}`,
  ],
  ['getPaymentPlanByDealerSegment', (h) => h.transactions.planByDealerSegment({ dealerSegment: 'SEG1', orderAmount: 50_000 }), `${M}${IP}SEG150000${S}`],
  ['getToken', (h) => h.tokens.get({ merchantOid: 'OID-1', orderAmount: 50_000 }), `${M}OID-150000${IP}${S}`],
];

describe('requestToken', () => {
  it('covers every row of the method table', () => {
    expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(HASO_METHODS).sort());
  });

  it.each(cases)('%s: token on the wire equals base64(HMAC-SHA256(merchantKey, fields + salt))', async (_name, run, text) => {
    const { haso, last } = capturing();
    await run(haso);
    expect(last().requestToken).toBe(expected(text));
  });

  it('reproduces a fixed vector (5.14 from the seed, values chosen here)', async () => {
    const text = 'M10042ORD-1TX9500001234585.105.1.1salt';
    expect(await hasoRequestToken(['M10042', 'ORD-1', 'TX9', '50000', '12345', '85.105.1.1'], 'salt', 'key')).toBe(
      createHmac('sha256', 'key').update(text).digest('base64'),
    );
  });

  it('joins an absent optional value as an empty string (paymentReferenceCode)', async () => {
    const { haso, last } = capturing();
    await haso.payments.setPaid({ merchantOid: 'OID-1', paymentCode: 'P1', paymentDate: '2026-01-15' });
    expect(last()).not.toHaveProperty('paymentReferenceCode');
    expect(last().requestToken).toBe(expected(`${M}OID-1P12026-01-15${IP}${S}`));
  });

  it('refuses, before sending, a signed call with no ipAddress from the call or the client (the spec: always sent)', async () => {
    const { haso, last } = capturing({ ipAddress: undefined });
    const e = (await haso.payments.setPaid({ merchantOid: 'OID-1', paymentCode: 'P1', paymentDate: '2026-01-15' }).catch((x: unknown) => x)) as ValidationError;
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.fields).toEqual(['ipAddress']);
    expect(e.outcome).toBe('not_sent');
    expect(last()).toBeUndefined();
    // The call's own ipAddress is enough; a method whose token does not sign it needs none.
    await haso.payments.setPaid({ merchantOid: 'OID-1', paymentCode: 'P1', paymentDate: '2026-01-15', ipAddress: '198.51.100.9' });
    expect(last().ipAddress).toBe('198.51.100.9');
    const unsigned = capturing({ ipAddress: undefined, tokenOrders: { checkRefund: ['merchantId', 'refundId'] } });
    await unsigned.haso.refunds.check({ refundId: 'R1' });
    expect(unsigned.last()).not.toHaveProperty('ipAddress');
  });

  it('signs the per-call ipAddress, the same value the body carries', async () => {
    const { haso, last } = capturing();
    await haso.limits.askReportResult({ kkbRefNo: 'KKB1', ipAddress: '198.51.100.9' });
    expect(last().ipAddress).toBe('198.51.100.9');
    expect(last().requestToken).toBe(expected(`${M}198.51.100.9KKB1${S}`));
  });

  it('takes a per-method order override, and null sends no token', async () => {
    const { haso, last } = capturing({ tokenOrders: { checkRefund: ['refundId', 'merchantId'], changeCustomerGsmNo: null } });
    await haso.refunds.check({ refundId: 'R1' });
    expect(last().requestToken).toBe(expected(`R1${M}${S}`));
    await haso.customers.changeGsmNo({ CustomerId: '5004', NewGsmNo: '5536625050' });
    expect(last()).not.toHaveProperty('requestToken');
    expect(await haso.requestTokenFor('sendKkbPinCode', { kkbRefNo: 'K', pinCode: '1' })).toBe(expected(`${M}${IP}K1${S}`));
  });

  it('UTF-8 text (Turkish names) is signed as UTF-8 bytes', async () => {
    const { haso, last } = capturing();
    await haso.limits.setFromKds({
      shopperName: 'Çağrı',
      shopperSurname: 'Öztürk',
      tckn: '10000000146',
      mobileNumber: '5161112233',
      email: 'c@o.tr',
      birthDate: '1990-01-02',
      dealerSegment: 'Ş1',
      kdsLimit: 0,
    });
    expect(last().requestToken).toBe(
      createHmac('sha256', K)
        .update(Buffer.from(`${M}ÇağrıÖztürkŞ1${IP}${S}`, 'utf8'))
        .digest('base64'),
    );
  });
});
