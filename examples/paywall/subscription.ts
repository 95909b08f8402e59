import { PayWall, PayWallRecurringPeriod, PayWallSubscriptionType } from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, PAYWALL_SIM_RECURRING_TEMPLATE, PayWallSimulator } from '@odeme/testkit';
import { check, type Scenario } from '../demo-kit';

// A monthly subscription whose first charge is declined, then paid on its retry with a card added in between.
// Time is the simulator's: `advanceTime` moves the clock the charges run on.

const keys = {
  apiKeyPublic: 'demo-public-key',
  apiClientPublic: 'demo-public-client',
  apiKeyPrivate: 'demo-private-key',
  apiClientPrivate: 'demo-private-client',
};
const hashKeys = { systemWebhook: 'demo-system-webhook-key' };
const DAY = 86_400_000;
const HOUR = 3_600_000;

export const subscriptionScenarios: Scenario[] = [
  {
    name: 'PayWall monthly subscription with a failed and retried charge',
    provider: 'paywall',
    async run({ step, log }) {
      const sim = new PayWallSimulator({ ...keys, hashKeys, now: () => new Date('2026-01-10T08:00:00.000Z') });
      const pw = new PayWall({ ...keys, hashKeys, environment: 'test', fetch: sim.fetch, logLevel: 'off' });

      step('store the subscriber card in CardWall (a card the bank declines for lack of funds)');
      const weak = await pw.cardWall.save({
        RelationalId1: 'user-7',
        Card: { HolderName: 'Ayse Yilmaz', Number: PAYWALL_SIM_CARDS.insufficientFunds, Month: 12, Year: 2030 },
      });

      step('create a monthly 149.90 TL subscription: two more tries, 24 hours apart');
      const sub = await pw.recurring.create({
        Card: { UniqueCode: weak.UniqueCode ?? '' },
        SubscriptionMerchantCode: 'demo-sub-1',
        SubscriptionType: PayWallSubscriptionType.Unlimited,
        CurrencyId: 1,
        Amount: '149.90',
        CallbackUrl: 'https://shop.example/paywall/recurring',
        RecurringPeriodType: PayWallRecurringPeriod.Monthly,
        FailAttempt: 2,
        FailAttemptPendingHour: 24,
        Customer: { Name: 'Ayse', Lastname: 'Yilmaz', Email: 'ayse@example.com' },
        Items: [
          { Type: 1, Name: 'Gold membership', Amount: '100.00' },
          { Type: 3, Name: 'Support', Amount: '49.90' },
        ],
      });
      log(`subscription ${sub.SubscriptionId} (${sub.reference}), first charge ${sub.FirstPaymentDateTime}`);

      step('a month later the charge is declined; the callback says another try follows');
      sim.advanceTime(31 * DAY);
      await sim.recurring.settled();
      const declined = await pw.callbacks.verifyWebhook('recurring', sim.recurring.callbacks[0]?.body ?? '', { template: PAYWALL_SIM_RECURRING_TEMPLATE });
      check(declined.body.Success === false && declined.body.AttemptFinished === false, 'the first try must fail and be retried');
      log(`declined: ${String(declined.body.FailReason)}`);

      step('the subscriber adds a working card before the retry');
      const good = await pw.cardWall.save({
        RelationalId1: 'user-7',
        Card: { HolderName: 'Ayse Yilmaz', Number: PAYWALL_SIM_CARDS.success, Month: 12, Year: 2030 },
      });
      await pw.recurring.addCard({ SubscriptionId: sub.SubscriptionId ?? 0, UniqueCode: good.UniqueCode ?? '' });

      step('24 hours later the retry charges the cards by priority and is paid');
      sim.advanceTime(24 * HOUR);
      await sim.recurring.settled();
      const paid = await pw.callbacks.verifyWebhook('recurring', sim.recurring.callbacks.at(-1)?.body ?? '', { template: PAYWALL_SIM_RECURRING_TEMPLATE });
      check(paid.verified.Attempt === 2 && paid.body.Success === true, 'the second try must succeed');

      step('confirm the charge and the next date with queries');
      const charge = await pw.recurring.getPayment({ SubscriptionId: sub.SubscriptionId ?? 0, PaymentId: Number(paid.verified.PaymentId) });
      check(charge.PaymentSuccess === true && charge.Payment?.Amount === 149.9, 'the charge must be 149.90 TL and successful');
      const state = await pw.recurring.get({ SubscriptionMerchantCode: 'demo-sub-1' });
      const next = state.Jobs.find((j) => !j.IsComplete);
      check(next?.RecurringDateTime === '2026-03-10T08:00:00.000Z', 'the next charge must be due a month after the first date');
      log(`paid ${charge.Payment?.Amount} TL on try ${paid.verified.Attempt}; next charge ${next?.RecurringDateTime}`);
    },
  },
];
