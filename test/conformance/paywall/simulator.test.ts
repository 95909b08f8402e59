// The simulator answers what PayWall's official .NET SDK sends (camelCase bodies, every member written, `null`s,
// key headers on tempcard, `distinctduplicates`/`endoftheday` always), and what PayWall's other clients send
// (`Installement`, `end3d` after every 3D payment, paths in other casings): a refusal of a request an official
// client makes would be a simulator bug, since the real server evidently takes them.
import { PayWall } from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, PAYWALL_SIM_VERSION, PayWallSimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { dotnetRequest, type KeyValues } from './dotnet.js';
import { netcore } from './netcore.js';

const keys = { apiKeyPublic: 'pk-sim', apiClientPublic: 'pc-sim', apiKeyPrivate: 'sk-sim', apiClientPrivate: 'sc-sim' };
const headerKeys: KeyValues = {
  apikeypublic: keys.apiKeyPublic,
  apiclientpublic: keys.apiClientPublic,
  apikeyprivate: keys.apiKeyPrivate,
  apiclientprivate: keys.apiClientPrivate,
};
const BASE = 'https://paywall.test';
const year = String(new Date().getUTCFullYear() + 2);
const endpoint = (n: number) => {
  const e = netcore.endpoints.find((x) => x.n === n);
  if (!e) throw new Error(`no .NET endpoint #${n}`);
  return e;
};

type Envelope = { ErrorCode: number; Result: boolean; Message: string; Body: unknown };
let seq = 0;
const code = (p: string) => `${p}-${Date.now().toString(36)}-${++seq}`;

function setup() {
  const sim = new PayWallSimulator({ ...keys, hashKeys: { threeD: 'h3' } });
  const send = async (n: number, options: Parameters<typeof dotnetRequest>[3] = {}): Promise<{ status: number; env: Envelope }> => {
    const res = await sim.fetch(dotnetRequest(endpoint(n), BASE, headerKeys, options));
    return { status: res.status, env: (await res.json()) as Envelope };
  };
  const accepted = async (n: number, options: Parameters<typeof dotnetRequest>[3] = {}) => {
    const { status, env } = await send(n, options);
    expect({ status, ErrorCode: env.ErrorCode, Message: env.Message }, `#${n}`).toEqual({ status: 200, ErrorCode: 0, Message: '' });
    return env.Body as Record<string, unknown>;
  };
  return { sim, send, accepted };
}

const customer = { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' };
const products = [{ ProductId: 'tea-01', ProductName: 'Çay', ProductCategory: 'İçecek', ProductDescription: '', ProductAmount: 150 }];
const plainCard = { OwnerName: 'Ayşe Yılmaz', Number: PAYWALL_SIM_CARDS.success, ExpireMonth: '12', ExpireYear: year, Cvv: '123' };
const detail = (MerchantUniqueCode: string, extra: Record<string, unknown> = {}) => ({
  Amount: 150,
  MerchantUniqueCode,
  CurrencyId: 1 as const,
  Installment: 1,
  ClientIP: '203.0.113.7',
  ...extra,
});

describe('PayWall simulator: what the .NET SDK sends', () => {
  it('a payment, its capture, refunds and cancel, with camelCase bodies and every member written', async () => {
    const { sim, accepted } = setup();
    const pre = code('net-pre');
    const started = await accepted(1, { value: { PaymentDetail: detail(pre, { Half2D: true }), Card: plainCard, Customer: customer, Products: products } });
    expect((started.Payment as { MerchantUniqueKey: string }).MerchantUniqueKey).toBe(pre);
    expect(sim.byMerchantCode(pre)?.statusId).toBe(3);
    await accepted(53, { value: { MerchantUniqueCode: pre } }); // ProvisionAmount null: the whole amount
    expect(sim.byMerchantCode(pre)?.capturedKurus).toBe(15_000);
    await accepted(63, { value: { MerchantUniqueCode: pre, Amount: 50 } });
    await accepted(62, { value: { MerchantUniqueCode: pre } });
    expect(sim.byMerchantCode(pre)?.refundedKurus).toBe(15_000);

    const other = code('net-cancel');
    await accepted(1, { value: { PaymentDetail: detail(other), Card: plainCard, Customer: customer, Products: products } });
    await accepted(64, { value: { MerchantUniqueCode: other } });
    const released = code('net-release');
    await accepted(1, { value: { PaymentDetail: detail(released, { Half2D: true }), Card: plainCard, Customer: customer, Products: products } });
    await accepted(54, { value: { MerchantUniqueCode: released } });

    const q = await accepted(61, { params: { merchantuniquecode: other } });
    expect(q.Paywall).toMatchObject({ PaymentId: sim.byMerchantCode(other)?.paymentId, AnySuccessCancel: true });
  });

  it('the insurance payment and the 3D start', async () => {
    const { sim, accepted } = setup();
    const ins = code('net-ins');
    const insuranceCard = {
      OwnerName: 'Mehmet Öz',
      CardNoFirst: '48249048',
      CardNoLast: '8012',
      IdentityNumber: '21234567890',
      ExpireMonth: '12',
      ExpireYear: year,
      Cvv: '',
    };
    await accepted(2, { value: { PaymentDetail: detail(ins), Card: insuranceCard, Customer: customer, Products: products } });
    expect(sim.byMerchantCode(ins)?.statusId).toBe(4);
    const back = { MerchantSuccessBackUrl: 'https://shop.example/ok', MerchantFailBackUrl: 'https://shop.example/fail' };
    const three = code('net-3d');
    const body = await accepted(3, { value: { PaymentDetail: detail(three, back), Card: plainCard, Customer: customer, Products: products } });
    expect(body.RedirectUrl).toMatch(/^https:\/\/paywall\.test\/sim\/paywall\/3d\//);
  });

  it('temptoken, then tempcard with the token and all four key headers, a body without CardType, and a payment with its token', async () => {
    const { sim, accepted, send } = setup();
    const t = await accepted(51, { value: { ClientCardSave: false, ThreeDSession: true, ExpiryMin: 10 } });
    const card = { CardOwnerName: 'Ayşe Yılmaz', CardNumber: PAYWALL_SIM_CARDS.success, CardCvv: '123', CardExpiryMonth: '12', CardExpiryYear: year };
    const tc = await accepted(52, { value: card, extraHeaders: { token: String(t.Token) } });
    const pw = new PayWall({ ...keys, baseUrl: BASE, fetch: sim.fetch, logLevel: 'off' });
    const paid = code('net-temp');
    await pw.payments.startDirect({ PaymentDetail: detail(paid), Card: { TempCardToken: String(tc.CardToken) }, Customer: customer, Products: products });
    expect(sim.byMerchantCode(paid)?.card.number).toBe(PAYWALL_SIM_CARDS.success);
    // Wrong keys next to a good token are still refused.
    const wrong = await send(52, { value: card, extraHeaders: { token: String(t.Token), apikeypublic: 'nope' } });
    expect(wrong.status).toBe(401);
  });

  it('the installment query with distinctduplicates=false and endoftheday=0 (the SDK defaults); BIN inquiry', async () => {
    const { accepted } = setup();
    const all = await accepted(55, { params: { currencyid: '1', amount: '150', distinctduplicates: 'false', endoftheday: '0' } });
    expect(Array.isArray(all)).toBe(true);
    const one = await accepted(55, { params: { currencyid: '1', amount: '150.5', binnumber: '552879', distinctduplicates: 'true', endoftheday: '1' } });
    expect((one as { Options: unknown[] }).Options.length).toBeGreaterThan(0);
    expect(await accepted(56, { params: { binnumber: '552879' } })).toMatchObject({ BinNumber: '552879' });
  });

  it('reconciliation: camelCase counters in, read back by date and by range', async () => {
    const { accepted } = setup();
    const day = '2026-03-10';
    const zero = { TotalCount: 0, TotalAmount: 0, SuccessfulCount: 0, SuccessfulAmount: 0, UnsuccessfulCount: 0, UnsuccessfulAmount: 0 };
    const counters = { ...zero, RefundCount: 0, RefundAmount: 0, PartialRefundCount: 0, PartialRefundAmount: 0, CancelCount: 0, CancelAmount: 0 };
    const r = await accepted(57, { value: { Date: day, ...counters } });
    expect(r).toMatchObject({ IsReconciled: true, ReconciliationDate: day, Merchant: counters });
    expect(await accepted(58, { params: { reconciliationdate: day } })).toMatchObject({ IsReconciled: true });
    expect(await accepted(59, { params: { endofdaydate: day } })).toMatchObject({ TotalCount: 0 });
    const list = await accepted(60, { params: { datefrom: '2026-03-01', dateto: '2026-03-31', start: '0', length: '10', sortvalue: 'asc' } });
    expect(list.TotalRecord).toBe(1);
  });

  it('CardWall: camelCase POST and PUT, PascalCase DELETE with nulls, includeDetails as "True"', async () => {
    const { accepted } = setup();
    for (const [save, list, update, remove, card] of [
      [65, 66, 68, 67, { Nickname: null, HolderName: 'Ayşe Yılmaz', Number: PAYWALL_SIM_CARDS.success, Month: 12, Year: Number(year) }],
      [69, 70, 72, 71, { HolderName: 'Mehmet Öz', CardBin: '48249048', CardLastFour: '8012', Identity: '21234567890', Month: 12, Year: Number(year) }],
    ] as const) {
      const owner = code('net-user');
      await accepted(save, { value: { RelationalId1: owner, Card: card } });
      const cards = (await accepted(list, { params: { relationalid1: owner, includeDetails: 'True' } })) as unknown as {
        UniqueCode: string;
        Details: unknown;
      }[];
      expect(cards).toHaveLength(1);
      expect(cards[0]?.Details).not.toBeNull();
      await accepted(update, { value: { RelationalId1: owner, UniqueCode: cards[0]?.UniqueCode, Month: 11, Year: Number(year) } });
      await accepted(remove, { value: { RelationalId1: owner, UniqueCode: cards[0]?.UniqueCode } });
      expect(await accepted(list, { params: { relationalid1: owner } })).toEqual([]);
    }
  });
});

describe("PayWall simulator: what PayWall's other clients send", () => {
  it("`Installement` in place of `Installment` (the docs' example and four PayWall clients)", async () => {
    const { sim } = setup();
    const legacy = code('legacy');
    const { Installment: _, ...rest } = detail(legacy);
    const res = await sim.fetch(
      new Request(`${BASE}/api/paywall/payment/startdirect`, {
        method: 'POST',
        headers: { ...headerKeys, 'content-type': 'application/json' },
        body: JSON.stringify({ PaymentDetail: { ...rest, Installement: 1 }, Card: plainCard, Customer: customer, Products: products }),
      }),
    );
    expect(((await res.json()) as Envelope).ErrorCode).toBe(0);
    expect(sim.byMerchantCode(legacy)?.installment).toBe(1);
  });

  it('`end3d` after an ordinary 3D payment (the Android SDK calls it after every 3D payment) changes nothing', async () => {
    const sim = new PayWallSimulator({ ...keys, hashKeys: { threeD: 'h3' } });
    const pw = new PayWall({ ...keys, baseUrl: BASE, fetch: sim.fetch, logLevel: 'off' });
    const back = { MerchantSuccessBackUrl: 'https://shop.example/ok', MerchantFailBackUrl: 'https://shop.example/fail' };
    const c = code('end3d');
    const started = await pw.payments.start3d({ PaymentDetail: { ...detail(c), ...back }, Card: plainCard, Customer: customer, Products: products });
    await sim.completeThreeD(started.RedirectUrl as string);
    const before = structuredClone(sim.byMerchantCode(c));
    await pw.payments.end3d({ MerchantUniqueCode: c });
    expect(sim.byMerchantCode(c)).toEqual(before);
    expect(sim.byMerchantCode(c)?.statusId).toBe(4);
  });

  it('paths in another casing (the docs write `cancel/by/uniqueCode`), and the version as text', async () => {
    const { sim, accepted } = setup();
    const c = code('casing');
    await accepted(1, { value: { PaymentDetail: detail(c), Card: plainCard, Customer: customer, Products: products }, path: 'Payment/StartDirect' });
    const unique = sim.byMerchantCode(c)?.uniqueCode;
    for (const path of ['private/cancel/by/uniquecode', 'PRIVATE/CANCEL/BY/UNIQUECODE/']) {
      const res = await sim.fetch(
        new Request(`${BASE}/api/paywall/${path}`, {
          method: 'POST',
          headers: { ...headerKeys, 'content-type': 'application/json' },
          body: JSON.stringify({ uniqueCode: unique }),
        }),
      );
      const env = (await res.json()) as Envelope;
      // The first cancels; the second reaches the same route and is refused as already cancelled (94), not 404.
      expect([res.status, env.ErrorCode], path).toEqual(path.startsWith('private') ? [200, 0] : [200, 94]);
    }
    const version = await sim.fetch(new Request(`${BASE}/api/paywall/payment/version`, { headers: headerKeys }));
    expect(((await version.json()) as Envelope).Body).toBe(PAYWALL_SIM_VERSION);
    expect(typeof PAYWALL_SIM_VERSION).toBe('string');
  });

  it("the payment query answers the .NET model's fields, none invented", async () => {
    const { sim, accepted } = setup();
    const c = code('query');
    await accepted(1, { value: { PaymentDetail: detail(c), Card: plainCard, Customer: customer, Products: products } });
    const q = (await accepted(61, { params: { merchantuniquecode: c } })) as { Paywall: Record<string, unknown> };
    const model = endpoint(61).response?.fields[0]?.fields?.map((f) => f.name) ?? [];
    expect(Object.keys(q.Paywall).sort()).toEqual([...model].sort());
    expect(sim.byMerchantCode(c)).toBeDefined();
  });
});
