// The simulator takes the subscription calls exactly as PayWall's official .NET SDK makes them: camelCase POST and
// PUT bodies with every member written (nulls, 0, false), PascalCase DELETE bodies, GET parameters as headers, all
// four key headers. A refusal of any of them would be a simulator bug.
import { PAYWALL_SIM_CARDS } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { netSim } from './sim-harness.js';

const DAY = 86_400_000;

function setup() {
  const world = netSim({ hashKeys: { systemWebhook: 'sw' }, now: () => new Date('2026-03-01T10:00:00.000Z') });
  const saveCard = async (number: string) => {
    const body = (await world.accepted(65, {
      value: { RelationalId1: 'user-7', Card: { HolderName: 'Ayse Yilmaz', Number: number, Month: 12, Year: 2030 } },
    })) as { UniqueCode: string };
    return body.UniqueCode;
  };
  return { ...world, saveCard };
}

const subscription = (code: string, card: string | null) => ({
  Card: card ? { UniqueCode: card } : null,
  SubscriptionType: 1,
  SubscriptionMerchantCode: code,
  CurrencyId: 1,
  Amount: 99.9,
  CallbackUrl: 'https://shop.example/paywall/recurring',
  PaymentAtCreation: true,
  RecurringPeriodType: 4,
  Customer: { Name: 'Ayse', Lastname: 'Yilmaz', Email: 'ayse@example.com' },
  Items: [{ Type: 1, Name: 'Gold', Amount: 99.9 }],
});

describe('PayWall simulator: subscription calls as the .NET SDK sends them', () => {
  it('creates, queries, changes, stops, resumes and deletes a subscription', async () => {
    const { sim, accepted, send, saveCard } = setup();
    const card = await saveCard(PAYWALL_SIM_CARDS.success);
    const created = (await accepted(37, { value: subscription('net-sub-1', card) })) as { SubscriptionId: number; FirstPaymentDateTime: string };
    expect(created.FirstPaymentDateTime).toBe('2026-03-01T10:00:00.000Z');
    const sub = sim.recurring.subscriptions.get(created.SubscriptionId);
    // The .NET body writes FailAttempt 0, TrialDay 0, RecurringPeriodCount 0 and null pool ids: all taken.
    expect(sub).toMatchObject({ merchantCode: 'net-sub-1', failAttempt: 0, trialDay: 0, periodCount: 0, amountKurus: 9_990, active: true });
    const paid = sub?.jobs[0]?.paymentIds[0] ?? 0;
    expect(sim.payments.get(paid)?.statusId).toBe(4);

    const q = (await accepted(39, { params: { subscriptionmerchantcode: 'net-sub-1' } })) as { Id: number; Jobs: unknown[]; IsActive: boolean };
    expect(q).toMatchObject({ Id: created.SubscriptionId, IsActive: true });
    expect(q.Jobs).toHaveLength(2);
    const payment = (await accepted(43, { params: { subscriptionid: String(created.SubscriptionId), paymentid: String(paid) } })) as Record<string, unknown>;
    expect(payment).toMatchObject({ PaymentSuccess: true, Payment: { Id: paid, Amount: 99.9 } });

    await accepted(38, {
      value: {
        SubscriptionMerchantCode: 'net-sub-1',
        SubscriptionType: 1,
        CurrencyId: 1,
        Amount: 120,
        CallbackUrl: 'https://shop.example/paywall/recurring',
        RecurringPeriodType: 4,
        Items: [{ Type: 1, Name: 'Gold+', Amount: 120 }],
      },
    });
    expect(sub?.amountKurus).toBe(12_000);

    await accepted(40, { value: { SubscriptionMerchantCode: 'net-sub-1' } });
    expect(sub?.active).toBe(false);
    sim.advanceTime(40 * DAY);
    expect(sub?.jobs.filter((j) => j.complete)).toHaveLength(1);
    await accepted(42, { value: { SubscriptionMerchantCode: 'net-sub-1' } });
    expect(sub?.active).toBe(true);
    await accepted(41, { value: { SubscriptionMerchantCode: 'net-sub-1' } });
    expect((await send(39, { params: { subscriptionmerchantcode: 'net-sub-1' } })).env.ErrorCode).toBe(323);
  });

  it('lists, adds and removes cards (DELETE with the Id as text)', async () => {
    const { sim, accepted, saveCard } = setup();
    const created = (await accepted(37, { value: subscription('net-sub-2', await saveCard(PAYWALL_SIM_CARDS.success)) })) as { SubscriptionId: number };
    await accepted(45, { value: { SubscriptionId: created.SubscriptionId, UniqueCode: await saveCard(PAYWALL_SIM_CARDS.troy) } });
    const cards = (await accepted(44, { params: { subscriptionid: String(created.SubscriptionId) } })) as unknown as { Id: number; Priority: number; Brand: string }[];
    expect(cards.map((c) => [c.Priority, c.Brand])).toEqual([
      [1, 'MasterCard'],
      [2, 'Troy'],
    ]);
    await accepted(46, { value: { Id: String(cards[1]?.Id) } });
    expect(sim.recurring.subscriptions.get(created.SubscriptionId)?.cards).toHaveLength(1);
  });

  it('answers the pool lists and searches with the headers the .NET SDK sets', async () => {
    const { accepted, saveCard } = setup();
    await accepted(37, { value: subscription('net-sub-3', await saveCard(PAYWALL_SIM_CARDS.success)) });
    const customers = (await accepted(47, { params: { start: '0', length: '10', sortvalue: 'desc', sortcolumn: 'Id', name: 'ayse' } })) as {
      TotalRecord: number;
      Data: { CustomerName: string; ActiveUsedSubscription: number }[];
    };
    expect(customers).toMatchObject({ TotalRecord: 1, Data: [{ CustomerName: 'Ayse', ActiveUsedSubscription: 1 }] });
    expect(await accepted(48, { params: { customername: 'Yilmaz' } })).toMatchObject([{ CustomerLastname: 'Yilmaz' }]);
    const items = (await accepted(49, { params: { start: '0', length: '10', itemtype: '1', amount: '99.90' } })) as { TotalRecord: number };
    expect(items.TotalRecord).toBe(1);
    expect(await accepted(50, { params: { itemname: 'gold' } })).toMatchObject([{ Name: 'Gold', Amount: 99.9 }]);
  });
});
