import { BIP_CHANNEL_DEFAULTS, Bip, BipChannel, channelDefaults, normaliseMsisdn } from '@odeme/bip';
import { ConfigurationError, ValidationError } from '@odeme/core';
import { describe, expect, it } from 'vitest';
import { sentBody, setup } from './helpers';

describe('msisdn normalisation', () => {
  it.each([
    ['905321234567', '905321234567'],
    ['+905321234567', '905321234567'],
    ['05321234567', '905321234567'],
    ['5321234567', '905321234567'],
    ['0532 123 45 67', '905321234567'],
    ['(0532) 123-45-67', '905321234567'],
    ['+90 532 123 4567', '905321234567'],
    ['5051234567', '905051234567'],
    ['0090 532 123 45 67', '905321234567'],
  ])('%s → %s', async (input, wire) => {
    expect(normaliseMsisdn(input)).toBe(wire);
    const { sim, bip } = setup();
    const r = await bip.startPayment({ msisdn: input, channelId: 40, itemList: [{ id: 50, count: 1 }] });
    expect(sentBody(sim).msisdn).toBe(wire);
    expect(r.msisdn).toBe(wire);
  });

  it.each([
    ['', 'empty'],
    ['532123456', 'nine digits'],
    ['53212345678', 'eleven digits without 0'],
    ['02121234567', 'a landline'],
    ['902121234567', 'an international landline'],
    ['0905321234567', '0 before 90'],
    ['+15551234567', 'a foreign number'],
    ['905321234567 ext', 'trailing text'],
    ['９０５３２１２３４５６７', 'full-width digits'],
  ])('refuses %j (%s) before sending', async (input) => {
    expect(normaliseMsisdn(input)).toBeUndefined();
    const { sim, bip } = setup();
    const err = await bip.startPayment({ msisdn: input, channelId: 40, itemList: [{ id: 50, count: 1 }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields).toEqual(['msisdn']);
    expect(sim.requests).toHaveLength(0);
  });
});

describe('per-channel defaults (§6)', () => {
  it('documents the table as exported constants', () => {
    expect(BIP_CHANNEL_DEFAULTS).toEqual({
      10: { isDeliverable: false, isBillingRequired: false, isRemovable: true },
      11: { isDeliverable: false, isBillingRequired: false, isRemovable: true },
      40: { isDeliverable: true, isBillingRequired: true, isRemovable: true },
      50: { isDeliverable: false, isBillingRequired: false, isRemovable: true },
    });
    expect(channelDefaults(20)).toBeUndefined();
  });

  it.each([
    [BipChannel.INVOICE_RESERVE_COMMIT, false, false],
    [BipChannel.INVOICE_DIRECT, false, false],
    [BipChannel.CREDIT_CARD, true, true],
    [BipChannel.IN_APP_PURCHASE, false, false],
  ])(
    'channel %i sends isDeliverable=%s and isRemovable=true when left out; isBillingRequired never (the gateway applies %s)',
    async (channelId, deliverable, billing) => {
      const { sim, bip } = setup();
      const r = await bip.startPayment({ transactionId: `d-${channelId}`, msisdn: '905321234567', channelId, itemList: [{ id: 51, count: 2 }] });
      expect(sentBody(sim)).toEqual({
        transactionId: `d-${channelId}`,
        msisdn: '905321234567',
        channelId,
        paymentMethod: 'reserve',
        isDeliverable: deliverable,
        itemList: [{ id: 51, count: 2, isRemovable: true }],
      });
      expect(r.needsCommit).toBe(channelId === 10);
      // The gateway's own reading of the order: its default for the flag left out.
      expect(sim.transaction(`d-${channelId}`)).toMatchObject({ isDeliverable: deliverable, isBillingRequired: billing, state: 'consent_requested' });
    },
  );

  it('a card payment asks for a billing address only when the caller says so', async () => {
    const { sim, bip } = setup();
    await bip.startPayment({ transactionId: 'card-1', msisdn: '905321234567', channelId: BipChannel.CREDIT_CARD, itemList: [{ id: 50, count: 1 }] });
    expect(sentBody(sim)).not.toHaveProperty('isBillingRequired');
    await bip.startPayment({ transactionId: 'card-2', msisdn: '905321234567', channelId: 40, isBillingRequired: true, itemList: [{ id: 50, count: 1 }] });
    expect(sentBody(sim)).toMatchObject({ isBillingRequired: true });
    await bip.startPayment({ transactionId: 'card-3', msisdn: '905321234567', channelId: 40, isBillingRequired: false, itemList: [{ id: 50, count: 1 }] });
    expect(sentBody(sim)).toMatchObject({ isBillingRequired: false });
  });

  it('explicit flags override the defaults', async () => {
    const { sim, bip } = setup();
    await bip.startPayment({
      msisdn: '905321234567',
      channelId: 40,
      isDeliverable: false,
      isBillingRequired: false,
      itemList: [{ id: 50, count: 1, isRemovable: false }],
    });
    expect(sentBody(sim)).toMatchObject({ isDeliverable: false, isBillingRequired: false, itemList: [{ id: 50, count: 1, isRemovable: false }] });
  });

  it('leaves the flags out for an undocumented channel, and for every channel with sendChannelDefaults: false', async () => {
    const { sim, bip } = setup({ channels: [10, 11, 20, 40, 50] });
    await bip.startPayment({ msisdn: '905321234567', channelId: 20, itemList: [{ id: 50, count: 1 }] });
    expect(sentBody(sim)).toEqual({
      transactionId: expect.any(String),
      msisdn: '905321234567',
      channelId: 20,
      paymentMethod: 'reserve',
      itemList: [{ id: 50, count: 1 }],
    });
    const quiet = setup({}, { sendChannelDefaults: false });
    await quiet.bip.startPayment({ transactionId: 'q', msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] });
    expect(sentBody(quiet.sim)).not.toHaveProperty('isDeliverable');
    expect(sentBody(quiet.sim)).not.toHaveProperty('isBillingRequired');
    // The gateway then applies its own channel 40 default.
    expect(quiet.sim.transaction('q').isDeliverable).toBe(true);
  });
});

describe('input validation (nothing is sent)', () => {
  const base = { msisdn: '905321234567', channelId: 40, itemList: [{ id: 50, count: 1 }] };
  it.each([
    [{ ...base, itemList: [] }, ['itemList']],
    [
      {
        ...base,
        channelId: 50,
        itemList: [
          { id: 50, count: 1 },
          { id: 51, count: 1 },
        ],
      },
      ['itemList'],
    ],
    [{ ...base, channelId: 4.5 }, ['channelId']],
    [{ ...base, channelId: '40' }, ['channelId']],
    [{ ...base, itemList: [{ id: 50, count: 0 }] }, ['itemList.0.count']],
    [{ ...base, itemList: [{ id: '50', count: 1 }] }, ['itemList.0.id']],
    [{ ...base, paymentMethod: 'direct' }, ['paymentMethod']],
    [{ ...base, transactionId: '  ' }, ['transactionId']],
    [{ ...base, isDeliverable: 'true' }, ['isDeliverable']],
    [{ ...base, price: 12 }, ['']],
  ])('refuses %j', async (input, fields) => {
    const { sim, bip } = setup();
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    const err = await bip.startPayment(input as any).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields).toEqual(fields);
    expect(sim.requests).toHaveLength(0);
  });

  it('accepts exactly one item on channel 50', async () => {
    const { sim, bip } = setup();
    await bip.startPayment({ ...base, channelId: BipChannel.IN_APP_PURCHASE, itemList: [{ id: 52, count: 3 }] });
    expect(sim.requests).toHaveLength(1);
  });

  it('refuses a commit without token or with a bad msisdn before sending', async () => {
    const { sim, bip } = setup();
    const err = await bip.commit({ transactionId: 'x', msisdn: '123', commitToken: ' ' }).catch((e: unknown) => e);
    expect((err as ValidationError).fields).toEqual(['msisdn', 'commitToken']);
    expect(sim.requests).toHaveLength(0);
  });

  it('refuses to start without credentials or with an odd commit key', () => {
    expect(() => new Bip({ username: '', password: 'x' })).toThrow(ConfigurationError);
    // biome-ignore lint/suspicious/noExplicitAny: a JavaScript caller without types
    expect(() => new Bip({ username: 'u' } as any)).toThrow(ConfigurationError);
    expect(() => setup({}, { commitChannelKey: 'channel id' })).toThrow(ConfigurationError);
  });
});
