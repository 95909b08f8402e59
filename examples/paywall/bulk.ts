/**
 * A club's monthly dues charged in one Storm batch: four members, one card declines; the result callback arrives in
 * signed pages that the shop's endpoint verifies; the batch query gives the totals; the member tops the card up, the
 * failed payment is retried, and the batch ends fully paid.
 *
 * On the simulator: result pages of 2 payments (PayWall's are 1,000), posted straight to the shop's handler; its clock
 * stands on Tuesday 1 December 2026, 12:00 in Istanbul.
 */
import { fromKurus, type Kurus, toKurus } from '@odeme/core';
import {
  type BulkPaymentLine,
  type BulkPaymentParams,
  PayWall,
  PayWallCardMethod,
  PayWallCardModel,
  PayWallCurrency,
  PayWallPaymentStatus,
} from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, PayWallSimulator } from '@odeme/testkit';
import { check, type Scenario, type ScenarioContext } from '../demo-kit';

const keys = {
  apiKeyPublic: 'demo-public-key',
  apiClientPublic: 'demo-public-client',
  apiKeyPrivate: 'demo-private-key',
  apiClientPrivate: 'demo-private-client',
};
const SYSTEM_WEBHOOK_KEY = 'demo-system-webhook-key';
const NOON = Date.parse('2026-12-01T09:00:00Z');
const BATCH = 'dues-2026-12';

const tl = (kurus: number) => `${fromKurus(kurus)} ₺`;
const members = [
  { name: 'Ayşe Yılmaz', card: PAYWALL_SIM_CARDS.success, dues: '250.00' },
  { name: 'Mehmet Kaya', card: PAYWALL_SIM_CARDS.insufficientFunds, dues: '250.00' },
  { name: 'Zeynep Arslan', card: PAYWALL_SIM_CARDS.troy, dues: '180.50' },
  { name: 'Can Demir', card: PAYWALL_SIM_CARDS.success, dues: '319.50' },
];

/** The batch: one card per member (`CardMethod` 2), total exact to the kuruş. */
function duesBatch(): BulkPaymentParams {
  const total = members.reduce((sum, m) => sum + toKurus(m.dues), 0);
  return {
    PaymentDetail: {
      Amount: fromKurus(total),
      MerchantUniqueCode: BATCH,
      CurrencyId: PayWallCurrency.TRY,
      Installment: 1,
      ClientIP: '203.0.113.7',
      CallbackAddress: 'https://club.example/paywall/bulk',
      CallbackBodySplit: true,
    },
    CardMethod: PayWallCardMethod.CardPerPayment,
    CardModel: PayWallCardModel.ECommerce,
    Payments: members.map((m, i) => ({
      Customer: { FullName: m.name, Phone: '5336662211', Email: 'uye@club.example', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' },
      Product: { ProductId: `AIDAT-12-${i + 1}`, ProductName: 'Aralık aidatı', ProductAmount: m.dues },
      Card: { OwnerName: m.name, Number: m.card, ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
    })),
  };
}

/** What the flow leaves behind, for a test to check. */
export interface BulkDemo {
  /** The simulator the flow ran against. */
  sim: PayWallSimulator;
  /** Every result page the shop's endpoint accepted, in order: `[page, of, results]`. */
  pages: [number, number, number][];
  /** Paid kuruş after the batch and after the retry. */
  paid: { first: number; final: number };
}

/** The demo flow; `ctx` counts its steps and prints its log. */
export async function runBulkDemo({ step, log }: ScenarioContext): Promise<BulkDemo> {
  const sim = new PayWallSimulator({ ...keys, now: () => new Date(NOON) });
  const pw = new PayWall({ ...keys, environment: 'test', fetch: sim.fetch, logLevel: 'off', hashKeys: { systemWebhook: SYSTEM_WEBHOOK_KEY } });

  // The shop's callback endpoint: verify each page with the System Webhook key, answer 400 to anything else.
  const pages: [number, number, number][] = [];
  const failed = new Set<string>();
  const declined = () => failed.size;
  const endpoint = async (request: Request): Promise<Response> => {
    try {
      const page = await pw.callbacks.verifyBulkCallback(request);
      pages.push([page.unverified.pageNumber, page.unverified.totalPages, page.results.length]);
      for (const r of page.results) if (r.Status === PayWallPaymentStatus.Failed) failed.add(String(r.MerchantUniqueCode));
      return new Response('OK');
    } catch {
      return new Response('refused', { status: 400 });
    }
  };
  sim.bulk.configure({ hashKey: SYSTEM_WEBHOOK_KEY, pageSize: 2, deliver: (url, init) => endpoint(new Request(url, init)) });

  step('charge December’s dues of four members in one Storm batch');
  const started = await pw.bulkPayments.start(duesBatch());
  log(`batch ${started.reference}: PayWall's id ${started.BulkPaymentId}`);

  step('the result arrives in signed pages; the endpoint verifies each one');
  await sim.bulk.flush();
  check(pages.length === 2 && pages.every(([, of]) => of === 2), 'two pages of two results, each verified');
  log(`pages verified: ${pages.map(([n, of, count]) => `${n}/${of} (${count} results)`).join(', ')}`);
  check(declined() === 1, 'one member’s card was declined');
  log(`declined: ${[...failed].join(', ')}`);

  step('the batch query: what PayWall charged (the callback is a hint, the query is the record)');
  const lines: BulkPaymentLine[] = [];
  for await (const line of pw.bulkPayments.queryAll({ MerchantUniqueCode: BATCH })) lines.push(line);
  const paidKurus = (statuses: BulkPaymentLine[]) =>
    statuses.filter((l) => l.Status === PayWallPaymentStatus.Successful).reduce<number>((sum, l) => sum + toKurus(l.Amount ?? 0), 0) as Kurus;
  const first = paidKurus(lines);
  for (const l of lines)
    log(`${l.MerchantUniqueCode}: ${tl(toKurus(l.Amount ?? 0))} ${l.Status === PayWallPaymentStatus.Successful ? 'paid' : `failed (${l.ErrorMessage})`}`);
  check(first === toKurus('750.00'), 'three payments, 750.00 ₺, went through');

  step('the member tops the card up; retry the failed payment');
  sim.bulk.configure({ approveCards: [PAYWALL_SIM_CARDS.insufficientFunds] });
  failed.clear();
  const retried = await pw.bulkPayments.retry({ MerchantUniqueCode: BATCH });
  await sim.bulk.flush();
  log(`retried ${String(retried.RetriedPaymentCount)}, ${String(retried.SuccessPaymentCount)} went through`);
  check(declined() === 0, 'the result posted again has no failed payment');

  step('the summary: every member paid');
  const summary = await pw.bulkPayments.summary({ MerchantUniqueCode: BATCH });
  const final = toKurus(summary.TotalSuccessPaymentAmount ?? 0);
  check(summary.TotalSuccessPaymentCount === 4 && final === toKurus('1000.00'), 'four payments, 1000.00 ₺');
  log(`paid ${summary.TotalSuccessPaymentCount} of ${summary.TotalPaymentCount}: ${tl(final)}`);
  return { sim, pages, paid: { first, final } };
}

export const bulkScenarios: Scenario[] = [
  {
    name: 'PayWall bulk payments: monthly dues in one batch, a declined card retried',
    provider: 'paywall',
    async run(ctx) {
      await runBulkDemo(ctx);
    },
  },
];
