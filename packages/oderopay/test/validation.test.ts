import { ConfigurationError, ValidationError } from '@odeme/core';
import { type InstallmentCount, OderoPay } from '@odeme/oderopay';
import { describe, expect, it } from 'vitest';
import { basket, card, creds, setup } from './helpers';

async function refused(run: (o: OderoPay) => Promise<unknown>): Promise<ValidationError> {
  const { sim, odero } = setup();
  const err = await run(odero).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ValidationError);
  expect(sim.requests).toHaveLength(0);
  return err as ValidationError;
}

describe('seed rules are enforced before sending', () => {
  it('price must equal the exact sum of item prices (in kuruş)', async () => {
    const err = await refused((o) => o.payments.create({ ...basket(), price: '150.49', paidPrice: '150.49', card: card() }));
    expect(err.fields).toContain('price');
  });

  it('0.1 + 0.2 style sums are exact: 0.10 + 0.20 = 0.30 passes', async () => {
    const { odero } = setup();
    const p = await odero.payments.create({
      ...basket(),
      price: 0.3,
      paidPrice: 0.3,
      items: [
        { name: 'a', price: 0.1 },
        { name: 'b', price: 0.2 },
      ],
      card: card(),
    });
    expect(p.price).toBe(0.3);
  });

  it('more than two decimals is refused, never rounded', async () => {
    const err = await refused((o) => o.payments.create({ ...basket(), paidPrice: '150.505', card: card() }));
    expect(err.fields).toContain('paidPrice');
  });

  it('paidPrice must not be negative', async () => {
    const err = await refused((o) => o.payments.create({ ...basket(), paidPrice: -1, card: card() }));
    expect(err.fields).toContain('paidPrice');
  });

  it('installment is a whole count from 1 to 12, as both official clients take it (the docs list only 1, 2, 3, 6, 9, 12)', async () => {
    for (const n of [0, 13, 1.5, -1]) {
      const err = await refused((o) => o.payments.create({ ...basket(), installment: n as InstallmentCount, card: card() }));
      expect(err.fields).toContain('installment');
    }
    const { sim, odero } = setup();
    for (const n of [4, 5, 7, 10, 11] as const) expect((await odero.payments.create({ ...basket(), installment: n, card: card() })).installment).toBe(n);
    expect(sim.requests.every((r) => r.status === 200)).toBe(true);
  });

  it('walletPrice above 0 needs buyerId; walletPrice defaults to 0 on the wire', async () => {
    const err = await refused((o) => o.payments.create({ ...basket(), walletPrice: '10', card: card() }));
    expect(err.fields).toContain('buyerId');
    const { sim, odero } = setup();
    await odero.payments.create({ ...basket(), card: card() });
    expect(JSON.parse(sim.requests[0]?.body ?? '{}').walletPrice).toBe(0);
  });

  it('card is required unless paidPrice equals walletPrice', async () => {
    const err = await refused((o) => o.payments.create({ ...basket() }));
    expect(err.fields).toContain('card');
    const { odero } = setup();
    const p = await odero.payments.create({ ...basket(), walletPrice: '150.50', buyerId: 7 });
    expect(p.paymentType).toBe('WALLET_PAYMENT');
  });

  it('a raw card needs every field and a Luhn-valid number', async () => {
    const err = await refused((o) => o.payments.create({ ...basket(), card: { ...card(), cardNumber: '5528790000000009' } }));
    expect(err.fields).toContain('card.cardNumber');
    const { cvc: _cvc, ...noCvc } = card();
    const err2 = await refused((o) => o.payments.create({ ...basket(), card: noCvc as ReturnType<typeof card> }));
    expect(err2.fields).toContain('card.cvc');
  });

  it('an expired card is refused, naming expireYear', async () => {
    const err = await refused((o) => o.payments.create({ ...basket(), card: { ...card(), expireYear: '2020' } }));
    expect(err.fields).toContain('card.expireYear');
  });

  it('a card is raw or stored, never a mix; a stored card needs both keys', async () => {
    const err = await refused((o) => o.payments.create({ ...basket(), card: { ...card(), cardUserKey: 'k', cardToken: 't' } as never }));
    expect(err.fields).toContain('card.cardNumber');
    const err2 = await refused((o) => o.payments.create({ ...basket(), card: { cardUserKey: 'k' } as never }));
    expect(err2.fields).toContain('card.cardToken');
  });

  it('subMerchantPrice is required when subMerchantId is set', async () => {
    const err = await refused((o) => o.payments.create({ ...basket(), card: card(), items: [{ name: 'x', price: '150.50', subMerchantId: 5 }] }));
    expect(err.fields).toContain('items.0.subMerchantPrice');
  });

  it('at least one item; unknown fields refused; 3DS needs a callbackUrl', async () => {
    expect((await refused((o) => o.payments.create({ ...basket(), price: 0, paidPrice: 0, items: [], card: card() }))).fields).toContain('items');
    expect((await refused((o) => o.payments.create({ ...basket(), card: card(), paidprice: 1 } as never))).issues[0]?.code).toBe('unrecognized_keys');
    expect((await refused((o) => o.threeDS.init({ ...basket(), card: card() } as never))).fields).toContain('callbackUrl');
  });

  it('deleting a card needs two 36-character keys; BIN must be digits', async () => {
    expect((await refused((o) => o.cards.delete({ cardUserKey: 'short', cardToken: 'x' }))).fields).toEqual(['cardUserKey', 'cardToken']);
    expect((await refused((o) => o.installments.retrieveBin({ binNumber: '55AB79' }))).fields).toContain('binNumber');
  });
});

describe('configuration', () => {
  it('needs credentials and an explicit environment or baseUrl', () => {
    expect(() => new OderoPay({ ...creds, apiKey: '' })).toThrow(ConfigurationError);
    expect(() => new OderoPay({ ...creds })).toThrow(/environment/);
    expect(() => new OderoPay({ ...creds, environment: 'staging' as never })).toThrow(ConfigurationError);
    expect(new OderoPay({ ...creds, environment: 'production' }).baseUrl).toBe('https://api-gateway.oderopay.com.tr');
    expect(new OderoPay({ ...creds, environment: 'az-sandbox' }).baseUrl).toBe('https://sbx-api-gateway.odero.az');
    expect(new OderoPay({ ...creds, environment: 'sandbox', baseUrl: 'https://sandbox-api-gateway.tokenpay.com.tr/' }).baseUrl).toBe(
      'https://sandbox-api-gateway.tokenpay.com.tr',
    );
  });
});
