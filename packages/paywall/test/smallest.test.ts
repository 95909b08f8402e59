import { ConfigurationError, PaymentDeclinedError, Transport, ValidationError } from '@odeme/core';
import { createPayWallTransport, paymentsStartDirect, refundsCreate } from '@odeme/paywall';
import { PAYWALL_SIM_CARDS } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { creds, directPayment, makeSim, uniqueCode } from './helpers';

// The smallest use of the package: the factory and one row, no client.
const publicOnly = { apiKeyPublic: creds.apiKeyPublic, apiClientPublic: creds.apiClientPublic };

function setup() {
  const sim = makeSim();
  const paywall = createPayWallTransport({ ...publicOnly, environment: 'test', fetch: sim.fetch, logLevel: 'off' });
  return { sim, paywall };
}

describe('createPayWallTransport + paymentsStartDirect', () => {
  it('makes a direct payment against the simulator', async () => {
    const { sim, paywall } = setup();
    expect(paywall).toBeInstanceOf(Transport);
    const code = uniqueCode('small');
    const result = await paywall.call(paymentsStartDirect, directPayment(code));
    expect(result.Payment?.MerchantUniqueKey).toBe(code);
    expect(typeof result.Payment?.PaymentId).toBe('number');
    const sent = sim.requests.at(-1);
    expect(sent?.path).toBe('/api/paywall/payment/startdirect');
    expect(sent?.headers.apikeypublic).toBe(creds.apiKeyPublic);
    expect(sent?.headers.apiclientpublic).toBe(creds.apiClientPublic);
    expect(sent?.headers.apikeyprivate).toBeUndefined();
    // The simulator recorded a successful 15.50 TL payment.
    expect(sim.byMerchantCode(code)).toMatchObject({ statusId: 4, amountKurus: 1550, paymentId: result.Payment?.PaymentId });
  });

  it('a decline is the same typed error as through the client', async () => {
    const { paywall } = setup();
    const e = await paywall.call(paymentsStartDirect, directPayment(uniqueCode('small'), PAYWALL_SIM_CARDS.insufficientFunds)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PaymentDeclinedError);
    expect((e as PaymentDeclinedError).details?.bankErrorMessage).toBe('Bakiye yetersiz — İşlem onaylanmadı');
  });

  it('its typed input refuses a bad one with a ValidationError before any request', async () => {
    const { sim, paywall } = setup();
    const good = directPayment();
    const { PaymentDetail: _dropped, ...noDetail } = good;
    // @ts-expect-error PaymentDetail is required by the row's input type
    const missing = await paywall.call(paymentsStartDirect, noDetail).catch((x: unknown) => x);
    expect(missing).toBeInstanceOf(ValidationError);
    expect((missing as ValidationError).fields).toEqual(['PaymentDetail']);
    // @ts-expect-error Amount is a TL number or decimal string, not a boolean
    const wrongType = await paywall.call(paymentsStartDirect, { ...good, PaymentDetail: { ...good.PaymentDetail, Amount: true } }).catch((x: unknown) => x);
    expect(wrongType).toBeInstanceOf(ValidationError);
    expect((wrongType as ValidationError).fields).toEqual(['PaymentDetail.Amount']);
    const sum = await paywall.call(paymentsStartDirect, { ...good, PaymentDetail: { ...good.PaymentDetail, Amount: '15.51' } }).catch((x: unknown) => x);
    expect(sum).toBeInstanceOf(ValidationError);
    expect((sum as ValidationError).fields).toEqual(['PaymentDetail.Amount']);
    expect(sim.requests).toHaveLength(0);
  });

  it('checks its options as the client does, and refuses a private-pair row before validating it', async () => {
    expect(() => createPayWallTransport({ apiKeyPublic: '', apiClientPublic: 'x', environment: 'test' })).toThrow(ConfigurationError);
    expect(() => createPayWallTransport({ ...publicOnly, apiKeyPrivate: 'k' })).toThrow(/both apiKeyPrivate and apiClientPrivate/);
    expect(() => createPayWallTransport(publicOnly)).toThrow(/environment/);
    const { sim, paywall } = setup();
    // An invalid input, yet the missing private pair is what is reported.
    const e = await paywall.call(refundsCreate, { MerchantUniqueCode: '' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigurationError);
    expect((e as ConfigurationError).message).toContain('private pair');
    expect(sim.requests).toHaveLength(0);
  });
});
