import { isOdemeError, type OdemeError, PaymentDeclinedError, type ProviderError } from '@odeme/core';
import { PayWall } from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, PayWallSimulator } from '@odeme/testkit';
import { check, type Scenario } from '../demo-kit';
import { type CheckoutConfig, createPayWall, handleThreeDReturn, type Order, refundPart, startCheckout } from './checkout';

const keys = {
  apiKeyPublic: 'demo-public-key',
  apiClientPublic: 'demo-public-client',
  apiKeyPrivate: 'demo-private-key',
  apiClientPrivate: 'demo-private-client',
};
const hashKeys = { threeD: 'demo-3d-hash-key', systemWebhook: 'demo-system-webhook-key' };

function setup() {
  const sim = new PayWallSimulator({ ...keys, hashKeys });
  const config: CheckoutConfig = { ...keys, threeDHashKey: hashKeys.threeD, returnBaseUrl: 'https://shop.example', fetch: sim.fetch };
  return { sim, config, pw: createPayWall(config) };
}

let seq = 0;
function order(card: string = PAYWALL_SIM_CARDS.success): Order {
  seq += 1;
  return {
    id: `demo-${Date.now().toString(36)}-${seq}`,
    buyerIp: '203.0.113.7',
    buyer: { name: 'Ayşe Yılmaz', phone: '5336662211', email: 'ayse@example.com', city: 'İstanbul', address: 'Moda Cd. 1' },
    card: { holder: 'Ayşe Yılmaz', number: card, month: '12', year: '2030', cvv: '123' },
    lines: [
      { sku: 'tea-01', name: 'Çay', price: '129.90' },
      { sku: 'cup-02', name: 'Bardak', price: '20.10' },
    ],
  };
}

const client = (sim: PayWallSimulator) =>
  new PayWall({ ...keys, hashKeys, environment: 'test', fetch: sim.fetch, logLevel: 'off', retry: { initialDelayMs: 1, maxDelayMs: 5 } });

export const scenarios: Scenario[] = [
  {
    name: 'PayWall 3D payment, verified return, partial refund',
    provider: 'paywall',
    async run({ step, log }) {
      const { sim, config, pw } = setup();
      const o = order();
      step('start a 3D payment of 150.00 TL');
      const redirect = await startCheckout(pw, config, o);
      step('shopper passes the 3D page (simulated browser step)');
      const post = await sim.completeThreeD(redirect);
      check(post.url === 'https://shop.example/paywall/return', 'the result is posted to the return URL');
      step('verify the signed return post and confirm with a query');
      const { response, result } = await handleThreeDReturn(pw, post.toRequest());
      check(response.status === 200 && (await response.text()) === 'thank you', 'order must be paid');
      check(result?.verified.amountKurus === 15_000, 'the verified amount must be 150.00 TL');
      step('a forged post is refused');
      const forged = new URLSearchParams(post.body);
      forged.set('amount', '1.00');
      const bad = await handleThreeDReturn(pw, new Request(post.url, { method: 'POST', body: forged }));
      check(bad.response.status === 400, 'a forged amount must not verify');
      step('refund 20.10 TL of it');
      await refundPart(pw, o.id, '20.10');
      const q = await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: o.id });
      check(q.Paywall.AnySuccessPartialRefund === true, 'partial refund must show in the query');
      log(`payment ${result?.verified.paymentId} refunded 20.10 of ${result?.verified.amount}`);
    },
  },
  {
    name: 'PayWall decline with a decoded bank message',
    provider: 'paywall',
    async run({ step, log }) {
      const { sim } = setup();
      const pw = client(sim);
      step('pay with a card the bank declines');
      const o = order(PAYWALL_SIM_CARDS.insufficientFunds);
      const err = await pw.payments
        .startDirect({
          PaymentDetail: { Amount: '150.00', MerchantUniqueCode: o.id, CurrencyId: 1, Installment: 1, ClientIP: o.buyerIp },
          Card: { OwnerName: o.card.holder, Number: o.card.number, ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
          Customer: { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda' },
          Products: o.lines.map((l) => ({ ProductId: l.sku, ProductName: l.name, ProductAmount: l.price })),
        })
        .catch((e: unknown) => e);
      check(err instanceof PaymentDeclinedError, 'a bank decline must be a PaymentDeclinedError');
      const details = (err as ProviderError).details as { bankErrorMessage?: string };
      check(details.bankErrorMessage === 'Bakiye yetersiz — İşlem onaylanmadı', 'the Base64 bank text must be decoded');
      log(details.bankErrorMessage);
    },
  },
  {
    name: 'PayWall pre-auth then capture',
    provider: 'paywall',
    async run({ step }) {
      const { sim } = setup();
      const pw = client(sim);
      const o = order();
      step('authorise 150.00 TL (Half2D)');
      await pw.payments.startDirect({
        PaymentDetail: { Amount: '150.00', MerchantUniqueCode: o.id, CurrencyId: 1, Installment: 1, ClientIP: o.buyerIp, Half2D: true },
        Card: { OwnerName: o.card.holder, Number: o.card.number, ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
        Customer: { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda' },
        Products: o.lines.map((l) => ({ ProductId: l.sku, ProductName: l.name, ProductAmount: l.price })),
      });
      check((await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: o.id })).Paywall.StatusId === 3, 'awaiting settlement');
      step('capture 129.90 TL of it');
      await pw.payments.captureProvision({ MerchantUniqueCode: o.id, ProvisionAmount: '129.90' });
      const q = await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: o.id });
      check(q.Paywall.StatusId === 4, 'captured');
    },
  },
  {
    name: 'PayWall stored card with a rotating UniqueCode',
    provider: 'paywall',
    async run({ step }) {
      const { sim } = setup();
      const pw = client(sim);
      step('store a card in CardWall');
      await pw.cardWall.save({ RelationalId1: 'customer-42', Card: { HolderName: 'Ayşe Yılmaz', Number: PAYWALL_SIM_CARDS.troy, Month: 12, Year: 2030 } });
      step('PayWall rotates the codes; list right before paying');
      sim.rotateCardCodes();
      const [stored] = await pw.cardWall.list({ RelationalId1: 'customer-42' });
      check(typeof stored?.UniqueCode === 'string', 'the card must be listed with its code');
      const o = order();
      step('pay with the stored card');
      await pw.payments.startDirect({
        PaymentDetail: { Amount: '150.00', MerchantUniqueCode: o.id, CurrencyId: 1, Installment: 1, ClientIP: o.buyerIp },
        Card: { UniqueCode: stored?.UniqueCode as string },
        Customer: { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda' },
        Products: o.lines.map((l) => ({ ProductId: l.sku, ProductName: l.name, ProductAmount: l.price })),
      });
      check((await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: o.id })).Paywall.CardBrandName === 'Troy', 'paid with the stored Troy card');
    },
  },
  {
    name: 'PayWall general callback, signed and verified',
    provider: 'paywall',
    async run({ step }) {
      const { sim } = setup();
      const pw = client(sim);
      const o = order();
      step('a paid and partly refunded order');
      await pw.payments.startDirect({
        PaymentDetail: { Amount: '150.00', MerchantUniqueCode: o.id, CurrencyId: 1, Installment: 1, ClientIP: o.buyerIp },
        Card: { OwnerName: o.card.holder, Number: o.card.number, ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
        Customer: { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda' },
        Products: o.lines.map((l) => ({ ProductId: l.sku, ProductName: l.name, ProductAmount: l.price })),
      });
      await pw.refunds.partial({ MerchantUniqueCode: o.id, Amount: '20.10' });
      step('PayWall posts the general callback to our webhook');
      let refunded = false;
      await sim.sendGeneralCallback('https://shop.example/paywall/webhook', { merchantUniqueCode: o.id }, async (_url, init) => {
        const cb = await pw.callbacks.verifyGeneralCallback(String(init.body));
        // The hash covers PaymentId, UniqueCode, Amount and Installment; the event `Type` and `OperationAmount` are
        // not covered, so what happened is read from PayWall by the verified id.
        if (cb.verified.paymentId === undefined) return new Response('bad request', { status: 400 });
        const { Paywall } = await pw.queries.byPaymentId({ PaymentId: cb.verified.paymentId });
        refunded = Paywall.AnySuccessPartialRefund === true;
        return new Response('OK');
      });
      check(refunded, 'the query must confirm the partial refund the callback announced');
    },
  },
  {
    name: 'PayWall payment with an unknown outcome, resolved by its reference',
    provider: 'paywall',
    async run({ step, log }) {
      const { sim } = setup();
      const pw = client(sim);
      const o = order();
      step('the payment reaches PayWall, but its answer is lost on the way back');
      sim.injectFault({ kind: 'drop-response' }, { match: (_m, path) => path.endsWith('/payment/startdirect') });
      const err = await pw.payments
        .startDirect({
          // No MerchantUniqueCode: the SDK generates one, sends it, and puts it on the result and on every error.
          PaymentDetail: { Amount: '150.00', CurrencyId: 1, Installment: 1, ClientIP: o.buyerIp },
          Card: { OwnerName: o.card.holder, Number: o.card.number, ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
          Customer: { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda' },
          Products: o.lines.map((l) => ({ ProductId: l.sku, ProductName: l.name, ProductAmount: l.price })),
        })
        .catch((e: unknown) => e);
      check(isOdemeError(err) && err.outcome === 'unknown' && typeof err.reference === 'string', 'a lost answer must be outcome unknown, with the reference');
      step('look the payment up by its reference before doing anything else');
      const state = await pw.payments.findByReference((err as OdemeError).reference as string);
      check(state?.StatusId === 4, 'the payment went through: it must not be sent again');
      log(`${(err as OdemeError).reference}: PaymentId ${state?.PaymentId}, status ${state?.StatusName}`);
    },
  },
];
