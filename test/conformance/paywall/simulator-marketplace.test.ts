// The simulated marketplace (§4.4, §4.5) over raw HTTP: earnings recorded when a basket with sub-merchant products
// is paid, approval and its report, payout on the reflection date, earning changes, debts after a refund, the manual
// trigger and payment product management. Bodies go PascalCase and camelCase (the .NET SDK's casing).
import { PAYWALL_SIM_CARDS, PAYWALL_SIM_EARNING_STATUS, PAYWALL_SIM_FAILING_IBAN, PayWallSimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import type { Envelope } from './sim-harness.js';

const keys = { apiKeyPublic: 'pk-mp', apiClientPublic: 'pc-mp', apiKeyPrivate: 'sk-mp', apiClientPrivate: 'sc-mp' };
const publicPair = { apikeypublic: keys.apiKeyPublic, apiclientpublic: keys.apiClientPublic };
const privatePair = { apikeyprivate: keys.apiKeyPrivate, apiclientprivate: keys.apiClientPrivate };
const allPairs = { ...publicPair, ...privatePair };
// Monday 7 December 2026, 12:00 in Istanbul.
const MONDAY_NOON = Date.parse('2026-12-07T09:00:00Z');
const DAY = 86_400_000;
const { calculated, approved, paid, failed, cancelled } = PAYWALL_SIM_EARNING_STATUS;

type Call = { body?: unknown; headers?: Record<string, string>; pair?: Record<string, string> };
type Row = Record<string, unknown>;

function world() {
  const sim = new PayWallSimulator({ ...keys, now: () => new Date(MONDAY_NOON) });
  const call = async (method: string, path: string, { body, headers = {}, pair = allPairs }: Call = {}) => {
    const init: RequestInit = { method, headers: { ...pair, ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) } };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await sim.fetch(`https://paywall.test/api/paywall/${path}`, init);
    return { status: res.status, env: (await res.json()) as Envelope };
  };
  const okBody = async (method: string, path: string, c: Call = {}) => {
    const { status, env } = await call(method, path, c);
    expect({ status, ErrorCode: env.ErrorCode, Message: env.Message }, `${method} ${path}`).toEqual({ status: 200, ErrorCode: 0, Message: '' });
    return env.Body as never;
  };
  const refused = async (code: number, method: string, path: string, c: Call = {}) => {
    const { env } = await call(method, path, c);
    expect({ ErrorCode: env.ErrorCode, Result: env.Result }, `${method} ${path}: ${env.Message}`).toEqual({ ErrorCode: code, Result: false });
  };
  const member = async (externalId: string, valueDate: Row, iban: string | null = 'TR330006100519786457841326') => {
    const created = (await okBody('POST', 'member', {
      pair: publicPair,
      body: {
        IsSubMerchant: true,
        MemberType: 1,
        MemberExternalId: externalId,
        MemberName: externalId,
        MemberTitle: `${externalId} Ltd`,
        MemberIdentityNumber: '10000000146',
        MemberAddress: 'Moda Cd. 1, Kadıköy',
        BankAccounts: iban ? [{ CurrencyId: 1, Title: externalId, Iban: iban }] : [],
        ValueDate: valueDate,
      },
    })) as { Id: number };
    return created.Id;
  };
  const pay = async (code: string, products: Row[], detail: Row = {}) => {
    const amount = products.reduce((s, p) => s + Math.round(Number(p.ProductAmount) * 100), 0) / 100;
    const body = (await okBody('POST', 'payment/startdirect', {
      body: {
        PaymentDetail: { Amount: amount, MerchantUniqueCode: code, CurrencyId: 1, Installment: 1, ClientIP: '127.0.0.1', ChannelId: 0, TagId: 0, ...detail },
        Card: { OwnerName: 'Ayşe Yılmaz', Number: PAYWALL_SIM_CARDS.success, ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
        Customer: { FullName: 'Ayşe Yılmaz', Phone: '5321234567', Email: 'ayse@example.com', Country: 'TR', City: 'İstanbul', Address: 'Moda' },
        Products: products,
      },
    })) as { Payment: { PaymentId: number; Products: { Id: number }[] } };
    return { paymentId: body.Payment.PaymentId, ids: body.Payment.Products.map((p) => p.Id) };
  };
  return { sim, call, okBody, refused, member, pay };
}

/** Two sellers (10 % commission paid 3 days after approval; 12.5 % on Fridays) and a four-product basket. */
async function basket() {
  const w = world();
  const kupa = await w.member('kupa-atolyesi', { CalculationType: 1, CalculationValue: 3, Commission: 10 });
  const cay = await w.member('cay-evi', { CalculationType: 2, CalculationValue: 5, Commission: 12.5 }, 'TR180006200119000006672315');
  const payment = await w.pay('mp-basket-1', [
    { ProductId: 'KUPA-01', ProductName: 'Kupa', ProductAmount: 199.99, MemberId: kupa },
    { ProductId: 'CAY-01', ProductName: 'Çay', ProductAmount: 100.01, MemberId: cay, MemberCustomCommission: true, MemberCommission: 7.5 },
    { ProductId: 'CAY-02', ProductName: 'Demlik', ProductAmount: 50, MemberId: cay, MemberEarningCalculated: true, MemberEarning: 40 },
    { ProductId: 'KARGO', ProductName: 'Paketleme', ProductAmount: 25 },
  ]);
  return { ...w, kupa, cay, ...payment };
}

const figures = (rows: Row[]) => rows.map((r) => [r.ProductExternalId, r.SubMerchantEarning, r.MerchantEarning]);

describe('PayWall simulator: marketplace earnings', () => {
  it('a paid basket records a platform and a sub-merchant earning per seller product, kuruş-exact', async () => {
    const { okBody, paymentId, ids, sim, cay } = await basket();
    const rows = (await okBody('GET', 'marketplace/report/earning/payment', { headers: { paymentid: String(paymentId) } })) as Row[];
    // 199.99 less 10 % = 179.991 → 179.99 (the kuruş left over is the platform's); 100.01 less 7.5 % = 92.50925 → 92.50;
    // the self-calculated 40 as sent. The product without a seller has no earnings.
    expect(figures(rows)).toEqual([
      ['KUPA-01', 179.99, 20],
      ['CAY-01', 92.5, 7.51],
      ['CAY-02', 40, 10],
    ]);
    expect(rows[0]).toMatchObject({ PaymentId: paymentId, ProductId: ids[0], ProductName: 'Kupa', ProductAmount: 199.99 });
    expect(rows.every((r) => r.MerchantEarningStatusId === calculated && r.SubMerchantReflectionDate === null)).toBe(true);
    expect(sim.marketplace.earnings.size).toBe(6);

    const one = (await okBody('GET', 'marketplace/report/earning/product', { headers: { productid: String(ids[1]) } })) as Row;
    expect(one).toMatchObject({ ProductExternalId: 'CAY-01', SubMerchantEarning: 92.5 });
    const earning = (await okBody('GET', 'marketplace/report/earning/id', { headers: { earningid: String(one.SubMerchantEarningId) } })) as Row;
    expect(earning).toEqual({
      Id: one.SubMerchantEarningId,
      PaymentId: paymentId,
      ProductId: ids[1],
      MerchantId: 1,
      MemberId: cay,
      IsSubMerchant: true,
      Earning: 92.5,
      ReflectionDate: null,
      EarningStatusId: calculated,
    });
  });

  it('cargo moves the cost between the platform and the seller; unknown members and declined payments earn nothing', async () => {
    const { okBody, pay, member, sim } = world();
    const seller = await member('kargocu', { CalculationType: 1, CalculationValue: 1, Commission: 20 });
    const { paymentId } = await pay('mp-cargo', [
      { ProductId: 'A', ProductAmount: 100, MemberId: seller, CargoType: 1, CargoCost: 5.5 },
      { ProductId: 'B', ProductAmount: 100, MemberId: seller, CargoType: 2, CargoCost: 5.5, CargoCurrencyId: 1 },
      { ProductId: 'C', ProductAmount: 100, MemberId: seller, CargoType: 3, CargoCost: 5.5 },
      { ProductId: 'D', ProductAmount: 10, MemberId: 999_999 },
    ]);
    const rows = (await okBody('GET', 'marketplace/report/earning/payment', { headers: { paymentid: String(paymentId) } })) as Row[];
    expect(figures(rows)).toEqual([
      ['A', 85.5, 14.5],
      ['B', 74.5, 25.5],
      ['C', 80, 20],
    ]);
    const before = sim.marketplace.earnings.size;
    const declined = await sim.fetch('https://paywall.test/api/paywall/payment/startdirect', {
      method: 'POST',
      headers: allPairs,
      body: JSON.stringify({
        PaymentDetail: { Amount: 10, MerchantUniqueCode: 'mp-declined', CurrencyId: 1, Installment: 1, ClientIP: '127.0.0.1' },
        Card: { OwnerName: 'A B', Number: PAYWALL_SIM_CARDS.insufficientFunds, ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
        Customer: { FullName: 'A B', Phone: '5321234567', Email: 'a@b.co', Country: 'TR', City: 'İstanbul', Address: 'Moda' },
        Products: [{ ProductId: 'X', ProductAmount: 10, MemberId: seller }],
      }),
    });
    expect(((await declined.json()) as Envelope).Result).toBe(false);
    expect(sim.marketplace.earnings.size).toBe(before);
  });

  it('a pre-auth earns when it is closed, not before', async () => {
    const { okBody, pay, member, sim } = world();
    const seller = await member('provizyon', { CalculationType: 1, CalculationValue: 1, Commission: 5 });
    const { paymentId } = await pay('mp-preauth', [{ ProductId: 'A', ProductAmount: 80, MemberId: seller }], { Half2D: true });
    expect(sim.marketplace.productsOf(paymentId)).toEqual([]);
    await okBody('POST', 'payment/provision', { body: { MerchantUniqueCode: 'mp-preauth' } });
    expect(figures((await okBody('GET', 'marketplace/report/earning/payment', { headers: { paymentid: String(paymentId) } })) as Row[])).toEqual([
      ['A', 76, 4],
    ]);
  });
});

describe('PayWall simulator: marketplace approval and payout', () => {
  it('approval by product and by payment sets reflection dates from each value date; the clock pays them out', async () => {
    const { okBody, refused, sim, paymentId, ids } = await basket();
    const report = () => okBody('GET', 'marketplace/report/approval', { headers: { paymentid: String(paymentId) } }) as Promise<Row>;
    expect(await report()).toEqual({ Approved: [], NotApproved: ids.slice(0, 3).map((ProductId) => ({ ProductId })) });

    // camelCase, as the .NET SDK writes bodies; a field PayWall has not published is accepted.
    await okBody('POST', 'marketplace/approve/pw/product', { body: { paymentId, productIds: [ids[0]], payout: { description: 'Aralık' } } });
    expect(await report()).toEqual({ Approved: [{ ProductId: ids[0] }], NotApproved: [{ ProductId: ids[1] }, { ProductId: ids[2] }] });
    await refused(303, 'POST', 'marketplace/approve/pw/product', { body: { PaymentId: paymentId, ProductIds: [ids[0]] } });
    await refused(30, 'POST', 'marketplace/approve/pw/product', { body: { PaymentId: paymentId, ProductIds: [ids[3]] } });
    await refused(29, 'POST', 'marketplace/approve/pw/product', { body: { PaymentId: paymentId, ProductIds: [] } });
    await refused(32, 'POST', 'marketplace/approve/pw/payment', { body: { PaymentId: 1 } });

    await okBody('POST', 'marketplace/approve/pw/payment', { body: { PaymentId: paymentId } });
    await refused(31, 'POST', 'marketplace/approve/pw/payment', { body: { PaymentId: paymentId } });
    const rows = (await okBody('GET', 'marketplace/report/earning/payment', { headers: { paymentid: String(paymentId) } })) as Row[];
    // Approved Monday 7 December: three days later (Thursday 10th), and the first Friday after (11th), at 00:00 Istanbul.
    expect(rows.map((r) => [r.SubMerchantReflectionDate, r.MerchantReflectionDate, r.SubMerchantEarningStatusId])).toEqual([
      ['2026-12-09T21:00:00.000Z', '2026-12-09T21:00:00.000Z', approved],
      ['2026-12-10T21:00:00.000Z', '2026-12-10T21:00:00.000Z', approved],
      ['2026-12-10T21:00:00.000Z', '2026-12-10T21:00:00.000Z', approved],
    ]);

    sim.advanceTime(3 * DAY);
    const thursday = (await okBody('GET', 'marketplace/report/earning/payment', { headers: { paymentid: String(paymentId) } })) as Row[];
    expect(thursday.map((r) => [r.SubMerchantEarningStatusId, r.MerchantEarningStatusId])).toEqual([
      [paid, paid],
      [approved, approved],
      [approved, approved],
    ]);
    expect(thursday[0]?.SubMerchantPayoutTransactionId).toEqual(expect.any(Number));
    expect(thursday[0]?.SubMerchantPayoutTransactionId).not.toBe(thursday[0]?.MerchantPayoutTransactionId);
    // Once paid, the approval cannot be taken back.
    await refused(35, 'POST', 'marketplace/reject/product', { body: { ProductIds: [ids[0]] } });

    // Rejecting before payout takes the product back to calculated.
    await okBody('POST', 'marketplace/reject/product', { body: { PaymentId: paymentId, ProductIds: [ids[1]] } });
    expect((await report()).NotApproved).toEqual([{ ProductId: ids[1] }]);
    const back = sim.marketplace.earningsOf(sim.marketplace.products.get(ids[1] as number) as never);
    expect(back.map((e) => [e.statusId, e.reflectionDate])).toEqual([
      [calculated, undefined],
      [calculated, undefined],
    ]);
    await refused(29, 'POST', 'marketplace/reject/product', { body: { ProductIds: [ids[1]] } });

    sim.advanceTime(DAY);
    const friday = (await okBody('GET', 'marketplace/report/earning/payment', { headers: { paymentid: String(paymentId) } })) as Row[];
    expect(friday.map((r) => r.SubMerchantEarningStatusId)).toEqual([paid, calculated, paid]);
    // Rejecting the payment would take back paid products too.
    await refused(35, 'POST', 'marketplace/reject/payment', { body: { PaymentId: paymentId } });
  });

  it('self approval takes your split; a product without one keeps the calculated split', async () => {
    const { okBody, refused, paymentId, ids } = await basket();
    await refused(365, 'POST', 'marketplace/approve/self/product', { body: { PaymentId: paymentId, Products: [{ ProductId: ids[0], Earning: 200 }] } });
    await okBody('POST', 'marketplace/approve/self/product', { body: { PaymentId: paymentId, Products: [{ ProductId: ids[0], Earning: 150.05 }] } });
    await okBody('POST', 'marketplace/approve/self/payment', { body: { paymentId, products: [{ productId: ids[2], earning: 45 }] } });
    const rows = (await okBody('GET', 'marketplace/report/earning/payment', { headers: { paymentid: String(paymentId) } })) as Row[];
    expect(figures(rows)).toEqual([
      ['KUPA-01', 150.05, 49.94],
      ['CAY-01', 92.5, 7.51],
      ['CAY-02', 45, 5],
    ]);
    expect(rows.every((r) => r.SubMerchantEarningStatusId === approved)).toBe(true);
  });

  it('a seller without a usable bank account fails its payout; a retry after the fix pays it', async () => {
    const { okBody, refused, member, pay, sim } = world();
    const noAccount = await member('hesapsiz', { CalculationType: 1, CalculationValue: 1, Commission: 10 }, null);
    const badIban = await member('kotu-iban', { CalculationType: 1, CalculationValue: 1, Commission: 10 }, PAYWALL_SIM_FAILING_IBAN);
    const { paymentId, ids } = await pay('mp-fail', [
      { ProductId: 'A', ProductAmount: 10, MemberId: noAccount },
      { ProductId: 'B', ProductAmount: 20, MemberId: badIban },
    ]);
    await refused(369, 'PUT', 'marketplace/earning/put/retry/payment', { body: { PaymentId: paymentId, ChangeReflectionDate: false } });
    await okBody('POST', 'marketplace/approve/pw/payment', { body: { PaymentId: paymentId } });
    sim.advanceTime(DAY);
    const statuses = () => sim.marketplace.productsOf(paymentId).map((x) => sim.marketplace.earningsOf(x).map((e) => e.statusId));
    // The platform's share is paid; the sellers' transfers fail.
    expect(statuses()).toEqual([
      [paid, failed],
      [paid, failed],
    ]);
    // The failed one can still be changed; a retry on a date you choose waits for it.
    await okBody('PUT', 'marketplace/earning/decrease/product', { body: { ProductId: ids[0], Earning: 1, ApplyAll: false } });
    await okBody('POST', 'member/bankaccount', {
      pair: publicPair,
      body: { MemberId: noAccount, CurrencyId: 1, Title: 'Hesap', Iban: 'TR330006100519786457841326' },
    });
    await okBody('PUT', 'marketplace/earning/put/retry/product', {
      body: { ProductId: ids[0], ChangeReflectionDate: true, ReflectionDate: '2026-12-09T00:00:00', ApplyAll: true },
    });
    expect(statuses()[0]).toEqual([paid, approved]);
    sim.advanceTime(DAY);
    expect(statuses()[0]).toEqual([paid, paid]);
    expect(sim.marketplace.earningsOf(sim.marketplace.products.get(ids[0] as number) as never)[1].earningKurus).toBe(800);
    // Retrying at once: still failing with the failing IBAN, then paid after the account is fixed.
    const [, seller] = sim.marketplace.earningsOf(sim.marketplace.products.get(ids[1] as number) as never);
    await okBody('PUT', 'marketplace/earning/put/retry/id', { body: { Id: seller.id, ChangeReflectionDate: false } });
    expect(seller.statusId).toBe(failed);
    const account = sim.members.get(badIban)?.bankAccounts[0];
    await okBody('PUT', 'member/bankaccount', {
      pair: publicPair,
      body: { Id: account?.id, CurrencyId: 1, Title: 'Yeni', Iban: 'TR330006100519786457841326' },
    });
    await okBody('PUT', 'marketplace/earning/put/retry/payment', { body: { PaymentId: paymentId, ChangeReflectionDate: false } });
    expect(seller.statusId).toBe(paid);
    await refused(369, 'PUT', 'marketplace/earning/put/retry/id', { body: { Id: seller.id, ChangeReflectionDate: false } });
  });
});

describe('PayWall simulator: marketplace earning changes', () => {
  it('by product: ApplyAll moves the amount between seller and platform; without it only the seller changes', async () => {
    const { okBody, refused, paymentId, ids, sim } = await basket();
    const split = (i: number) => sim.marketplace.earningsOf(sim.marketplace.products.get(ids[i] as number) as never).map((e) => e.earningKurus);
    await okBody('PUT', 'marketplace/earning/increase/product', { body: { ProductId: ids[0], Earning: 10.01, ApplyAll: true } });
    expect(split(0)).toEqual([999, 19_000]);
    await okBody('PUT', 'marketplace/earning/decrease/product', { body: { productId: ids[0], earning: '0.5', applyAll: false } });
    expect(split(0)).toEqual([999, 18_950]);
    await refused(365, 'PUT', 'marketplace/earning/increase/product', { body: { ProductId: ids[0], Earning: 10, ApplyAll: true } });
    await refused(365, 'PUT', 'marketplace/earning/increase/product', { body: { ProductId: ids[0], Earning: 0.001, ApplyAll: true } });
    await refused(34, 'PUT', 'marketplace/earning/increase/product', { body: { ProductId: 42, Earning: 1, ApplyAll: true } });

    // Dates only once approved.
    await refused(363, 'PUT', 'marketplace/earning/postpone/product', { body: { ProductId: ids[0], Day: 2, ApplyAll: true } });
    await okBody('POST', 'marketplace/approve/pw/payment', { body: { PaymentId: paymentId } });
    await refused(2, 'PUT', 'marketplace/earning/postpone/product', { body: { ProductId: ids[0], Day: 0, ApplyAll: true } });
    await okBody('PUT', 'marketplace/earning/postpone/product', { body: { ProductId: ids[0], Day: 2, ApplyAll: false } });
    const dates = (i: number) =>
      sim.marketplace.earningsOf(sim.marketplace.products.get(ids[i] as number) as never).map((e) => e.reflectionDate?.toISOString());
    expect(dates(0)).toEqual(['2026-12-09T21:00:00.000Z', '2026-12-11T21:00:00.000Z']);
    await refused(361, 'PUT', 'marketplace/earning/reflection/product', {
      body: { ProductId: ids[1], ReflectionDate: '2026-12-12T10:00:00Z', ApplyAll: true },
    });
    await refused(363, 'PUT', 'marketplace/earning/reflection/product', { body: { ProductId: ids[1], ReflectionDate: '2026-12-04', ApplyAll: true } });
    await refused(363, 'PUT', 'marketplace/earning/reflection/product', { body: { ProductId: ids[1], ReflectionDate: 'yarın', ApplyAll: true } });
    await okBody('PUT', 'marketplace/earning/reflection/product', { body: { ProductId: ids[1], ReflectionDate: '2026-12-15T00:00:00', ApplyAll: true } });
    expect(dates(1)).toEqual(['2026-12-14T21:00:00.000Z', '2026-12-14T21:00:00.000Z']);

    // By id: that one earning.
    const [platform, seller] = sim.marketplace.earningsOf(sim.marketplace.products.get(ids[2] as number) as never);
    await okBody('PUT', 'marketplace/earning/increase/id', { body: { Id: seller.id, Earning: 2.25 } });
    await okBody('PUT', 'marketplace/earning/decrease/id', { body: { Id: platform.id, Earning: 0.75 } });
    expect([platform.earningKurus, seller.earningKurus]).toEqual([925, 4225]);
    await refused(365, 'PUT', 'marketplace/earning/decrease/id', { body: { Id: platform.id, Earning: 100 } });
    await okBody('PUT', 'marketplace/earning/postpone/id', { body: { Id: seller.id, Day: 1 } });
    await okBody('PUT', 'marketplace/earning/reflection/id', { body: { Id: platform.id, ReflectionDate: '2026-12-08' } });
    expect([platform.reflectionDate?.toISOString(), seller.reflectionDate?.toISOString()]).toEqual(['2026-12-07T21:00:00.000Z', '2026-12-11T21:00:00.000Z']);
    await refused(34, 'PUT', 'marketplace/earning/increase/id', { body: { Id: 1, Earning: 1 } });

    // Paid: no more changes.
    sim.advanceTime(DAY);
    expect(platform.statusId).toBe(paid);
    await refused(35, 'PUT', 'marketplace/earning/increase/id', { body: { Id: platform.id, Earning: 1 } });
    await refused(35, 'PUT', 'marketplace/earning/postpone/id', { body: { Id: platform.id, Day: 1 } });
  });

  it('the member report pages, sorts and filters by reflection day', async () => {
    const { okBody, refused, paymentId, cay } = await basket();
    await okBody('POST', 'marketplace/approve/pw/payment', { body: { PaymentId: paymentId } });
    const page = (headers: Record<string, string>) =>
      okBody('GET', 'marketplace/report/earning/member', { headers: { memberid: String(cay), ...headers } }) as Promise<{ Data: Row[]; TotalRecord: number }>;
    const all = await page({});
    expect(all.TotalRecord).toBe(2);
    expect(all.Data.map((r) => [r.Earning, r.CalculationCommissionType, r.CalculationCommission, r.MarketPlaceEarningStatus, r.IsSubMerchant])).toEqual([
      [92.5, 2, 7.5, 'Onaylandı', true],
      [40, 3, 0, 'Onaylandı', true],
    ]);
    const desc = await page({ start: '0', length: '1', sortvalue: 'desc', sortcolumn: 'Id' });
    expect(desc).toEqual({ Data: [all.Data[1]], TotalRecord: 2 });
    expect((await page({ datefrom: '2026-12-11', dateto: '2026-12-11' })).TotalRecord).toBe(2);
    expect((await page({ datefrom: '2026-12-12' })).TotalRecord).toBe(0);
    await refused(2, 'GET', 'marketplace/report/earning/member', { headers: { memberid: String(cay), length: '51' } });
    await refused(198, 'GET', 'marketplace/report/earning/member', { headers: { memberid: '7' } });
    await refused(2, 'GET', 'marketplace/report/earning/member', { headers: {} });
  });
});

describe('PayWall simulator: refunds, debts and the manual trigger', () => {
  it('a cancel before payout cancels the earnings; a refund after payout leaves the seller a debt', async () => {
    const { okBody, refused, pay, member, sim } = world();
    const seller = await member('iade', { CalculationType: 1, CalculationValue: 1, Commission: 10 });
    const first = await pay('mp-cancel', [{ ProductId: 'A', ProductAmount: 30, MemberId: seller }]);
    await okBody('POST', 'private/cancel', { pair: privatePair, body: { MerchantUniqueCode: 'mp-cancel' } });
    const product = sim.marketplace.products.get(first.ids[0] as number);
    expect(sim.marketplace.earningsOf(product as never).map((e) => e.statusId)).toEqual([cancelled, cancelled]);
    await refused(29, 'POST', 'marketplace/approve/pw/payment', { body: { PaymentId: first.paymentId } });
    await refused(362, 'PUT', 'marketplace/earning/increase/product', { body: { ProductId: first.ids[0], Earning: 1, ApplyAll: false } });

    const second = await pay('mp-refund', [
      { ProductId: 'A', ProductAmount: 60, MemberId: seller },
      { ProductId: 'B', ProductAmount: 40.4, MemberId: seller },
    ]);
    await okBody('POST', 'marketplace/approve/pw/product', { body: { PaymentId: second.paymentId, ProductIds: [second.ids[0]] } });
    sim.advanceTime(DAY);
    // A partial refund changes no earning; the rest of the amount refunded closes the payment.
    await okBody('POST', 'private/refund/partial', { pair: privatePair, body: { MerchantUniqueCode: 'mp-refund', Amount: 0.4 } });
    expect(sim.marketplace.debts.size).toBe(0);
    await okBody('POST', 'private/refund', { pair: privatePair, body: { MerchantUniqueCode: 'mp-refund' } });
    const debts = (await okBody('GET', 'marketplace/report/debt/payment', { headers: { paymentid: String(second.paymentId) } })) as Row[];
    expect(debts).toEqual([
      {
        Id: expect.any(Number),
        MemberId: seller,
        PaymentId: second.paymentId,
        ProductId: second.ids[0],
        CurrencyId: 1,
        Currency: 'TRY',
        Debt: 54,
        InsertDateTime: '2026-12-08T09:00:00.000Z',
        UpdateDateTime: null,
      },
    ]);
    expect(sim.marketplace.earningsOf(sim.marketplace.products.get(second.ids[1] as number) as never).map((e) => e.statusId)).toEqual([cancelled, cancelled]);
    expect(await okBody('GET', 'marketplace/report/debt/product', { headers: { productid: String(second.ids[1]) } })).toEqual([]);
    const id = debts[0]?.Id;
    await okBody('PUT', 'marketplace/debt/increase/id', { body: { Id: id, Amount: 1.25 } });
    await okBody('PUT', 'marketplace/debt/decrease/id', { body: { id, debt: '5.25' } });
    expect(((await okBody('GET', 'marketplace/report/debt/product', { headers: { productid: String(second.ids[0]) } })) as Row[])[0]).toMatchObject({
      Debt: 50,
      UpdateDateTime: '2026-12-08T09:00:00.000Z',
    });
    await refused(2, 'PUT', 'marketplace/debt/decrease/id', { body: { Id: id, Amount: 50.01 } });
    await refused(2, 'PUT', 'marketplace/debt/increase/id', { body: { Id: id } });
    await okBody('DELETE', 'marketplace/debt/delete/id', { body: { Id: id } });
    await refused(-1, 'DELETE', 'marketplace/debt/delete/id', { body: { Id: id } });
    await refused(33, 'GET', 'marketplace/report/debt/product', { headers: { productid: '5' } });
  });

  it('manual trigger: platform earnings wait in the pool until a job pays them', async () => {
    const { okBody, refused, paymentId, sim } = await basket();
    await refused(551, 'GET', 'marketplace/manual/trigger/pending', { headers: { datefrom: '2026-12-01', dateto: '2026-12-31', currencyid: '1' } });
    sim.marketplace.configure({ manualTrigger: true });
    await okBody('POST', 'marketplace/approve/pw/payment', { body: { PaymentId: paymentId } });
    sim.advanceTime(5 * DAY); // Saturday 12 December: every reflection date has passed
    const statuses = sim.marketplace.productsOf(paymentId).map((x) => sim.marketplace.earningsOf(x).map((e) => e.statusId));
    expect(statuses).toEqual([
      [approved, paid],
      [approved, paid],
      [approved, paid],
    ]);
    const window = { datefrom: '2026-12-01', dateto: '2026-12-10', currencyid: '1' };
    expect(await okBody('GET', 'marketplace/manual/trigger/pending', { headers: window })).toEqual({
      DateFrom: '2026-12-01',
      DateTo: '2026-12-10',
      Earning: 20,
      Count: 1,
    });
    await refused(550, 'GET', 'marketplace/manual/trigger/pending', { headers: { ...window, datefrom: '2026-10-30' } });
    await refused(386, 'GET', 'marketplace/manual/trigger/pending', { headers: { ...window, datefrom: '2026-12-11' } });

    const start = { CurrencyId: 1, DateFrom: '2026-12-01', DateTo: '2026-12-12', TestMode: false, SkipExistsControl: false };
    await refused(387, 'POST', 'marketplace/manual/trigger/start', { body: start });
    const job = (await okBody('POST', 'marketplace/manual/trigger/start', { body: { ...start, DateTo: '2026-12-10' } })) as Row;
    expect(job).toEqual({ JobId: expect.any(Number), DateFrom: '2026-12-01', DateTo: '2026-12-10', Earning: 20, Count: 1 });
    await refused(392, 'POST', 'marketplace/manual/trigger/start', { body: { ...start, DateFrom: '2026-12-10', DateTo: '2026-12-12', TestMode: true } });
    const later = (await okBody('POST', 'marketplace/manual/trigger/start', {
      body: { currencyId: 1, dateFrom: '2026-12-10', dateTo: '2026-12-12', testMode: true, skipExistsControl: true },
    })) as Row;
    expect(later).toMatchObject({ Earning: 17.51, Count: 2 });
    const inquiry = (await okBody('GET', 'marketplace/manual/trigger/inquiry', { headers: { jobid: String(job.JobId) } })) as Row;
    expect(inquiry).toMatchObject({
      JobId: job.JobId,
      Earning: 20,
      Count: 1,
      AnySuccess: true,
      Results: [{ Result: true, ResultMessage: expect.any(String) }],
    });
    expect(sim.marketplace.productsOf(paymentId).every((x) => sim.marketplace.earningsOf(x)[0].statusId === paid)).toBe(true);
    expect(await okBody('POST', 'marketplace/manual/trigger/restart', { body: { JobId: job.JobId } })).toEqual({ ...job, Earning: 0, Count: 0 });
    await refused(-1, 'POST', 'marketplace/manual/trigger/restart', { body: { JobId: 5 } });
  });
});

describe('PayWall simulator: payment product management', () => {
  it('lists a payment`s products; moves a seller`s earning only before approval; needs the private pair', async () => {
    const { okBody, refused, call, paymentId, ids, kupa, sim } = await basket();
    const list = (await okBody('GET', 'product', { headers: { paymentid: String(paymentId) }, pair: privatePair })) as Row[];
    expect(list.map((r) => [r.Id, r.MemberId, r.ProductId, r.ProductAmount, r.IsMarketPlaceSales, r.MemberEarning])).toEqual([
      [ids[0], kupa, 'KUPA-01', 199.99, true, 179.99],
      [ids[1], expect.any(Number), 'CAY-01', 100.01, true, 92.5],
      [ids[2], expect.any(Number), 'CAY-02', 50, true, 40],
      [ids[3], null, 'KARGO', 25, false, null],
    ]);
    expect(list[0]).toMatchObject({
      Cargo: { CurrencyId: null, CargoOwnerType: 0, CargoCost: 0 },
      Discount: { DiscountOwnerType: 0, DiscountType: 0, DiscountValue: 0 },
    });
    // The public pair alone is not enough; both pairs (the SDK on PaymentAPI) are.
    expect((await call('GET', 'product', { headers: { paymentid: String(paymentId) }, pair: publicPair })).status).toBe(401);

    await okBody('PUT', 'product/member/earning/increase', { body: { PaymentId: paymentId, ProductId: ids[0], Earning: 5 } });
    await okBody('PUT', 'product/member/earning/decrease', { body: { paymentId, productId: 'CAY-01', earning: 2.5 }, pair: privatePair });
    const split = (i: number) => sim.marketplace.earningsOf(sim.marketplace.products.get(ids[i] as number) as never).map((e) => e.earningKurus);
    expect([split(0), split(1)]).toEqual([
      [1500, 18_499],
      [1001, 9000],
    ]);
    await refused(365, 'PUT', 'product/member/earning/increase', { body: { PaymentId: paymentId, ProductId: ids[0], Earning: 15.01 } });
    await refused(2, 'PUT', 'product/member/earning/increase', { body: { PaymentId: paymentId, ProductId: ids[3], Earning: 1 } });
    await refused(56, 'PUT', 'product/member/earning/increase', { body: { PaymentId: 3, ProductId: ids[0], Earning: 1 } });
    await okBody('POST', 'marketplace/approve/pw/product', { body: { PaymentId: paymentId, ProductIds: [ids[0]] } });
    await refused(303, 'PUT', 'product/member/earning/decrease', { body: { PaymentId: paymentId, ProductId: ids[0], Earning: 1 } });
    await refused(56, 'GET', 'product', { headers: { paymentid: '3' } });
  });
});
