import {
  type CreateSubscriptionParams,
  PayWallRecurringPeriod,
  type PayWallRecurringPeriodId,
  PayWallSubscriptionType,
  type RecurringResource,
  type Subscription,
  type SubscriptionCard,
  type SubscriptionCreated,
  ValidationError,
} from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, PAYWALL_SIM_RECURRING_TEMPLATE, type PayWallSimulator } from '@odeme/testkit';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { creds, hashKeys, makeClient, makeSim, uniqueCode } from './helpers';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const CALLBACK = 'https://shop.example/paywall/recurring';

// A fixed clock: charges fall on known dates (months are calendar months).
const START = new Date('2026-01-10T08:00:00.000Z');
function setup() {
  const sim = makeSim({ now: () => START });
  return { sim, pw: makeClient(sim) };
}

async function storedCard(pw: ReturnType<typeof makeClient>, number: string = PAYWALL_SIM_CARDS.success): Promise<string> {
  const saved = await pw.cardWall.save({ RelationalId1: 'user-7', Card: { HolderName: 'Ayse Yilmaz', Number: number, Month: 12, Year: 2030 } });
  return saved.UniqueCode ?? '';
}

function plan(cardCode: string, extra: Partial<CreateSubscriptionParams> = {}): CreateSubscriptionParams {
  return {
    Card: { UniqueCode: cardCode },
    SubscriptionType: PayWallSubscriptionType.Unlimited,
    CurrencyId: 1,
    Amount: '149.90',
    CallbackUrl: CALLBACK,
    RecurringPeriodType: PayWallRecurringPeriod.Monthly,
    FailAttempt: 2,
    FailAttemptPendingHour: 24,
    Customer: { Name: 'Ayse', Lastname: 'Yilmaz', Email: 'ayse@example.com', Phone: '5336662211' },
    Items: [
      { Type: 1, Name: 'Gold membership', Amount: '100.00' },
      { Type: 3, Name: 'Support', Amount: 49.9 },
    ],
    ...extra,
  };
}

const charges = (sim: PayWallSimulator, code: string) => {
  const sub = sim.recurring.byMerchantCode(code);
  return (sub?.jobs ?? []).flatMap((j) => j.paymentIds.map((id) => sim.payments.get(id)));
};

describe('PayWall subscriptions (simulator)', () => {
  it('a monthly subscription: charged on its dates, the body on the wire as the .NET model names it', async () => {
    const { sim, pw } = setup();
    const code = uniqueCode('sub');
    const created = await pw.recurring.create(plan(await storedCard(pw), { SubscriptionMerchantCode: code }));
    expect(created.reference).toBe(code);
    expect(created.FirstPaymentDateTime).toBe('2026-02-10T08:00:00.000Z');
    const sent = JSON.parse(sim.requests.at(-1)?.body ?? '{}');
    expect(sent).toMatchObject({ SubscriptionMerchantCode: code, Amount: 149.9, Items: [{ Amount: 100 }, { Amount: 49.9 }], RecurringPeriodType: 4 });
    expect(charges(sim, code)).toHaveLength(0);

    sim.advanceTime(31 * DAY); // 2026-02-10 passed
    sim.advanceTime(28 * DAY); // 2026-03-10 passed
    const made = charges(sim, code);
    expect(made.map((p) => [p?.statusId, p?.amountKurus])).toEqual([
      [4, 14_990],
      [4, 14_990],
    ]);
    const sub = await pw.recurring.get({ SubscriptionMerchantCode: code });
    expect(sub.Id).toBe(created.SubscriptionId);
    expect(sub.IsActive).toBe(true);
    expect(sub.Jobs.map((j) => [j.RecurringDateTime, j.IsComplete])).toEqual([
      ['2026-02-10T08:00:00.000Z', true],
      ['2026-03-10T08:00:00.000Z', true],
      ['2026-04-10T08:00:00.000Z', false],
    ]);
    expect(sim.requests.at(-1)?.headers.subscriptionmerchantcode).toBe(code);
    const one = await pw.recurring.getPayment({ SubscriptionId: sub.Id ?? 0, PaymentId: made[1]?.paymentId ?? 0 });
    expect(one).toMatchObject({ PaymentSuccess: true, SubscriptionMerchantCode: code, Payment: { Amount: 149.9, CardNumber: '552879******0008' } });
    expect(sim.requests.at(-1)?.headers).toMatchObject({ subscriptionid: String(sub.Id), paymentid: String(made[1]?.paymentId) });
  });

  it('a declined charge is retried FailAttemptPendingHour later and succeeds on a card added in between; callbacks verify', async () => {
    const { sim, pw } = setup();
    const code = uniqueCode('sub');
    const created = await pw.recurring.create(plan(await storedCard(pw, PAYWALL_SIM_CARDS.insufficientFunds), { SubscriptionMerchantCode: code }));
    sim.advanceTime(31 * DAY);
    await sim.recurring.settled();
    expect(sim.recurring.callbacks.map((c) => [c.fields.Attempt, c.fields.Success, c.fields.AttemptFinished])).toEqual([[1, false, false]]);

    await pw.recurring.addCard({ SubscriptionId: created.SubscriptionId ?? 0, UniqueCode: await storedCard(pw) });
    const cards = await pw.recurring.listCards({ SubscriptionId: created.SubscriptionId ?? 0 });
    expect(cards.map((c) => c.Priority)).toEqual([1, 2]);
    sim.advanceTime(23 * HOUR);
    expect(charges(sim, code)).toHaveLength(1); // not yet
    sim.advanceTime(HOUR);
    await sim.recurring.settled();
    // The retry charges the cards by priority: the first declines again, the second pays.
    expect(charges(sim, code).map((p) => p?.statusId)).toEqual([5, 5, 4]);
    const [first, second] = sim.recurring.callbacks;
    expect(second?.fields).toMatchObject({ SubscriptionMerchantCode: code, Attempt: 2, Success: true, AttemptFinished: true, FailReason: null });
    expect(second?.body).toContain('"Amount":149.90');
    expect(first?.fields.FailReason).toMatch(/yetersiz/i);

    const verified = await pw.callbacks.verifyWebhook('recurring', second?.body ?? '', { template: PAYWALL_SIM_RECURRING_TEMPLATE });
    expect(verified.verified).toMatchObject({ SubscriptionMerchantCode: code, Attempt: 2 });
    const forged = (second?.body ?? '').replace('"Attempt":2', '"Attempt":3');
    await expect(pw.callbacks.verifyWebhook('recurring', forged, { template: PAYWALL_SIM_RECURRING_TEMPLATE })).rejects.toMatchObject({
      code: 'signature_verification_failed',
    });
  });

  it('a charge declined on every try is left failed and the next period is still due', async () => {
    const { sim, pw } = setup();
    const code = uniqueCode('sub');
    await pw.recurring.create(
      plan(await storedCard(pw, PAYWALL_SIM_CARDS.doNotHonour), { SubscriptionMerchantCode: code, FailAttempt: 1, FailAttemptPendingHour: 6 }),
    );
    sim.advanceTime(31 * DAY + 6 * HOUR);
    await sim.recurring.settled();
    expect(sim.recurring.callbacks.map((c) => [c.fields.Attempt, c.fields.AttemptFinished])).toEqual([
      [1, false],
      [2, true],
    ]);
    const sub = await pw.recurring.get({ SubscriptionMerchantCode: code });
    expect(sub.Jobs.map((j) => j.IsComplete)).toEqual([true, false]);
  });

  it('unsubscribe stops the charges; resubscribe resumes at the next date without catching up', async () => {
    const { sim, pw } = setup();
    const code = uniqueCode('sub');
    await pw.recurring.create(plan(await storedCard(pw), { SubscriptionMerchantCode: code, PaymentAtCreation: true }));
    expect(charges(sim, code)).toHaveLength(1);
    await pw.recurring.unsubscribe({ SubscriptionMerchantCode: code });
    expect(JSON.parse(sim.requests.at(-1)?.body ?? '{}')).toEqual({ SubscriptionMerchantCode: code });
    expect(sim.requests.at(-1)?.method).toBe('DELETE');
    sim.advanceTime(70 * DAY);
    expect(charges(sim, code)).toHaveLength(1);
    expect((await pw.recurring.get({ SubscriptionMerchantCode: code })).IsActive).toBe(false);
    await expect(pw.recurring.unsubscribe({ SubscriptionMerchantCode: code })).rejects.toMatchObject({ providerCode: '325' });

    await pw.recurring.resubscribe({ SubscriptionMerchantCode: code });
    expect(charges(sim, code)).toHaveLength(1);
    sim.advanceTime(31 * DAY);
    expect(charges(sim, code)).toHaveLength(2);
    await pw.recurring.remove({ SubscriptionMerchantCode: code });
    await expect(pw.recurring.get({ SubscriptionMerchantCode: code })).rejects.toMatchObject({ providerCode: '323' });
  });

  it('a count-limited daily plan charges its count; a trial delays the first charge; a plan change moves the next one', async () => {
    const { sim, pw } = setup();
    const card = await storedCard(pw);
    const limited = uniqueCode('sub');
    await pw.recurring.create(
      plan(card, {
        SubscriptionMerchantCode: limited,
        SubscriptionType: PayWallSubscriptionType.CountLimited,
        RecurringPeriodCount: 3,
        RecurringPeriodType: PayWallRecurringPeriod.Daily,
        PaymentAtCreation: true,
      }),
    );
    const trial = uniqueCode('sub');
    const t = await pw.recurring.create(plan(card, { SubscriptionMerchantCode: trial, HasTrial: true, TrialDay: 14 }));
    expect(t.FirstPaymentDateTime).toBe('2026-01-24T08:00:00.000Z');
    sim.advanceTime(10 * DAY);
    expect(charges(sim, limited)).toHaveLength(3);
    expect(charges(sim, trial)).toHaveLength(0);

    await pw.recurring.update({
      SubscriptionMerchantCode: trial,
      SubscriptionType: 1,
      CurrencyId: 1,
      Amount: '19.99',
      CallbackUrl: CALLBACK,
      RecurringPeriodType: PayWallRecurringPeriod.Weekly,
      Items: [{ Type: 1, Name: 'Basic', Amount: '19.99' }],
    });
    expect(sim.requests.at(-1)?.method).toBe('PUT');
    sim.advanceTime(7 * DAY);
    expect(charges(sim, trial).map((p) => p?.amountKurus)).toEqual([1_999]);
  });

  it('removes a card by its Id as text, never the last one', async () => {
    const { sim, pw } = setup();
    const code = uniqueCode('sub');
    const { SubscriptionId } = await pw.recurring.create(plan(await storedCard(pw), { SubscriptionMerchantCode: code }));
    const id = SubscriptionId ?? 0;
    await pw.recurring.addCard({ SubscriptionId: id, UniqueCode: await storedCard(pw, PAYWALL_SIM_CARDS.troy) });
    const [first, second] = await pw.recurring.listCards({ SubscriptionId: id });
    await pw.recurring.removeCard({ Id: second?.Id ?? 0 });
    expect(JSON.parse(sim.requests.at(-1)?.body ?? '{}')).toEqual({ Id: String(second?.Id) });
    await expect(pw.recurring.removeCard({ Id: String(first?.Id) })).rejects.toMatchObject({ providerCode: '349' });
    expect(await pw.recurring.listCards({ SubscriptionId: id })).toHaveLength(1);
  });

  it('pools: subscribers and items enter them; the …All helpers walk every page', async () => {
    const { sim, pw } = setup();
    const card = await storedCard(pw);
    for (let i = 0; i < 5; i++)
      await pw.recurring.create(
        plan(card, {
          Customer: { Name: `Musteri${i}`, Lastname: 'Kaya' },
          Items: [{ Type: 2, Name: `Kutu ${i}`, Amount: '149.90' }],
        }),
      );
    const page = await pw.recurring.customerPool({ Start: 0, Length: 2, Lastname: 'Kaya' });
    expect(page.TotalRecord).toBe(5);
    expect(page.Data).toHaveLength(2);
    expect(sim.requests.at(-1)?.headers).toMatchObject({ start: '0', length: '2', lastname: 'Kaya' });
    const before = sim.requests.length;
    const all = [];
    for await (const c of pw.recurring.customerPoolAll({ Length: 2 })) all.push(c.CustomerName);
    expect(all).toEqual(['Musteri0', 'Musteri1', 'Musteri2', 'Musteri3', 'Musteri4']);
    expect(sim.requests.length - before).toBe(3);
    const items = [];
    for await (const i of pw.recurring.itemPoolAll({ Length: 4, ItemType: 2 })) items.push(i.Name);
    expect(items).toHaveLength(5);
    expect((await pw.recurring.itemPool({ Amount: '149.90' })).Data.map((i) => i.ActiveUsedSubscription)).toEqual([1, 1, 1, 1, 1]);
    expect(await pw.recurring.searchCustomers({ CustomerName: 'Musteri3' })).toMatchObject([{ CustomerLastname: 'Kaya' }]);
    expect(await pw.recurring.searchItems({ ItemName: 'Kutu 4' })).toMatchObject([{ Amount: 149.9 }]);

    // A pooled subscriber and item are referred to by id.
    const pooled = uniqueCode('sub');
    const unknownItem = await pw.recurring
      .create(
        plan(card, {
          SubscriptionMerchantCode: pooled,
          Customer: { SubscriptionCustomerPoolId: page.Data[0]?.Id ?? 0 },
          Items: [{ SubscriptionItemPoolId: 999_999, Type: 1, Name: 'x', Amount: '149.90' }],
        }),
      )
      .catch((e: unknown) => e);
    expect(unknownItem).toMatchObject({ providerCode: '342', reference: pooled });
    expect(sim.recurring.byMerchantCode(pooled)).toBeUndefined();
    const itemId = (await pw.recurring.searchItems({ ItemName: 'Kutu 0' }))[0]?.Id ?? 0;
    await pw.recurring.create(
      plan(card, {
        SubscriptionMerchantCode: pooled,
        Customer: { SubscriptionCustomerPoolId: page.Data[0]?.Id ?? 0 },
        Items: [{ SubscriptionItemPoolId: itemId, Type: 2, Name: 'Kutu 0', Amount: '149.90' }],
      }),
    );
    expect(sim.recurring.byMerchantCode(pooled)).toMatchObject({ customerPoolId: page.Data[0]?.Id, items: [{ poolId: itemId }] });
    expect(sim.recurring.customers.size).toBe(5);
  });
});

describe('PayWall subscriptions: money and validation', () => {
  it('create is sent once, with a generated key as reference; the reference is on its errors too', async () => {
    const { sim, pw } = setup();
    const card = await storedCard(pw);
    const created = await pw.recurring.create(plan(card));
    expectTypeOf(created).toEqualTypeOf<SubscriptionCreated>();
    expectTypeOf(created.reference).toEqualTypeOf<string>();
    expect(created.reference).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(sim.requests.at(-1)?.body ?? '{}').SubscriptionMerchantCode).toBe(created.reference);

    const dup = await pw.recurring.create(plan(card, { SubscriptionMerchantCode: created.reference })).catch((e: unknown) => e);
    expect(dup).toMatchObject({ providerCode: '322', reference: created.reference });

    sim.injectFault({ kind: 'drop-response' }, { match: (m, path) => m === 'POST' && path.endsWith('/recurring') });
    const posts = sim.count('POST', '/api/paywall/recurring');
    const lost = await pw.recurring.create(plan(card, { SubscriptionMerchantCode: 'lost-sub' })).catch((e: unknown) => e);
    expect(lost).toMatchObject({ code: 'network_error', reference: 'lost-sub', outcome: 'unknown' });
    expect((lost as Error).message).toContain('recurring.get({ SubscriptionMerchantCode: reference })');
    expect(sim.count('POST', '/api/paywall/recurring') - posts).toBe(1);
    // The subscription exists although the answer was lost: look it up instead of creating it again.
    expect((await pw.recurring.get({ SubscriptionMerchantCode: 'lost-sub' })).IsActive).toBe(true);
  });

  it.each<[string, Partial<CreateSubscriptionParams>, string]>([
    ['items that do not add up', { Amount: '150.00' }, 'Items'],
    ['a trial without days', { HasTrial: true }, 'TrialDay'],
    ['a count-limited plan without a count', { SubscriptionType: 2 }, 'RecurringPeriodCount'],
    ['an unknown period', { RecurringPeriodType: 9 as 1 }, 'RecurringPeriodType'],
    ['a key that cannot travel as a header', { SubscriptionMerchantCode: 'abonelik-ş' }, 'SubscriptionMerchantCode'],
    ['an amount past the kuruş', { Amount: '149.901' }, 'Amount'],
    ['a subscriber without a name', { Customer: { Lastname: 'Yilmaz' } }, 'Customer.Name'],
    ['no items', { Items: [] }, 'Items'],
    ['a relative callback address', { CallbackUrl: '/paywall/recurring' }, 'CallbackUrl'],
  ])('refuses %s before sending', async (_name, change, field) => {
    const { sim, pw } = setup();
    const before = sim.requests.length;
    const err = await pw.recurring.create(plan('card-code', change)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields).toContain(field);
    expect(sim.requests.length).toBe(before);
  });

  it('refuses bad pool filters and ids before sending', async () => {
    const { sim, pw } = setup();
    const attempts = [
      pw.recurring.customerPool({ Name: 'Ayşe' }),
      pw.recurring.itemPool({ Start: -1 }),
      pw.recurring.getPayment({ SubscriptionId: 1, PaymentId: 0 }),
      pw.recurring.removeCard({ Id: 'card-1' }),
    ];
    for (const a of attempts) expect(await a.catch((e: unknown) => e)).toBeInstanceOf(ValidationError);
    expect(sim.requests).toHaveLength(0);
  });
});

describe('PayWall subscriptions: types and callback delivery', () => {
  it('names its inputs and answers', () => {
    expectTypeOf<CreateSubscriptionParams['RecurringPeriodType']>().toEqualTypeOf<PayWallRecurringPeriodId>();
    expectTypeOf<CreateSubscriptionParams['SubscriptionType']>().toEqualTypeOf<1 | 2>();
    expectTypeOf<CreateSubscriptionParams['SubscriptionMerchantCode']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ReturnType<RecurringResource['get']>>().toEqualTypeOf<Promise<Subscription>>();
    expectTypeOf<ReturnType<RecurringResource['listCards']>>().toEqualTypeOf<Promise<SubscriptionCard[]>>();
    expectTypeOf<ReturnType<RecurringResource['unsubscribe']>>().toEqualTypeOf<Promise<null>>();
    expectTypeOf<Subscription['Jobs'][number]['IsComplete']>().toEqualTypeOf<boolean | null | undefined>();
    // @ts-expect-error: an item type outside 1–3 does not compile
    const bad: CreateSubscriptionParams['Items'][number] = { Type: 4, Name: 'x', Amount: 1 };
    void bad;
  });

  it('posts each try to CallbackUrl with `deliver`, signed with the System Webhook key', async () => {
    const posted: { url: string; body: string }[] = [];
    const sim = makeSim({
      now: () => START,
      recurring: {
        deliver: async (url, init) => {
          posted.push({ url, body: String(init.body) });
          return new Response('ok');
        },
      },
    });
    const pw = makeClient(sim);
    await pw.recurring.create(plan(await storedCard(pw), { SubscriptionMerchantCode: 'delivered', PaymentAtCreation: true }));
    await sim.recurring.settled();
    expect(posted.map((p) => p.url)).toEqual([CALLBACK]);
    const other = makeClient(undefined, { hashKeys: { ...hashKeys, systemWebhook: 'another-key' } });
    await expect(other.callbacks.verifyWebhook('recurring', posted[0]?.body ?? '', { template: PAYWALL_SIM_RECURRING_TEMPLATE })).rejects.toMatchObject({
      code: 'signature_verification_failed',
    });
    const ok = await pw.callbacks.verifyWebhook('recurring', posted[0]?.body ?? '', { template: PAYWALL_SIM_RECURRING_TEMPLATE });
    expect(ok.verified).toMatchObject({ SubscriptionMerchantCode: 'delivered', Attempt: 1 });
    expect(sim.requests.at(-1)?.headers).toMatchObject({ apikeypublic: creds.apiKeyPublic, apikeyprivate: creds.apiKeyPrivate });
  });
});
