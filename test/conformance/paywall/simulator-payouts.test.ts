// The simulator answers PayOut, payment link and hosted checkout requests exactly as PayWall's official .NET SDK
// writes them (camelCase bodies, every member written, `null`s, all four key headers, header parameters): a refusal
// of one of them would be a simulator bug.
import { PAYWALL_SIM_CARDS, payCheckout, payPaymentLink } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { netEndpoint, netSim } from './sim-harness.js';

function setup() {
  const posted: { url: string; body: Record<string, unknown> }[] = [];
  const deliver = async (url: string, init: RequestInit) => {
    posted.push({ url, body: JSON.parse(String(init.body)) });
    return new Response('OK');
  };
  const world = netSim({ hashKeys: { systemWebhook: 'sys' } });
  world.sim.payout.configure({ deliver, hashKey: 'payout-key' });
  return { ...world, posted, deliver };
}

describe('PayWall simulator: PayOut as the .NET SDK sends it', () => {
  it('balances, a payout to an IBAN with nulls for the provider key and group, its query and callbacks', async () => {
    const { sim, accepted, posted } = setup();
    const main = await accepted(5, { params: { currencyid: '1' } });
    expect(main.Balances).toEqual([{ TotalBalance: 100_000, LockedBalance: 0, AvailableBalance: 100_000 }]);
    const sent = await accepted(6, {
      value: {
        MerchantUniqueCode: 'net-payout-1',
        ReceiverTitle: 'Ayşe Yılmaz',
        ReceiverIban: 'TR330006100519786457841326',
        Amount: 250.5,
        CurrencyId: 1,
        CallbackSupport: true,
        CallbackAddress: 'https://shop.example/payout',
      },
    });
    expect(sent).toMatchObject({ Result: true, MerchantUniqueCode: 'net-payout-1', Amount: 250.5 });
    const byConnection = await accepted(4, { params: { payoutconnectionid: String(main.ProviderConnectedId) } });
    expect(byConnection.Balances).toEqual([{ TotalBalance: 100_000, LockedBalance: 250.5, AvailableBalance: 99_749.5 }]);

    sim.advanceTime(11 * 60_000);
    await sim.payout.flush();
    const q = await accepted(9, { params: { merchantuniquecode: 'net-payout-1' } });
    expect(q).toMatchObject({ StatusId: 4, ReceiverIban: 'TR330006100519786457841326', PayoutTransactionId: sent.PayoutTransactionId });
    // Every field of the .NET query model, none invented.
    expect(Object.keys(q).sort()).toEqual((netEndpoint(9).response?.fields ?? []).map((f) => f.name).sort());
    expect(posted.map((p) => [p.body.LastStatusId, p.body.NewStatusId])).toEqual([
      [1, 2],
      [2, 4],
    ]);
    expect((await accepted(5, { params: { currencyid: '1' } })).Balances).toEqual([{ TotalBalance: 99_749.5, LockedBalance: 0, AvailableBalance: 99_749.5 }]);
  });

  it('a payout to an account found by identity, and one to a member with a bank account', async () => {
    const { sim, accepted, send } = setup();
    const found = await accepted(10, { params: { providerkey: 'sim-payout', currencyid: '1', identity: '11111111110' } });
    const detail = found.AccountDetail as { AccountExists: boolean; AccountNumber: string };
    expect(detail.AccountExists).toBe(true);
    await accepted(8, {
      value: { MerchantUniqueCode: 'net-account-1', ReceiverTitle: 'Ayşe Yılmaz', ReceiverAccount: detail.AccountNumber, Amount: 10, CurrencyId: 1 },
    });
    expect(sim.payout.payouts.get('net-account-1')?.receiverAccount).toBe('1000200030');

    const member = { MemberId: 999, MerchantUniqueCode: 'net-member-1', Amount: 10, CurrencyId: 1 };
    expect((await send(7, { value: member })).env.ErrorCode).toBe(198);
    sim.members.set(999, {
      id: 999,
      bankAccounts: [{ id: 1, currencyId: 1, title: 'Kaşık Ltd', iban: 'TR330006100519786457841326' }],
    } as unknown as Parameters<typeof sim.members.set>[1]);
    await accepted(7, { value: member });
    expect(sim.payout.payouts.get('net-member-1')).toMatchObject({ memberId: 999, receiverTitle: 'Kaşık Ltd', kind: 'member' });
  });
});

describe('PayWall simulator: payment links and hosted checkout as the .NET SDK sends them', () => {
  it('a link with every member written, paid twice on its page until the stock runs out', async () => {
    const { sim, accepted } = setup();
    const link = await accepted(11, {
      value: { SalesType: 2, ItemName: 'Danışmanlık', ItemAmount: 100, LanguageId: 1, CurrencyId: 1, StockTrack: true, StockCount: 2, MerchantOrderId: 'o-1' },
    });
    expect(link).toMatchObject({ MerchantOrderId: 'o-1', Amount: 100 });
    const paid = await payPaymentLink(sim, link.Link as string, { quantity: 2 });
    expect(paid.statusId).toBe(4);
    await expect(payPaymentLink(sim, link.Id as number)).rejects.toThrow(/135/);
  });

  it('a checkout generated, inquired by the `Id` header, paid after a declined attempt', async () => {
    const { sim, accepted } = setup();
    const made = await accepted(21, {
      value: {
        UniqueCode: 'net-checkout-1',
        Amount: 150,
        LanguageId: 2,
        CurrencyId: 1,
        SuccessBackUrl: 'https://shop.example/ok',
        FailBackUrl: 'https://shop.example/fail',
        Products: [{ ProductId: 'tea-01', ProductName: 'Çay', ProductAmount: 150 }],
      },
    });
    const before = await accepted(22, { params: { Id: String(made.Id) } });
    expect(before).toMatchObject({ UniqueCode: 'net-checkout-1', AnyPayment: false, SuccessPayment: false, Amount: 150 });
    expect(Object.keys(before).sort()).toEqual((netEndpoint(22).response?.fields ?? []).map((f) => f.name).sort());
    const declined = await payCheckout(sim, made.Id as number, { cardNumber: PAYWALL_SIM_CARDS.insufficientFunds });
    expect(declined.returnUrl).toBe('https://shop.example/fail');
    expect((await payCheckout(sim, made.Link as string)).returnUrl).toBe('https://shop.example/ok');
    expect(await accepted(22, { params: { Id: String(made.Id) } })).toMatchObject({ AnyPayment: true, SuccessPayment: true });
  });
});
