// The simulator answers APM requests exactly as PayWall's official .NET SDK writes them (camelCase bodies, every
// member written, `null`s and zeros for what is left out, all four key headers, header parameters): a refusal of one
// of them would be a simulator bug.
import { completeApmPage, PAYWALL_SIM_APM_OTP } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { answerFieldsOf, netSim } from './sim-harness.js';

const setup = () => netSim();

describe('PayWall simulator: APM as the .NET SDK sends it', () => {
  it('the provider list with and without header filters, every field of the .NET model', async () => {
    const { accepted } = setup();
    const all = (await accepted(17)) as unknown as Record<string, unknown>[];
    expect(all).toHaveLength(3);
    for (const p of all) expect(Object.keys(p).sort()).toEqual(answerFieldsOf(17));
    const qr = (await accepted(17, { params: { currencyid: '1', focusedfeature: 'qr', distinctduplicates: 'true' } })) as unknown as Record<string, unknown>[];
    expect(qr.map((p) => p.ProviderKey)).toEqual(['sim-wallet']);
  });

  it('an OTP payment with nulls for the payer parts, products and provider, confirmed, queried, refunded in two steps', async () => {
    const { sim, accepted, send } = setup();
    const paid = await accepted(12, {
      value: { ApmConnectionId: 201, CurrencyId: 1, MerchantUniqueCode: 'net-apm-1', Amount: 120.5, Payer: { Phone: '5336662211' } },
    });
    expect(Object.keys(paid).sort()).toEqual(answerFieldsOf(12));
    expect(paid).toMatchObject({ PendingOtpConfirm: true, MerchantUniqueCode: 'net-apm-1', Amount: 120.5 });
    expect((await send(13, { value: { UniqueCode: paid.UniqueCode, Otp: '111111' } })).env.ErrorCode).toBe(40);
    const confirmed = await accepted(13, { value: { UniqueCode: paid.UniqueCode, Otp: PAYWALL_SIM_APM_OTP } });
    expect(Object.keys(confirmed).sort()).toEqual(answerFieldsOf(13));
    const q = await accepted(18, { params: { merchantuniquecode: 'net-apm-1' } });
    expect(Object.keys(q).sort()).toEqual(answerFieldsOf(18));
    expect(q).toMatchObject({ StatusId: 4, Amount: 120.5, UniqueCode: paid.UniqueCode });

    const part = await accepted(20, { value: { UniqueCode: paid.UniqueCode, Amount: 20.5 } });
    expect(Object.keys(part).sort()).toEqual(answerFieldsOf(20));
    expect((await accepted(19, { value: { UniqueCode: paid.UniqueCode } })).Amount).toBe(100);
    expect(sim.apm.payments.get('net-apm-1')?.refundedKurus).toBe(12_050);
    expect((await send(20, { value: { UniqueCode: paid.UniqueCode, Amount: 1 } })).env.ErrorCode).toBe(360);
  });

  it('a QR payment with an empty provider object, paid by scanning', async () => {
    const { sim, accepted } = setup();
    const qr = await accepted(14, {
      value: {
        ApmKey: 'sim-wallet',
        ApmConnectionId: 201,
        CurrencyId: 1,
        MerchantUniqueCode: 'net-qr-1',
        MerchantSuccessBackUrl: 'https://shop.example/ok',
        Amount: 45,
        Provider: {},
      },
    });
    expect(Object.keys(qr).sort()).toEqual(answerFieldsOf(14));
    const done = await completeApmPage(sim, (qr.QrDetail as { Content: string }).Content);
    expect(done.statusId).toBe(4);
    expect(done.returnUrl).toMatch(/^https:\/\/shop\.example\/ok\?/);
  });

  it('page payments by id and by key, with the whole amount as the .NET SDK sends it', async () => {
    const { sim, accepted, send } = setup();
    const urls = { MerchantSuccessBackUrl: 'https://shop.example/ok', MerchantFailBackUrl: 'https://shop.example/fail' };
    const byId = await accepted(15, { value: { ApmId: 12, CurrencyId: 2, MerchantUniqueCode: 'net-page-1', Amount: 30, ...urls } });
    expect(Object.keys(byId).sort()).toEqual(answerFieldsOf(15));
    expect(byId.Transaction).toMatchObject({ MerchantUniqueCode: 'net-page-1', Amount: 30 });
    expect(sim.apm.payments.get('net-page-1')?.provider.connectionId).toBe(202);
    const byKey = await accepted(16, { value: { ApmKey: 'sim-wallet', CurrencyId: 1, MerchantUniqueCode: 'net-page-2', Amount: 75, ...urls } });
    expect((await completeApmPage(sim, byKey.RedirectUrl as string, { approve: false })).returnUrl).toMatch(/^https:\/\/shop\.example\/fail\?/);
    // The .NET SDK writes 0 for a left-out `ApmId`: no such provider.
    expect((await send(15, { value: { CurrencyId: 1, MerchantUniqueCode: 'net-page-3', Amount: 5, ...urls } })).env.ErrorCode).toBe(281);
  });
});
