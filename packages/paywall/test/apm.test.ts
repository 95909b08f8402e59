import {
  type ApmPayByKeyParams,
  type ApmPayment,
  type ApmPaymentState,
  type ApmProvider,
  type ApmRedirect,
  type ApmTransaction,
  ProviderError,
  payWallOperations,
  ValidationError,
} from '@odeme/paywall';
import { completeApmPage, PAYWALL_SIM_APM_OTP } from '@odeme/testkit';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { creds, makeClient, makeSim, uniqueCode } from './helpers';

function setup() {
  const sim = makeSim();
  return { sim, pw: makeClient(sim) };
}

const wireOf = (sim: ReturnType<typeof makeSim>, suffix: string) => {
  const r = sim.requests.filter((x) => x.path.toLowerCase().endsWith(suffix)).at(-1);
  if (!r) throw new Error(`nothing sent to ${suffix}`);
  return r;
};

const page = (extra: Partial<ApmPayByKeyParams> = {}): ApmPayByKeyParams => ({
  ApmKey: 'sim-direct',
  CurrencyId: 1,
  MerchantSuccessBackUrl: 'https://shop.example/apm/ok',
  MerchantFailBackUrl: 'https://shop.example/apm/fail',
  Amount: 150,
  ...extra,
});

describe('PayWall APM', () => {
  it('every row moves money or not as it should, and each money row has its reference field', () => {
    const rows = payWallOperations.apm;
    const moving = Object.entries(rows)
      .filter(([, r]) => r.movesMoney)
      .map(([k, r]) => [k, r.reference?.field]);
    expect(Object.fromEntries(moving)).toEqual({
      pay: 'MerchantUniqueCode',
      confirmOtp: 'UniqueCode',
      qrGenerate: 'MerchantUniqueCode',
      payById: 'MerchantUniqueCode',
      payByKey: 'MerchantUniqueCode',
      refund: 'UniqueCode',
      refundPartial: 'UniqueCode',
      closeProvision: 'UniqueCode',
      cancelProvision: 'UniqueCode',
    });
    expect([rows.list.movesMoney, rows.query.movesMoney]).toEqual([false, false]);
  });

  it('lists the providers, filtered by the header parameters', async () => {
    const { sim, pw } = setup();
    const all = await pw.apm.list();
    expectTypeOf(all).toEqualTypeOf<ApmProvider[]>();
    expect(all.map((p) => p.ProviderKey)).toEqual(['sim-wallet', 'sim-direct', 'sim-preauth']);
    const qr = await pw.apm.list({ CurrencyId: 1, FocusedFeature: 'qr', DistinctDuplicates: true });
    expect(qr.map((p) => [p.ProviderKey, p.Features?.QrBased])).toEqual([['sim-wallet', true]]);
    const wire = wireOf(sim, '/apm/list');
    expect([wire.headers.currencyid, wire.headers.focusedfeature, wire.headers.distinctduplicates]).toEqual(['1', 'qr', 'true']);
    expect(wire.headers.apikeypublic).toBe(creds.apiKeyPublic);
    expect(wire.headers.apikeyprivate).toBe(creds.apiKeyPrivate);
    expect((await pw.apm.list({ CurrencyId: 2 })).map((p) => p.ConnectionId)).toEqual([202]);
  });

  it('an OTP payment: sent once with its generated reference, a wrong code refused, the right one settles it', async () => {
    const { sim, pw } = setup();
    const paid = await pw.apm.pay({ ApmConnectionId: 201, CurrencyId: 1, Amount: '99.90', Payer: { Phone: '5336662211' } });
    expectTypeOf(paid).toEqualTypeOf<ApmPayment>();
    expect(paid.reference).toMatch(/^[0-9a-f-]{36}$/);
    expect(paid).toMatchObject({ MerchantUniqueCode: paid.reference, PendingOtpConfirm: true, Amount: 99.9 });
    expect(paid.ProviderDummyResponse?.Body?.OtpVerifyCounterInSeconds).toBe(180);
    expect(sim.count('POST', '/api/paywall/apm/pay')).toBe(1);
    expect(JSON.parse(String(wireOf(sim, '/apm/pay').body))).toMatchObject({ ApmConnectionId: 201, Amount: 99.9, MerchantUniqueCode: paid.reference });
    expect(sim.apm.payments.get(paid.reference)?.statusId).toBe(2);

    const code = paid.UniqueCode as string;
    const wrong = await pw.apm.confirmOtp({ UniqueCode: code, Otp: '000000' }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(ProviderError);
    expect(wrong).toMatchObject({ providerCode: '40', reference: code });
    const done = await pw.apm.confirmOtp({ UniqueCode: code, Otp: PAYWALL_SIM_APM_OTP });
    expectTypeOf(done).toEqualTypeOf<ApmTransaction>();
    expect(done.reference).toBe(code);
    const state = await pw.apm.query({ MerchantUniqueCode: paid.reference });
    expectTypeOf(state).toEqualTypeOf<ApmPaymentState>();
    expect([state.StatusId, state.Amount, state.ApmProviderKey]).toEqual([4, 99.9, 'sim-wallet']);
    expect(wireOf(sim, '/apm/query').headers.merchantuniquecode).toBe(paid.reference);
    // A settled payment takes no second confirm.
    await expect(pw.apm.confirmOtp({ UniqueCode: code, Otp: PAYWALL_SIM_APM_OTP })).rejects.toMatchObject({ providerCode: '359' });
  });

  it('an OTP that expires on the simulator clock fails the payment', async () => {
    const { sim, pw } = setup();
    const paid = await pw.apm.pay({ ApmConnectionId: 201, CurrencyId: 1, Amount: 10, Payer: { Phone: '5336662211' } });
    sim.advanceTime(181_000);
    expect((await pw.apm.query({ MerchantUniqueCode: paid.reference })).StatusId).toBe(5);
    await expect(pw.apm.confirmOtp({ UniqueCode: paid.UniqueCode as string, Otp: PAYWALL_SIM_APM_OTP })).rejects.toMatchObject({ providerCode: '359' });
  });

  it('a page payment returns to the success URL; refunds are bounded by what was paid', async () => {
    const { sim, pw } = setup();
    const code = uniqueCode('apm');
    const started = await pw.apm.payByKey(page({ MerchantUniqueCode: code }));
    expectTypeOf(started).toEqualTypeOf<ApmRedirect>();
    expect(started.reference).toBe(code);
    expect(started.Transaction).toMatchObject({ MerchantUniqueCode: code, Amount: 150 });
    // The whole amount goes out as given (its unit is not published).
    expect(JSON.parse(String(wireOf(sim, '/apm/pay/bykey').body)).Amount).toBe(150);
    expect((await pw.apm.query({ MerchantUniqueCode: code })).StatusId).toBe(1);

    const back = await completeApmPage(sim, started.RedirectUrl as string);
    expect(back.statusId).toBe(4);
    const url = new URL(back.returnUrl as string);
    expect([url.origin + url.pathname, url.searchParams.get('merchantUniqueCode'), url.searchParams.get('status')]).toEqual([
      'https://shop.example/apm/ok',
      code,
      'success',
    ]);

    const unique = started.Transaction?.UniqueCode as string;
    const part = await pw.apm.refundPartial({ UniqueCode: unique, Amount: '50.25' });
    expect([part.reference, part.Amount]).toEqual([unique, 50.25]);
    await expect(pw.apm.refundPartial({ UniqueCode: unique, Amount: '99.76' })).rejects.toMatchObject({ providerCode: '373', reference: unique });
    const rest = await pw.apm.refund({ UniqueCode: unique });
    expect(rest.Amount).toBe(99.75);
    expect(sim.apm.payments.get(code)?.refundedKurus).toBe(15_000);
    await expect(pw.apm.refund({ UniqueCode: unique })).rejects.toMatchObject({ providerCode: '360' });
    expect((await pw.apm.query({ MerchantUniqueCode: code })).Type).toBe('Refund');
    // Each refund went out once: two full, two partial (one of each refused).
    expect(sim.requests.filter((r) => r.path === '/api/paywall/apm/refund').length).toBe(2);
    expect(sim.requests.filter((r) => r.path === '/api/paywall/apm/refund/partial').length).toBe(2);
  });

  it('a QR payment declined on the payer phone goes to the fail URL and cannot be refunded', async () => {
    const { sim, pw } = setup();
    const qr = await pw.apm.qrGenerate({ ApmConnectionId: 201, CurrencyId: 1, Amount: '75.50', MerchantFailBackUrl: 'https://shop.example/apm/fail' });
    expect(qr.QrDetail?.Content).toMatch(/\/sim\/paywall\/apm\//);
    const back = await completeApmPage(sim, qr.QrDetail?.Content as string, { approve: false });
    expect(back.statusId).toBe(5);
    expect(back.returnUrl).toMatch(/^https:\/\/shop\.example\/apm\/fail\?/);
    expect((await pw.apm.query({ MerchantUniqueCode: qr.reference })).StatusId).toBe(5);
    await expect(pw.apm.refund({ UniqueCode: qr.UniqueCode as string })).rejects.toMatchObject({ providerCode: '359' });
    // A provider without QR refuses one.
    await expect(pw.apm.qrGenerate({ ApmConnectionId: 202, CurrencyId: 1, Amount: 5 })).rejects.toMatchObject({ providerCode: '288' });
  });

  it('pre-authorisations: a capture of part of it, and a release', async () => {
    const { sim, pw } = setup();
    const held = await pw.apm.pay({ ApmConnectionId: 203, CurrencyId: 1, Amount: '100.00' });
    expect(held.PendingOtpConfirm).toBe(false);
    expect((await pw.apm.query({ MerchantUniqueCode: held.reference })).StatusId).toBe(3);
    const unique = held.UniqueCode as string;
    await expect(pw.apm.closeProvision({ UniqueCode: unique, Amount: '100.01' })).rejects.toMatchObject({ providerCode: '112' });
    const closed = await pw.apm.closeProvision({ UniqueCode: unique, Amount: '80.00' });
    expect(closed.reference).toBe(unique);
    expect(sim.apm.payments.get(held.reference)).toMatchObject({ statusId: 4, amountKurus: 8000 });
    await expect(pw.apm.cancelProvision({ UniqueCode: unique })).rejects.toMatchObject({ providerCode: '359' });

    const other = await pw.apm.pay({ ApmConnectionId: 203, CurrencyId: 1, Amount: 30 });
    await pw.apm.cancelProvision({ UniqueCode: other.UniqueCode as string });
    expect(await pw.apm.query({ MerchantUniqueCode: other.reference })).toMatchObject({ StatusId: 5, Status: 'Cancelled', Type: 'Cancel' });
  });

  it('refuses bad input before anything is sent, as a ValidationError naming the fields', async () => {
    const { sim, pw } = setup();
    const refused = (p: Promise<unknown>) =>
      p.then(
        () => expect.unreachable('accepted'),
        (e: unknown) => {
          expect(e).toBeInstanceOf(ValidationError);
          return (e as ValidationError).fields;
        },
      );
    expect(await refused(pw.apm.payByKey(page({ Amount: 10.5 })))).toEqual(['Amount']);
    expect(await refused(pw.apm.payByKey(page({ Amount: 0 })))).toEqual(['Amount']);
    expect(await refused(pw.apm.payByKey(page({ MerchantSuccessBackUrl: '/ok' })))).toEqual(['MerchantSuccessBackUrl']);
    const { ApmKey: _key, ...byId } = page();
    expect(await refused(pw.apm.payById({ ...byId, ApmId: 0 }))).toEqual(['ApmId']);
    expect(await refused(pw.apm.payByKey(page({ ApmKey: '' })))).toEqual(['ApmKey']);
    expect(await refused(pw.apm.pay({ ApmConnectionId: 201, CurrencyId: 9 as 1, Amount: '1.005' }))).toEqual(['CurrencyId', 'Amount']);
    expect(await refused(pw.apm.pay({ ApmConnectionId: 201, CurrencyId: 1, Amount: 5, MerchantUniqueCode: 'sipariş-1' }))).toEqual(['MerchantUniqueCode']);
    expect(await refused(pw.apm.pay({ ApmConnectionId: 201, CurrencyId: 1, Amount: 5, Products: [{ ProductAmount: -1 }] }))).toEqual([
      'Products.0.ProductAmount',
    ]);
    expect(await refused(pw.apm.refundPartial({ UniqueCode: 'u-1', Amount: 0 }))).toEqual(['Amount']);
    expect(await refused(pw.apm.confirmOtp({ UniqueCode: '', Otp: '' }))).toEqual(['UniqueCode', 'Otp']);
    expect(await refused(pw.apm.query({ MerchantUniqueCode: 'x'.repeat(251) }))).toEqual(['MerchantUniqueCode']);
    expect(sim.requests).toHaveLength(0);
  });

  it('a lost answer is not sent again, carries its reference, and is resolved by query', async () => {
    const { sim, pw } = setup();
    const lost = uniqueCode('apm');
    sim.injectFault({ kind: 'drop-response' }, { match: (_m, path) => path.endsWith('/apm/pay') });
    const err = await pw.apm.pay({ ApmConnectionId: 202, CurrencyId: 1, Amount: 20, MerchantUniqueCode: lost }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'network_error', outcome: 'unknown', reference: lost });
    expect(String((err as Error).message)).toContain('apm.query');
    expect(sim.count('POST', '/api/paywall/apm/pay')).toBe(1);
    expect((await pw.apm.query({ MerchantUniqueCode: lost })).StatusId).toBe(4);
    await expect(pw.apm.pay({ ApmConnectionId: 202, CurrencyId: 1, Amount: 20, MerchantUniqueCode: lost })).rejects.toMatchObject({
      providerCode: '119',
      reference: lost,
    });
    await expect(pw.apm.query({ MerchantUniqueCode: 'never-sent' })).rejects.toMatchObject({ providerCode: '296' });
  });
});
