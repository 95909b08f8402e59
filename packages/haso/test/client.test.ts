import { createHmac } from 'node:crypto';
import { ConfigurationError, ValidationError } from '@odeme/core';
import { HASO_METHODS, Haso } from '@odeme/haso';
import { describe, expect, it } from 'vitest';
import { BASE, creds, IP } from './helpers.js';

describe('Haso client', () => {
  it('a missing baseUrl or credential is a ConfigurationError', () => {
    expect(() => new Haso({ ...creds })).toThrow(ConfigurationError);
    expect(() => new Haso({ ...creds, baseUrl: 'haso.test' })).toThrow(/absolute URL/);
    expect(() => new Haso({ ...creds, baseUrl: BASE, merchantSalt: '' })).toThrow(/merchantSalt/);
    expect(() => new Haso({ ...creds, baseUrl: BASE, encoding: 'xml' as 'json' })).toThrow(ConfigurationError);
  });

  it('call() sends an undocumented method with merchantId, ipAddress and a token over the given fields', async () => {
    let body: Record<string, unknown> = {};
    let url = '';
    const haso = new Haso({
      ...creds,
      baseUrl: BASE,
      ipAddress: IP,
      logLevel: 'off',
      fetch: async (input, init) => {
        const req = new Request(input, init);
        url = req.url;
        body = await req.json();
        return new Response(JSON.stringify({ Success: true, Data: { message: 'RS100', Foo: 'bar' } }));
      },
    });
    const out = await haso.call<{ Foo: string }>('/RequestV2/ResendKkbPin', { kkbRefNo: 'KKB1' }, ['merchantId', 'ipAddress', 'kkbRefNo']);
    expect(url).toBe(`${BASE}/RequestV2/ResendKkbPin`);
    expect(body).toEqual({
      merchantId: creds.merchantId,
      ipAddress: IP,
      kkbRefNo: 'KKB1',
      requestToken: createHmac('sha256', creds.merchantKey).update(`${creds.merchantId}${IP}KKB1${creds.merchantSalt}`).digest('base64'),
    });
    expect(out).toMatchObject({ Message: 'RS100', Foo: 'bar' });
    await haso.call('/Index/StoreList', {}, null);
    expect(body).not.toHaveProperty('requestToken');
    await expect(haso.call('https://evil.example/x', {}, null)).rejects.toBeInstanceOf(ValidationError);
  });

  it('paths can be overridden per method (e.g. the INFERRED refund path)', async () => {
    const seen: string[] = [];
    const haso = new Haso({
      ...creds,
      baseUrl: BASE,
      ipAddress: IP,
      logLevel: 'off',
      paths: { refundTransaction: '/RequestV2/Refund' },
      fetch: async (input, init) => {
        seen.push(new Request(input, init).url);
        return new Response(JSON.stringify({ Success: true, Data: {} }));
      },
    });
    await haso.refunds.create({ refundId: 'R', merchantOid: 'O', transactionCode: 'T', refundAmount: 1 });
    expect(seen).toEqual([`${BASE}/RequestV2/Refund`]);
    expect(HASO_METHODS.refundTransaction.path).toBe('/RequestV2/RefundTransaction');
  });

  it('the documented rows carry the spec §2.4 orders verbatim', () => {
    const documented = Object.entries(HASO_METHODS)
      .filter(([, r]) => r.source === 'documented')
      .map(([n, r]) => `${n}: ${r.tokenOrder.join(' + ')}`);
    expect(documented).toEqual([
      'sendKkbPinCode: merchantId + ipAddress + kkbRefNo + pinCode',
      'askKkbReportResult: merchantId + ipAddress + kkbRefNo',
      'setLimitFromKds: merchantId + shopperName + shopperSurname + dealerSegment + ipAddress',
      'getPaymentsOfTransaction: merchantId + merchantOid + transactionCode + ipAddress',
      'setPaidPayment: merchantId + merchantOid + paymentCode + paymentReferenceCode + paymentDate + ipAddress',
      'getCustomerTransactions: merchantId + customerId + ipAddress',
      'getCustomerPayments: merchantId + customerId + ipAddress',
      'sendTransactionExpense: merchantId + merchantOid + transactionCode + counterPartyAttorneyFee + expenseAmount + ipAddress',
      'loadCustomerBalance: merchantId + customerId + balanceAmount + ipAddress',
      'setBulkPaidPayment: merchantId + merchantOid + paymentReferenceCode + paymentDate + ipAddress',
      'getPaymentPlanByDealerSegment: merchantId + ipAddress + dealerSegment + orderAmount',
    ]);
  });
});
