import {
  type CheckoutInquiry,
  type CheckoutParams,
  type HostedCheckout,
  type PaymentLink,
  type PayoutSent,
  type PayoutState,
  type PayoutToIbanParams,
  ProviderError,
  ValidationError,
} from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, PAYWALL_SIM_FAILING_IBAN, type PayWallSimMember, payCheckout, payPaymentLink } from '@odeme/testkit';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { creds, makeClient, makeSim, uniqueCode } from './helpers';

const IBAN = 'TR330006100519786457841326';
const MINUTE = 60_000;

/** A simulator whose callbacks land in `posted`, signed with a PayOut key, and a client on it. */
function setup() {
  const sim = makeSim();
  const posted: { url: string; body: string }[] = [];
  const deliver = async (url: string, init: RequestInit) => {
    posted.push({ url, body: String(init.body) });
    return new Response('OK');
  };
  const template = ['MerchantUniqueCode', 'PayoutTransactionId', 'PayoutTransactionAmount', 'NewStatusId'];
  sim.payout.configure({ deliver, hashKey: 'payout-hash-key', template });
  const pw = makeClient(sim, { hashKeys: { payout: 'payout-hash-key', systemWebhook: 'system-webhook-key-test' } });
  return { sim, pw, posted, template, deliver };
}

const toIban = (extra: Partial<PayoutToIbanParams> = {}): PayoutToIbanParams => ({
  ReceiverTitle: 'Ayşe Yılmaz',
  ReceiverIban: 'TR33 0006 1005 1978 6457 8413 26',
  Amount: '1250.40',
  CurrencyId: 1,
  ...extra,
});

describe('PayWall payouts', () => {
  it('sends to an IBAN once, with its generated reference, and settles over the simulator clock with signed callbacks', async () => {
    const { sim, pw, posted, template } = setup();
    const sent = await pw.payouts.sendToIban(toIban({ CallbackSupport: true, CallbackAddress: 'https://shop.example/payout' }));
    expectTypeOf(sent).toEqualTypeOf<PayoutSent>();
    expect(sent.reference).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.MerchantUniqueCode).toBe(sent.reference);
    // The wire: PascalCase names, the IBAN in its electronic form, the amount as a JSON number, all four keys.
    expect(sim.count('POST', '/api/paywall/payout/send/iban')).toBe(1);
    const wire = sim.requests.find((r) => r.path.endsWith('/payout/send/iban'));
    expect(JSON.parse(String(wire?.body))).toMatchObject({ ReceiverIban: IBAN, Amount: 1250.4, MerchantUniqueCode: sent.reference });
    expect(wire?.headers.apikeyprivate).toBe(creds.apiKeyPrivate);

    const main = await pw.payouts.mainBalance({ CurrencyId: 1 });
    expect(main.Balances).toEqual([{ TotalBalance: 100_000, LockedBalance: 1250.4, AvailableBalance: 98_749.6 }]);
    expect((await pw.payouts.query({ MerchantUniqueCode: sent.reference })).StatusId).toBe(1);

    sim.advanceTime(2 * MINUTE);
    const started: PayoutState = await pw.payouts.query({ MerchantUniqueCode: sent.reference });
    expect([started.StatusId, started.ReceiverIban, started.Amount]).toEqual([2, IBAN, 1250.4]);
    sim.advanceTime(10 * MINUTE);
    await sim.payout.flush();
    expect((await pw.payouts.query({ MerchantUniqueCode: sent.reference })).StatusId).toBe(4);
    const after = await pw.payouts.balance({ PayoutConnectionId: Number(main.ProviderConnectedId) });
    expect(after.Balances).toEqual([{ TotalBalance: 98_749.6, LockedBalance: 0, AvailableBalance: 98_749.6 }]);

    // One callback per status change, verified with the PayOut key and the template PayWall gave you.
    expect(posted.map((p) => p.url)).toEqual(['https://shop.example/payout', 'https://shop.example/payout']);
    const last = await pw.callbacks.verifyWebhook('payout', posted[1]?.body ?? '', { template });
    expect(last.verified).toMatchObject({ MerchantUniqueCode: sent.reference, NewStatusId: 4, PayoutTransactionId: sent.PayoutTransactionId });
    expect(last.unverified).toMatchObject({ LastStatusId: 2 });
    const forged = (posted[1]?.body ?? '').replace('"NewStatusId":4', '"NewStatusId":5');
    await expect(pw.callbacks.verifyWebhook('payout', forged, { template })).rejects.toMatchObject({ code: 'signature_verification_failed' });
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
    expect(await refused(pw.payouts.sendToIban(toIban({ ReceiverIban: 'TR330006100519786457841327' })))).toEqual(['ReceiverIban']);
    expect(await refused(pw.payouts.sendToIban(toIban({ Amount: '10.005' })))).toEqual(['Amount']);
    expect(await refused(pw.payouts.sendToIban(toIban({ CurrencyId: 8 as 1 })))).toEqual(['CurrencyId']);
    expect(await refused(pw.payouts.sendToIban(toIban({ CallbackSupport: true })))).toEqual(['CallbackAddress']);
    expect(await refused(pw.payouts.sendToIban(toIban({ MerchantUniqueCode: 'hakediş-1' })))).toEqual(['MerchantUniqueCode']);
    expect(await refused(pw.payouts.sendToMember({ MemberId: 0, Amount: 5, CurrencyId: 1 }))).toEqual(['MemberId']);
    expect(await refused(pw.payouts.sendToAccount({ ReceiverTitle: 'A', ReceiverAccount: '', Amount: 5, CurrencyId: 1 }))).toEqual(['ReceiverAccount']);
    expect(await refused(pw.paymentLinks.generate({ SalesType: 1, ItemName: 'Çay', ItemAmount: 5, LanguageId: 1, CurrencyId: 1 }))).toEqual(['PhotoBase64']);
    const service = { SalesType: 2, ItemName: 'Ders', ItemAmount: 5, LanguageId: 1, CurrencyId: 1 } as const;
    expect(await refused(pw.paymentLinks.generate({ ...service, LanguageId: 3 as 1 }))).toEqual(['LanguageId']);
    expect(await refused(pw.paymentLinks.generate({ ...service, StockTrack: true }))).toEqual(['StockCount']);
    expect(await refused(pw.paymentLinks.generate({ ...service, SalesType: 1, PhotoBase64: 'data:image/png;base64,iVBORw0KGgo=' }))).toEqual(['PhotoBase64']);
    expect(await refused(pw.paymentLinks.generate({ ...service, NotificationSupport: true, NotificationEmail: 'shop.example' }))).toEqual([
      'NotificationEmail',
    ]);
    expect(await refused(pw.paymentLinks.generate({ ...service, NotificationSupport: true }))).toEqual(['NotificationEmail']);
    const page = {
      UniqueCode: 'c-1',
      Amount: '20.00',
      LanguageId: 1,
      CurrencyId: 1,
      SuccessBackUrl: 'https://shop.example/ok',
      FailBackUrl: 'https://shop.example/fail',
    } as const;
    expect(await refused(pw.checkout.generate({ ...page, SuccessBackUrl: '/ok' }))).toEqual(['SuccessBackUrl']);
    const basket = [{ ProductId: 'p', ProductName: 'Çay', ProductAmount: '15.00' }];
    expect(await refused(pw.checkout.generate({ ...page, Products: basket }))).toEqual(['Amount']);
    expect(await refused(pw.checkout.generate({ ...page, CardWallSupport: true }))).toEqual(['CardWallRelationalId1']);
    expect(sim.requests).toHaveLength(0);
  });

  it('a refused payout carries its reference; a lost answer is not sent again and is resolved by query', async () => {
    const { sim, pw } = setup();
    const code = uniqueCode('payout');
    const poor = await pw.payouts.sendToIban(toIban({ MerchantUniqueCode: code, Amount: '100000.01' })).catch((e: unknown) => e);
    expect(poor).toBeInstanceOf(ProviderError);
    expect(poor).toMatchObject({ providerCode: '544', reference: code });

    const lost = uniqueCode('payout');
    sim.injectFault({ kind: 'drop-response' }, { match: (_m, path) => path.endsWith('/payout/send/iban') });
    const err = await pw.payouts.sendToIban(toIban({ MerchantUniqueCode: lost })).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'network_error', outcome: 'unknown', reference: lost });
    expect(String((err as Error).message)).toContain('payouts.query');
    expect(sim.count('POST', '/api/paywall/payout/send/iban')).toBe(2);
    // It went through: ask PayWall instead of sending again (a second send is refused as a reused code, 119).
    expect((await pw.payouts.query({ MerchantUniqueCode: lost })).MerchantUniqueCode).toBe(lost);
    await expect(pw.payouts.sendToIban(toIban({ MerchantUniqueCode: lost }))).rejects.toMatchObject({ providerCode: '119', reference: lost });
    await expect(pw.payouts.query({ MerchantUniqueCode: 'never-sent' })).rejects.toMatchObject({ providerCode: '251' });
  });

  it('a failed transfer releases the locked amount; accounts by identity and sub-merchants are paid too', async () => {
    const { sim, pw } = setup();
    const failing = await pw.payouts.sendToIban(toIban({ ReceiverIban: PAYWALL_SIM_FAILING_IBAN, Amount: '500.00' }));
    sim.advanceTime(11 * MINUTE);
    expect((await pw.payouts.query({ MerchantUniqueCode: failing.reference })).StatusId).toBe(5);
    expect((await pw.payouts.mainBalance({ CurrencyId: 1 })).Balances[0]).toEqual({ TotalBalance: 100_000, LockedBalance: 0, AvailableBalance: 100_000 });

    const check = await pw.payouts.verifyAccountIdentity({ ProviderKey: 'sim-payout', CurrencyId: 1, Identity: '11111111110' });
    expect(check.AccountDetail?.AccountExists).toBe(true);
    const none = await pw.payouts.verifyAccountIdentity({ ProviderKey: 'sim-payout', CurrencyId: 1, Identity: '22222222220' });
    expect(none.AccountDetail?.AccountExists).toBe(false);
    const toAccount = await pw.payouts.sendToAccount({
      ReceiverTitle: 'Ayşe Yılmaz',
      ReceiverAccount: check.AccountDetail?.AccountNumber ?? '',
      Amount: 75,
      CurrencyId: 1,
    });
    expect(sim.payout.payouts.get(toAccount.reference)).toMatchObject({ kind: 'account', receiverAccount: '1000200030', amountKurus: 7500 });

    await expect(pw.payouts.sendToMember({ MemberId: 4242, Amount: 5, CurrencyId: 1 })).rejects.toMatchObject({ providerCode: '198' });
    sim.members.set(4242, { id: 4242, bankAccounts: [{ id: 1, currencyId: 1, title: 'Kaşık Ltd', iban: IBAN }] } as unknown as PayWallSimMember);
    const toMember = await pw.payouts.sendToMember({ MemberId: 4242, Amount: '5.25', CurrencyId: 1 });
    expect(sim.payout.payouts.get(toMember.reference)).toMatchObject({ memberId: 4242, receiverIban: IBAN, amountKurus: 525 });
    await expect(pw.payouts.sendToMember({ MemberId: 4242, Amount: 5, CurrencyId: 2 })).rejects.toMatchObject({ providerCode: '267' });
  });
});

describe('PayWall payment links', () => {
  it('makes a link that is paid on its page, found by query, and announced with the general callback', async () => {
    const { sim, pw } = setup();
    const calls: string[] = [];
    const link = await pw.paymentLinks.generate({
      SalesType: 1,
      PhotoBase64: 'iVBORw0KGgo=',
      ItemName: 'Çay seti',
      ItemAmount: '349.90',
      LanguageId: 1,
      CurrencyId: 1,
      StockTrack: true,
      StockCount: 3,
      CallbackSupport: true,
      CallbackAddress: 'https://shop.example/link',
      MerchantOrderId: 'order-9',
    });
    expectTypeOf(link).toEqualTypeOf<PaymentLink>();
    expect(link).toMatchObject({ MerchantOrderId: 'order-9', Amount: 349.9 });
    expect(link.Link).toMatch(/^https?:\/\//);
    const linkId = link.Id as number;
    expect(linkId).toBeGreaterThan(0);
    const paid = await payPaymentLink(sim, linkId, {
      quantity: 2,
      fetch: async (url, init) => {
        calls.push(url);
        return new Response(String(init.body));
      },
    });
    expect(calls).toEqual(['https://shop.example/link']);
    expect(sim.paymentLinks.get(linkId)?.stockCount).toBe(1);
    const state = await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: paid.merchantUniqueCode });
    expect([state.Paywall.StatusId, state.Paywall.PaymentAmount]).toEqual([4, 699.8]);
    // Sent once: a repeat would make a second link, so a lost answer is not retried.
    sim.injectFault({ kind: 'drop-response' }, { match: (_m, path) => path.endsWith('/linkqr/generate') });
    await expect(pw.paymentLinks.generate({ SalesType: 2, ItemName: 'Ders', ItemAmount: 5, LanguageId: 2, CurrencyId: 1 })).rejects.toMatchObject({
      code: 'network_error',
    });
    expect(sim.count('POST', '/api/paywall/linkqr/generate')).toBe(2);
  });
});

describe('PayWall hosted checkout', () => {
  it('makes a page, inquires it by Id, sees it paid after a declined attempt, refuses a reused UniqueCode', async () => {
    const { sim, pw } = setup();
    const code = uniqueCode('checkout');
    const params: CheckoutParams & { ExpireDateTime: Date } = {
      UniqueCode: code,
      Amount: '150.00',
      LanguageId: 2,
      CurrencyId: 1,
      SuccessBackUrl: 'https://shop.example/ok',
      FailBackUrl: 'https://shop.example/fail',
      ShowProduct: true,
      Products: [{ ProductId: 'tea-01', ProductName: 'Çay', ProductAmount: '150.00' }],
      ExpireDateTime: new Date(sim.now().getTime() + 60 * MINUTE),
    };
    const made = await pw.checkout.generate(params);
    expectTypeOf(made).toEqualTypeOf<HostedCheckout>();
    const id = made.Id as number;
    expect(id).toBeGreaterThan(0);
    const wire = JSON.parse(String(sim.requests.at(-1)?.body));
    expect(wire.ExpireDateTime).toBe(params.ExpireDateTime.toISOString());
    const before: CheckoutInquiry = await pw.checkout.inquiry({ Id: id });
    expect(sim.requests.at(-1)?.headers.id).toBe(String(id));
    expect(before).toMatchObject({ UniqueCode: code, Amount: 150, AnyPayment: false, SuccessPayment: false, LanguageId: 2 });

    expect((await payCheckout(sim, id, { cardNumber: PAYWALL_SIM_CARDS.insufficientFunds })).returnUrl).toBe('https://shop.example/fail');
    expect(await pw.checkout.inquiry({ Id: id })).toMatchObject({ AnyPayment: true, SuccessPayment: false });
    const ok = await payCheckout(sim, made.Link ?? '');
    expect(ok.returnUrl).toBe('https://shop.example/ok');
    expect(await pw.checkout.inquiry({ Id: id })).toMatchObject({ AnyPayment: true, SuccessPayment: true });
    expect((await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: ok.payment.merchantUniqueCode })).Paywall.StatusId).toBe(4);
    await expect(payCheckout(sim, id)).rejects.toThrow(/149/);

    await expect(pw.checkout.generate(params)).rejects.toMatchObject({ providerCode: '148' });
    expect(sim.count('POST', '/api/paywall/checkout/generate')).toBe(2);
    await expect(pw.checkout.inquiry({ Id: 1 })).rejects.toMatchObject({ providerCode: '139' });

    const late = await pw.checkout.generate({ ...params, UniqueCode: uniqueCode('checkout') });
    sim.advanceTime(61 * MINUTE);
    await expect(payCheckout(sim, late.Id as number)).rejects.toThrow(/140/);
  });
});
