/**
 * A basket split between two sellers, with commission, approval and payout: create the sellers as sub-merchant
 * members (IBAN and value date), pay a basket whose products carry their `MemberId`s, read what PayWall worked out
 * (the platform's commission against each seller's earning), approve the payment, and read the earnings again once
 * their reflection (payout) dates have passed.
 *
 * On the simulator: 10 % commission for one seller (paid three days after approval), a per-product 7.5 % and an
 * earning you calculated yourself for the other (paid on the next Friday). Its clock starts on Monday 7 December 2026.
 */
import { fromKurus, toKurus, turkeyDay } from '@odeme/core';
import { PayWall, PayWallCurrency } from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, PAYWALL_SIM_EARNING_STATUS, PayWallSimulator } from '@odeme/testkit';
import { check, type Scenario, type ScenarioContext } from '../demo-kit';

const keys = {
  apiKeyPublic: 'demo-public-key',
  apiClientPublic: 'demo-public-client',
  apiKeyPrivate: 'demo-private-key',
  apiClientPrivate: 'demo-private-client',
};
const DAY = 86_400_000;
/** Monday 7 December 2026, 12:00 in Istanbul: the approval day the value dates count from. */
const MONDAY_NOON = Date.parse('2026-12-07T09:00:00Z');

/** An amount as the log prints it: `179.99 ₺` (a dash when PayWall left it out). */
const tl = (amount: number | string | null | undefined) => (amount === null || amount === undefined ? '—' : `${fromKurus(toKurus(amount))} ₺`);

/** The calendar day of an instant in Istanbul (UTC+3 all year), e.g. `2026-12-10`. */
const istanbulDay = (instant: string | Date | null | undefined) => (instant ? turkeyDay(new Date(instant)) : '—');

/** A seller: a sub-merchant member with a TRY bank account and a value date. */
async function createSeller(
  pw: PayWall,
  externalId: string,
  name: string,
  valueDate: { CalculationType: 1 | 2 | 3; CalculationValue: number; Commission: number },
) {
  const member = await pw.members.create({
    IsSubMerchant: true,
    MemberType: 2,
    MemberExternalId: externalId,
    MemberName: name,
    MemberTitle: `${name} — Ayşe Yılmaz`,
    MemberIdentityNumber: '10000000146',
    MemberPhone: '5321234567',
    MemberAddress: 'Moda Cd. 1, Kadıköy, İstanbul',
    BankAccounts: [{ CurrencyId: PayWallCurrency.TRY, Title: 'Ayşe Yılmaz', Iban: 'TR33 0006 1005 1978 6457 8413 26' }],
    ValueDate: valueDate,
  });
  return member.Id as number;
}

/** What the flow leaves behind, for a test to check against the simulator's ledger. */
export interface MarketplaceDemo {
  /** The simulator the flow ran against. */
  sim: PayWallSimulator;
  /** PayWall's id of the basket's payment. */
  paymentId: number;
  /** The two sellers' member ids. */
  sellers: { cups: number; tea: number };
}

/** The demo flow; `ctx` counts its steps and prints its log. */
export async function runMarketplaceDemo({ step, log }: ScenarioContext): Promise<MarketplaceDemo> {
  const sim = new PayWallSimulator({ ...keys, now: () => new Date(MONDAY_NOON) });
  const pw = new PayWall({ ...keys, environment: 'test', fetch: sim.fetch, logLevel: 'off' });

  step('create two sellers: sub-merchants with an IBAN and a value date');
  const cups = await createSeller(pw, 'seller-cups', 'Kupa Atölyesi', { CalculationType: 1, CalculationValue: 3, Commission: 10 });
  const tea = await createSeller(pw, 'seller-tea', 'Çay Evi', { CalculationType: 2, CalculationValue: 5, Commission: 12.5 });
  log(`sellers: Kupa Atölyesi #${cups} (10 %, paid 3 days after approval), Çay Evi #${tea} (12.5 %, paid on Fridays)`);

  step('pay a 375.00 ₺ basket: products of both sellers and the platform’s own fee');
  const started = await pw.payments.startDirect({
    PaymentDetail: { Amount: '375.00', MerchantUniqueCode: 'basket-2026-1207-01', CurrencyId: PayWallCurrency.TRY, Installment: 1, ClientIP: '203.0.113.7' },
    Card: { OwnerName: 'Deniz Kaya', Number: PAYWALL_SIM_CARDS.success, ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
    Customer: { FullName: 'Deniz Kaya', Phone: '5336662211', Email: 'deniz@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda' },
    Products: [
      { ProductId: 'KUPA-01', ProductName: 'El yapımı kupa', ProductAmount: '199.99', MemberId: cups },
      { ProductId: 'CAY-01', ProductName: 'Rize çayı 1 kg', ProductAmount: '100.01', MemberId: tea, MemberCustomCommission: true, MemberCommission: 7.5 },
      { ProductId: 'CAY-02', ProductName: 'Demlik', ProductAmount: '50.00', MemberId: tea, MemberEarningCalculated: true, MemberEarning: 40 },
      { ProductId: 'HIZMET', ProductName: 'Paketleme hizmeti', ProductAmount: '25.00' },
    ],
  });
  const paymentId = started.Payment?.PaymentId as number;
  check(typeof paymentId === 'number', 'the payment has an id');

  step('read the earnings: the platform’s commission and each seller’s earning');
  const calculated = await pw.marketplace.earnings.byPayment({ PaymentId: paymentId });
  check(calculated.length === 3, 'three seller products, three pairs of earnings (the fee is the platform’s alone)');
  for (const row of calculated) log(`${row.ProductName}: ${tl(row.ProductAmount)} → seller ${tl(row.SubMerchantEarning)}, platform ${tl(row.MerchantEarning)}`);
  check(
    calculated.every((row) => row.SubMerchantEarningStatusId === PAYWALL_SIM_EARNING_STATUS.calculated),
    'earnings wait for approval',
  );
  const platformKurus = calculated.reduce((sum, row) => sum + toKurus(row.MerchantEarning ?? 0), 0);
  log(`platform commission ${tl(fromKurus(platformKurus))}, plus the 25.00 ₺ fee it sold itself`);

  step('approve the payment: PayWall sets each seller’s payout date');
  await pw.marketplace.approvePayment({ PaymentId: paymentId });
  const report = await pw.marketplace.approvalReport({ PaymentId: paymentId });
  check(report.Approved.length === 3 && report.NotApproved.length === 0, 'every seller product is approved');
  const approved = await pw.marketplace.earnings.byPayment({ PaymentId: paymentId });
  for (const row of approved) log(`${row.ProductName}: paid out on ${istanbulDay(row.SubMerchantReflectionDate)} (00:00 Istanbul)`);

  step('five days later (Saturday): both payout dates have passed');
  sim.advanceTime(5 * DAY);
  const paid = await pw.marketplace.earnings.byPayment({ PaymentId: paymentId });
  check(
    paid.every((row) => row.SubMerchantEarningStatusId === PAYWALL_SIM_EARNING_STATUS.paid && typeof row.SubMerchantPayoutTransactionId === 'number'),
    'every seller earning is paid, with a payout transaction',
  );
  for (const row of paid) log(`${row.ProductName}: ${tl(row.SubMerchantEarning)} paid to the seller, transfer #${row.SubMerchantPayoutTransactionId}`);
  return { sim, paymentId, sellers: { cups, tea } };
}

export const marketplaceScenarios: Scenario[] = [
  {
    name: 'PayWall marketplace: a basket split between two sellers, approved and paid out',
    provider: 'paywall',
    async run(ctx) {
      await runMarketplaceDemo(ctx);
    },
  },
];
