import { HttpError, ProviderError, UnexpectedResponseError } from '@odeme/core';
import { Haso, responseOf } from '@odeme/haso';
import { describe, expect, it } from 'vitest';
import { BASE, creds, IP } from './helpers.js';

const answering = (status: number, body: unknown) =>
  new Haso({
    ...creds,
    baseUrl: BASE,
    ipAddress: IP,
    logLevel: 'off',
    maxRetries: 0,
    fetch: async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  });

const refund = (h: Haso) => h.refunds.create({ refundId: 'R1', merchantOid: 'O1', transactionCode: 'T1', refundAmount: 100 });

describe('Success / Errors / Data envelope', () => {
  it('Success false → ProviderError with the errors and the code', async () => {
    const e = (await refund(answering(200, { Success: false, Errors: ['H307 İade daha önce yapıldı'], Data: null })).catch((x: unknown) => x)) as ProviderError;
    expect(e).toBeInstanceOf(ProviderError);
    expect(e.providerCode).toBe('H307');
    expect(e.details?.errors).toEqual(['H307 İade daha önce yapıldı']);
    expect(e.operation).toBe('refunds.create');
  });

  it('RS115 keeps KkbPhones in details, whatever the key case; lower-case "success" is read too', async () => {
    const h = answering(200, { success: false, errors: ['Numara kullanılamaz'], data: { message: 'RS115', kkbphones: ['5321112233', '5051112233'] } });
    const e = (await h.customers.changeGsmNo({ CustomerId: '5004', NewGsmNo: '5536625050' }).catch((x: unknown) => x)) as ProviderError;
    expect(e.providerCode).toBe('RS115');
    expect(e.details?.kkbPhones).toEqual(['5321112233', '5051112233']);
  });

  it('a non-success Message code with Success true is still a refusal; RS100 is success', async () => {
    const e = (await answering(200, { Success: true, Data: { Message: 'H311' } })
      .customers.changeGsmNo({ CustomerId: '5004', NewGsmNo: '5536625050' })
      .catch((x: unknown) => x)) as ProviderError;
    expect(e.providerCode).toBe('H311');
    const ok = await answering(200, { Success: true, Data: { MESSAGE: 'RS100' } }).customers.changeGsmNo({ CustomerId: '5004', NewGsmNo: '5536625050' });
    expect(ok.Message).toBe('RS100');
  });

  it('successCodes can widen what counts as success', async () => {
    const h = new Haso({
      ...creds,
      baseUrl: BASE,
      ipAddress: IP,
      logLevel: 'off',
      successCodes: ['RS100', 'RS101'],
      fetch: async () => new Response(JSON.stringify({ Success: true, Data: { Message: 'RS101' } })),
    });
    await expect(refund(h)).resolves.toMatchObject({ Message: 'RS101' });
  });

  it('unknown Data fields pass through; CustomerInfo decimals get kuruş twins', async () => {
    const out = await answering(200, { Success: true, Data: { customerinfo: { CustomerLimit: 12345.67, Segment: 'X' }, Extra: 1 } }).customers.getInformation({
      orderAmount: 100,
    });
    expect(out.CustomerInfo).toMatchObject({ CustomerLimit: 12345.67, CustomerLimitKurus: 1_234_567, Segment: 'X' });
    // Closed to the compiler (a misspelt field does not compile), open at run time and on `responseOf(out).data`.
    // @ts-expect-error Extra is not a field HASO documents
    expect(out.Extra).toBe(1);
    expect((responseOf(out)?.data as { Extra?: number } | undefined)?.Extra).toBe(1);
  });

  it('statuses and refund amounts HASO adds later still pass; refunded amounts get a kuruş twin', async () => {
    const plan = await answering(200, {
      Success: true,
      Data: {
        PaymentPlan: [
          { InstallmentNo: 1, paymentStatus: 9 },
          { InstallmentNo: 2, paymentStatus: '3' },
        ],
      },
    }).transactions.paymentPlan({ merchantOid: 'O1', transactionCode: 'T1' });
    expect(plan.PaymentPlan?.map((p) => p.paymentStatus)).toEqual([9, 3]);
    const r = await refund(answering(200, { Success: true, Data: { RefundStatus: 'Later', refundAmount: '100.50' } }));
    expect(r).toMatchObject({ RefundStatus: 'Later', refundAmount: '100.50', refundAmountKurus: 10_050, reference: 'R1' });
  });

  it('no envelope: HTML on 200 → UnexpectedResponseError; 500 text → HttpError; envelope on 400 → ProviderError', async () => {
    await expect(refund(answering(200, '<html>oops</html>'))).rejects.toBeInstanceOf(UnexpectedResponseError);
    await expect(refund(answering(500, 'down'))).rejects.toBeInstanceOf(HttpError);
    await expect(refund(answering(400, { Success: false, Errors: ['Hatalı istek'] }))).rejects.toBeInstanceOf(ProviderError);
  });

  it('errors never carry the merchant key or salt', async () => {
    const e = (await refund(answering(200, { Success: false, Errors: [`bad token for ${creds.merchantSalt}`] })).catch((x: unknown) => x)) as ProviderError;
    expect(JSON.stringify(e.toJSON())).not.toContain(creds.merchantSalt);
    expect(e.message).not.toContain(creds.merchantSalt);
  });
});
