// The marketplace (§4.5, #48–#78) on the wire: each row's method, URL, header parameters, key pairs and body bytes,
// the refusals made before sending, what a money row does on a lost answer, and how answers are read.
import {
  type Acknowledgement,
  ConfigurationError,
  type MarketplaceDebt,
  type MemberEarningsPage,
  type PayWall,
  payWallOperations,
  type TriggerJob,
  ValidationError,
} from '@odeme/paywall';
import { tr } from '@odeme/paywall/tr';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { creds } from './helpers';
import { capture, paramHeaders, type Sent } from './wire-capture';

const PAYMENT = 'https://test-payment-api.itspaywall.com/api/paywall/';
const PID = 81234;

type Row = [id: string, call: (pw: PayWall) => Promise<unknown>, method: string, path: string, params: Record<string, string>, body?: string];

const ROWS: Row[] = [
  [
    'marketplace.approveProducts',
    (pw) => pw.marketplace.approveProducts({ PaymentId: PID, ProductIds: [5512, 5513], Payout: { Description: 'Kasım hakedişi' } }),
    'POST',
    'marketplace/approve/pw/product',
    {},
    '{"PaymentId":81234,"ProductIds":[5512,5513],"Payout":{"Description":"Kasım hakedişi"}}',
  ],
  [
    'marketplace.approvePayment',
    (pw) => pw.marketplace.approvePayment({ PaymentId: PID }),
    'POST',
    'marketplace/approve/pw/payment',
    {},
    '{"PaymentId":81234}',
  ],
  [
    'marketplace.approveProductsSelf',
    (pw) => pw.marketplace.approveProductsSelf({ ProductIds: [5512], PaymentId: PID, SubMerchantEarning: '40.10' }),
    'POST',
    'marketplace/approve/self/product',
    {},
    '{"PaymentId":81234,"ProductIds":[5512],"SubMerchantEarning":40.1}',
  ],
  [
    'marketplace.approvePaymentSelf',
    (pw) => pw.marketplace.approvePaymentSelf({ PaymentId: PID, Products: [{ ProductId: 5512, SubMerchantEarning: '40.10', MerchantEarning: 9 }] }),
    'POST',
    'marketplace/approve/self/payment',
    {},
    '{"PaymentId":81234,"Products":[{"ProductId":5512,"SubMerchantEarning":40.1,"MerchantEarning":9}]}',
  ],
  [
    'marketplace.rejectProducts',
    (pw) => pw.marketplace.rejectProducts({ ProductIds: [5512] }),
    'POST',
    'marketplace/reject/product',
    {},
    '{"ProductIds":[5512]}',
  ],
  ['marketplace.rejectPayment', (pw) => pw.marketplace.rejectPayment({ PaymentId: PID }), 'POST', 'marketplace/reject/payment', {}, '{"PaymentId":81234}'],
  ['marketplace.approvalReport', (pw) => pw.marketplace.approvalReport({ PaymentId: PID }), 'GET', 'marketplace/report/approval', { paymentid: '81234' }],
  [
    'marketplace.earnings.byProduct',
    (pw) => pw.marketplace.earnings.byProduct({ ProductId: 5512 }),
    'GET',
    'marketplace/report/earning/product',
    { productid: '5512' },
  ],
  [
    'marketplace.earnings.byPayment',
    (pw) => pw.marketplace.earnings.byPayment({ PaymentId: PID }),
    'GET',
    'marketplace/report/earning/payment',
    { paymentid: '81234' },
  ],
  ['marketplace.earnings.byId', (pw) => pw.marketplace.earnings.byId({ EarningId: 901 }), 'GET', 'marketplace/report/earning/id', { earningid: '901' }],
  [
    'marketplace.earnings.byMember',
    (pw) =>
      pw.marketplace.earnings.byMember({
        MemberId: 42,
        Start: 0,
        Length: 50,
        SortValue: 'desc',
        SortColumn: 'Id',
        DateFrom: new Date('2026-11-01T10:00:00Z'),
        DateTo: '2026-11-30',
      }),
    'GET',
    'marketplace/report/earning/member',
    { memberid: '42', start: '0', length: '50', sortvalue: 'desc', sortcolumn: 'Id', datefrom: '2026-11-01', dateto: '2026-11-30' },
  ],
  [
    'marketplace.earnings.postponeProduct',
    (pw) => pw.marketplace.earnings.postponeProduct({ ProductId: 5512, Day: 3, ApplyAll: true }),
    'PUT',
    'marketplace/earning/postpone/product',
    {},
    '{"ProductId":5512,"Day":3,"ApplyAll":true}',
  ],
  [
    'marketplace.earnings.increaseProduct',
    (pw) => pw.marketplace.earnings.increaseProduct({ ProductId: 5512, Earning: '12.50', ApplyAll: false }),
    'PUT',
    'marketplace/earning/increase/product',
    {},
    '{"ProductId":5512,"Earning":12.5,"ApplyAll":false}',
  ],
  [
    'marketplace.earnings.decreaseProduct',
    (pw) => pw.marketplace.earnings.decreaseProduct({ ProductId: 5512, Earning: 0.1, ApplyAll: false }),
    'PUT',
    'marketplace/earning/decrease/product',
    {},
    '{"ProductId":5512,"Earning":0.1,"ApplyAll":false}',
  ],
  [
    'marketplace.earnings.setProductReflectionDate',
    (pw) => pw.marketplace.earnings.setProductReflectionDate({ ProductId: 5512, ReflectionDate: new Date('2026-12-15T09:00:00Z'), ApplyAll: true }),
    'PUT',
    'marketplace/earning/reflection/product',
    {},
    '{"ProductId":5512,"ReflectionDate":"2026-12-15T09:00:00.000Z","ApplyAll":true}',
  ],
  [
    'marketplace.earnings.retryProduct',
    (pw) => pw.marketplace.earnings.retryProduct({ ProductId: 5512, ChangeReflectionDate: true, ReflectionDate: '2026-12-20T00:00:00Z', ApplyAll: false }),
    'PUT',
    'marketplace/earning/put/retry/product',
    {},
    '{"ProductId":5512,"ChangeReflectionDate":true,"ReflectionDate":"2026-12-20T00:00:00Z","ApplyAll":false}',
  ],
  [
    'marketplace.earnings.retryPayment',
    (pw) => pw.marketplace.earnings.retryPayment({ PaymentId: PID, ChangeReflectionDate: false }),
    'PUT',
    'marketplace/earning/put/retry/payment',
    {},
    '{"PaymentId":81234,"ChangeReflectionDate":false}',
  ],
  [
    'marketplace.earnings.postpone',
    (pw) => pw.marketplace.earnings.postpone({ Id: 901, Day: 7 }),
    'PUT',
    'marketplace/earning/postpone/id',
    {},
    '{"Id":901,"Day":7}',
  ],
  [
    'marketplace.earnings.increase',
    (pw) => pw.marketplace.earnings.increase({ Id: 901, Earning: '2.25' }),
    'PUT',
    'marketplace/earning/increase/id',
    {},
    '{"Id":901,"Earning":2.25}',
  ],
  [
    'marketplace.earnings.decrease',
    (pw) => pw.marketplace.earnings.decrease({ Id: 901, Earning: '0.75' }),
    'PUT',
    'marketplace/earning/decrease/id',
    {},
    '{"Id":901,"Earning":0.75}',
  ],
  [
    'marketplace.earnings.setReflectionDate',
    (pw) => pw.marketplace.earnings.setReflectionDate({ Id: 901, ReflectionDate: new Date('2026-12-31T21:00:00Z') }),
    'PUT',
    'marketplace/earning/reflection/id',
    {},
    '{"Id":901,"ReflectionDate":"2026-12-31T21:00:00.000Z"}',
  ],
  [
    'marketplace.earnings.retry',
    (pw) => pw.marketplace.earnings.retry({ Id: 901, ChangeReflectionDate: false }),
    'PUT',
    'marketplace/earning/put/retry/id',
    {},
    '{"Id":901,"ChangeReflectionDate":false}',
  ],
  ['marketplace.debts.byProduct', (pw) => pw.marketplace.debts.byProduct({ ProductId: 5512 }), 'GET', 'marketplace/report/debt/product', { productid: '5512' }],
  ['marketplace.debts.byPayment', (pw) => pw.marketplace.debts.byPayment({ PaymentId: PID }), 'GET', 'marketplace/report/debt/payment', { paymentid: '81234' }],
  [
    'marketplace.debts.increase',
    (pw) => pw.marketplace.debts.increase({ Id: 77, DebtAmount: '4.20' }),
    'PUT',
    'marketplace/debt/increase/id',
    {},
    '{"Id":77,"DebtAmount":4.2}',
  ],
  [
    'marketplace.debts.decrease',
    (pw) => pw.marketplace.debts.decrease({ Id: 77, Amount: '1.05' }),
    'PUT',
    'marketplace/debt/decrease/id',
    {},
    '{"Id":77,"Amount":1.05}',
  ],
  ['marketplace.debts.delete', (pw) => pw.marketplace.debts.delete({ Id: 77 }), 'DELETE', 'marketplace/debt/delete/id', {}, '{"Id":77}'],
  [
    'marketplace.manualTrigger.pending',
    (pw) => pw.marketplace.manualTrigger.pending({ DateFrom: '2026-11-01', DateTo: '2026-11-30', CurrencyId: 1 }),
    'GET',
    'marketplace/manual/trigger/pending',
    { datefrom: '2026-11-01', dateto: '2026-11-30', currencyid: '1' },
  ],
  [
    'marketplace.manualTrigger.start',
    (pw) => pw.marketplace.manualTrigger.start({ CurrencyId: 1, DateFrom: '2025-01-01', DateTo: new Date('2025-01-31T12:00:00Z') }),
    'POST',
    'marketplace/manual/trigger/start',
    {},
    '{"CurrencyId":1,"DateFrom":"2025-01-01","DateTo":"2025-01-31","TestMode":false,"SkipExistsControl":false}',
  ],
  [
    'marketplace.manualTrigger.inquiry',
    (pw) => pw.marketplace.manualTrigger.inquiry({ JobId: 'job-7' }),
    'GET',
    'marketplace/manual/trigger/inquiry',
    { jobid: 'job-7' },
  ],
  [
    'marketplace.manualTrigger.restart',
    (pw) => pw.marketplace.manualTrigger.restart({ JobId: 3141 }),
    'POST',
    'marketplace/manual/trigger/restart',
    {},
    '{"JobId":3141}',
  ],
];

const marketplaceRows = [
  payWallOperations.marketplace,
  payWallOperations.marketplaceEarnings,
  payWallOperations.marketplaceDebts,
  payWallOperations.marketplaceManualTrigger,
].flatMap((g) => Object.values(g));

/** The input of a refused call, as the field paths the error names; nothing may have been sent. */
async function refused(p: Promise<unknown>, sent: Sent[]): Promise<string[]> {
  const e = await p.then(
    () => expect.unreachable('accepted'),
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ValidationError);
  expect(sent).toHaveLength(0);
  return (e as ValidationError).fields;
}

describe('PayWall marketplace on the wire', () => {
  it('has a sample here for every marketplace row', () => {
    expect(ROWS.map((r) => r[0]).sort()).toEqual(marketplaceRows.map((r) => r.id).sort());
  });

  it.each(ROWS)('%s: method, URL on PaymentAPI, header parameters, both key pairs and the exact body', async (_id, call, method, path, params, body) => {
    const { pw, sent } = capture();
    await call(pw);
    expect(sent).toHaveLength(1);
    const [req] = sent;
    expect(req?.method).toBe(method);
    expect(req?.url).toBe(`${PAYMENT}${path}`);
    expect(paramHeaders(req)).toEqual(params);
    expect(req?.headers).toMatchObject({
      apikeypublic: creds.apiKeyPublic,
      apiclientpublic: creds.apiClientPublic,
      apikeyprivate: creds.apiKeyPrivate,
      apiclientprivate: creds.apiClientPrivate,
    });
    expect(req?.body).toBe(body);
  });

  it('sends the public pair alone when the private pair is left off PaymentAPI, and goes to the production hosts', async () => {
    const { pw, sent } = capture({ sendPrivatePairOnPaymentApi: false, environment: 'production', dataCenter: 'turkey' });
    await pw.marketplace.approvePayment({ PaymentId: PID });
    expect(sent[0]?.url).toBe('https://payment-api.paywall.com.tr/api/paywall/marketplace/approve/pw/payment');
    expect(sent[0]?.headers.apikeyprivate).toBeUndefined();
    expect(sent[0]?.headers.apikeypublic).toBe(creds.apiKeyPublic);
  });
});

describe('PayWall marketplace refusals, before anything is sent', () => {
  it('refuses ids, empty lists, amounts not exact to the kuruş, days and missing flags', async () => {
    const { pw, sent } = capture();
    expect(await refused(pw.marketplace.approveProducts({ PaymentId: PID, ProductIds: [] }), sent)).toEqual(['ProductIds']);
    expect(await refused(pw.marketplace.approvePayment({ PaymentId: 0 }), sent)).toEqual(['PaymentId']);
    expect(await refused(pw.marketplace.rejectProducts({ ProductIds: [1.5] }), sent)).toEqual(['ProductIds.0']);
    expect(await refused(pw.marketplace.earnings.increase({ Id: 901, Earning: '1.005' }), sent)).toEqual(['Earning']);
    expect(await refused(pw.marketplace.earnings.decrease({ Id: 901, Earning: 0 }), sent)).toEqual(['Earning']);
    expect(await refused(pw.marketplace.earnings.postpone({ Id: 901, Day: 0 }), sent)).toEqual(['Day']);
    expect(await refused(pw.marketplace.earnings.postponeProduct({ ProductId: 5512, Day: 1.5, ApplyAll: true }), sent)).toEqual(['Day']);
    const noFlag = { ProductId: 5512, Earning: 1 } as unknown as Parameters<PayWall['marketplace']['earnings']['increaseProduct']>[0];
    expect(await refused(pw.marketplace.earnings.increaseProduct(noFlag), sent)).toEqual(['ApplyAll']);
    expect(await refused(pw.marketplace.earnings.retry({ Id: 901, ChangeReflectionDate: true }), sent)).toEqual(['ReflectionDate']);
    expect(await refused(pw.marketplace.earnings.retryPayment({ PaymentId: PID, ChangeReflectionDate: true }), sent)).toEqual(['ReflectionDate']);
    expect(await refused(pw.marketplace.earnings.setReflectionDate({ Id: 901, ReflectionDate: '' }), sent)).toEqual(['ReflectionDate']);
    expect(await refused(pw.marketplace.debts.delete({ Id: -1 }), sent)).toEqual(['Id']);
  });

  it('refuses a page over 50, a reversed range and a header that cannot carry its value', async () => {
    const { pw, sent } = capture();
    expect(await refused(pw.marketplace.earnings.byMember({ MemberId: 42, Length: 51 }), sent)).toEqual(['Length']);
    expect(await refused(pw.marketplace.earnings.byMember({ MemberId: 42, DateFrom: '2026-11-30', DateTo: '2026-11-01' }), sent)).toEqual(['DateFrom']);
    expect(await refused(pw.marketplace.earnings.byMember({ MemberId: 42, DateFrom: '30.11.2026' }), sent)).toEqual(['DateFrom']);
    expect(await refused(pw.marketplace.earnings.byMember({ MemberId: 42, SortColumn: 'Yansıma' }), sent)).toEqual(['SortColumn']);
    expect(await refused(pw.marketplace.manualTrigger.inquiry({ JobId: 'job 7' }), sent)).toEqual(['JobId']);
    const page = pw.marketplace.earnings.byMemberAll({ MemberId: 42, Length: 51 });
    expect(await refused(page.next(), sent)).toEqual(['Length']);
  });

  it('holds the manual trigger to its ranges: ≤ 40 days for pending, DateTo before today (Turkey) unless TestMode', async () => {
    const { pw, sent } = capture();
    expect(await refused(pw.marketplace.manualTrigger.pending({ DateFrom: '2026-10-01', DateTo: '2026-11-11', CurrencyId: 1 }), sent)).toEqual(['DateTo']);
    expect(await refused(pw.marketplace.manualTrigger.pending({ DateFrom: '2026-10-02', DateTo: '2026-10-01', CurrencyId: 1 }), sent)).toEqual(['DateFrom']);
    expect(await refused(pw.marketplace.manualTrigger.pending({ DateFrom: '2026-10-01', DateTo: '2026-10-31', CurrencyId: 9 as 1 }), sent)).toEqual([
      'CurrencyId',
    ]);
    const today = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);
    expect(await refused(pw.marketplace.manualTrigger.start({ CurrencyId: 1, DateFrom: '2025-01-01', DateTo: today }), sent)).toEqual(['DateTo']);
    // Exactly 40 days apart is allowed; TestMode lifts the "yesterday" rule.
    await pw.marketplace.manualTrigger.pending({ DateFrom: '2026-10-01', DateTo: '2026-11-10', CurrencyId: 1 });
    await pw.marketplace.manualTrigger.start({ CurrencyId: 2, DateFrom: today, DateTo: today, TestMode: true, SkipExistsControl: true });
    expect(sent.map((r) => r.body ?? r.headers.dateto)).toEqual([
      '2026-11-10',
      `{"CurrencyId":2,"DateFrom":"${today}","DateTo":"${today}","TestMode":true,"SkipExistsControl":true}`,
    ]);
  });

  it('open bodies refuse a card number, by name or by value, a secret and an inexact amount, at any depth', async () => {
    const { pw, sent } = capture();
    expect(await refused(pw.marketplace.approveProductsSelf({ PaymentId: PID, ProductIds: [5512], Number: '5528790000000008' }), sent)).toEqual(['Number']);
    expect(await refused(pw.marketplace.approvePaymentSelf({ PaymentId: PID, Note: { Text: '5528 7900 0000 0008' } }), sent)).toEqual(['Note.Text']);
    expect(await refused(pw.marketplace.approvePayment({ PaymentId: PID, Cvv: '123' }), sent)).toEqual(['Cvv']);
    expect(await refused(pw.marketplace.debts.increase({ Id: 77, DebtAmount: '4.205' }), sent)).toEqual(['DebtAmount']);
    expect(await refused(pw.marketplace.debts.decrease({ Id: 77, Amount: '-1.00' }), sent)).toEqual(['Amount']);
    const e = await pw.marketplace.approveProductsSelf({ PaymentId: PID, ProductIds: [1], CardNumber: '4111111111111111' }).catch((x: Error) => x);
    expect(String(e)).not.toContain('4111111111111111');
  });

  it('says why in Turkish with locale tr', async () => {
    const { pw, sent } = capture({ locale: tr });
    const e = (await pw.marketplace.earnings.byMember({ MemberId: 42, Length: 51 }).catch((x: unknown) => x)) as ValidationError;
    expect(e.issues[0]?.message).toBe('Length en fazla 50 olabilir');
    const f = (await pw.marketplace.manualTrigger
      .start({ CurrencyId: 1, DateFrom: '2099-01-01', DateTo: '2099-01-02' })
      .catch((x: unknown) => x)) as ValidationError;
    expect(f.issues[0]?.message).toBe('TestMode true değilse DateTo en geç dünün tarihi olmalı (Türkiye saatiyle)');
    expect(sent).toHaveLength(0);
  });
});

describe('PayWall marketplace money rows on a lost answer', () => {
  const money: [string, (pw: PayWall) => Promise<unknown>, string][] = [
    ['approveProducts', (pw) => pw.marketplace.approveProducts({ PaymentId: PID, ProductIds: [5512] }), '81234'],
    ['approvePaymentSelf', (pw) => pw.marketplace.approvePaymentSelf({ PaymentId: PID }), '81234'],
    ['earnings.increaseProduct', (pw) => pw.marketplace.earnings.increaseProduct({ ProductId: 5512, Earning: 1, ApplyAll: false }), '5512'],
    ['earnings.retryPayment', (pw) => pw.marketplace.earnings.retryPayment({ PaymentId: PID, ChangeReflectionDate: false }), '81234'],
    ['earnings.decrease', (pw) => pw.marketplace.earnings.decrease({ Id: 901, Earning: 1 }), '901'],
    ['debts.increase', (pw) => pw.marketplace.debts.increase({ Id: 77, Amount: 1 }), '77'],
    ['manualTrigger.start', (pw) => pw.marketplace.manualTrigger.start({ CurrencyId: 1, DateFrom: '2025-01-01', DateTo: '2025-01-31' }), '2025-01-01'],
    ['manualTrigger.restart', (pw) => pw.marketplace.manualTrigger.restart({ JobId: 'job-7' }), 'job-7'],
  ];

  it.each(money)('%s: sent once on a 502, outcome unknown, the reference it was sent with, the lookup named', async (_name, call, reference) => {
    const { pw, sent } = capture({}, () => ({ status: 502 }));
    const e = (await call(pw).catch((x: unknown) => x)) as { outcome?: string; reference?: string; message: string };
    expect(sent).toHaveLength(1);
    expect(e.outcome).toBe('unknown');
    expect(e.reference).toBe(reference);
    expect(e.message).toMatch(/marketplace\.(approvalReport|earnings\.by\w+|debts\.by\w+|manualTrigger\.(pending|inquiry))/);
  });

  it('moves money exactly on the agreed rows, and sends the other writes once too', async () => {
    const moving = marketplaceRows.filter((r) => r.movesMoney).map((r) => r.meta.no);
    expect(moving.sort((a, b) => a - b)).toEqual([48, 49, 50, 51, 60, 61, 63, 64, 66, 67, 69, 72, 73, 76, 78]);
    const { pw, sent } = capture({}, () => ({ status: 502 }));
    await pw.marketplace.rejectPayment({ PaymentId: PID }).catch(() => {});
    await pw.marketplace.earnings.postpone({ Id: 901, Day: 2 }).catch(() => {});
    expect(sent).toHaveLength(2);
    // A read is retried.
    await pw.marketplace.approvalReport({ PaymentId: PID }).catch(() => {});
    expect(sent.length).toBeGreaterThan(3);
  });

  it('a success carries the reference on the answer', async () => {
    const { pw } = capture();
    const done = await pw.marketplace.earnings.increase({ Id: 901, Earning: '2.00' });
    expectTypeOf(done).toEqualTypeOf<Acknowledgement>();
    expect(done.reference).toBe('901');
  });
});

describe('PayWall marketplace answers', () => {
  it('reads the approval report, the earnings and a member page, keeping what PayWall adds at run time', async () => {
    const bodies: Record<string, unknown> = {
      'report/approval': { Approved: [{ ProductId: 5512 }], NotApproved: null },
      'report/earning/product': {
        PaymentId: PID,
        ProductId: 5512,
        ProductExternalId: 'tea-01',
        SubMerchantEarning: 40.1,
        SubMerchantReflectionDate: '2026-12-15T00:00:00',
        SubMerchantEarningStatusId: 1,
      },
      'report/earning/member': { Data: [{ Id: 1, Earning: 40.1, MarketPlaceEarningStatus: 'Hesaplandı' }], TotalRecord: 1 },
    };
    const { pw } = capture({}, (req) => ({ body: bodies[Object.keys(bodies).find((k) => req.url.includes(k)) ?? ''] ?? null }));
    expect(await pw.marketplace.approvalReport({ PaymentId: PID })).toEqual({ Approved: [{ ProductId: 5512 }], NotApproved: [] });
    const e = await pw.marketplace.earnings.byProduct({ ProductId: 5512 });
    expect([e.ProductExternalId, e.SubMerchantEarning, e.SubMerchantEarningStatusId]).toEqual(['tea-01', 40.1, 1]);
    const page: MemberEarningsPage = await pw.marketplace.earnings.byMember({ MemberId: 42 });
    expect(page.Data[0]?.MarketPlaceEarningStatus).toBe('Hesaplandı');
    expect(await pw.marketplace.earnings.byPayment({ PaymentId: PID })).toEqual([]);
  });

  it('keeps every field of a debt and of a started job, since PayWall has not published them', async () => {
    const { pw } = capture({}, (req) =>
      req.url.includes('debt/product')
        ? { body: [{ Id: 77, DebtAmount: 4.2, MemberId: 42, StatusName: 'Açık' }] }
        : { body: { JobId: 3141, DateFrom: '2025-01-01', DateTo: '2025-01-31', Earning: 120.5, Count: 3, QueuedAt: '2025-02-01T08:00:00' } },
    );
    const debts: MarketplaceDebt[] = await pw.marketplace.debts.byProduct({ ProductId: 5512 });
    expect(debts).toEqual([{ Id: 77, DebtAmount: 4.2, MemberId: 42, StatusName: 'Açık' }]);
    const job: TriggerJob = await pw.marketplace.manualTrigger.start({ CurrencyId: 1, DateFrom: '2025-01-01', DateTo: '2025-01-31' });
    expect(job).toMatchObject({ JobId: 3141, Earning: 120.5, Count: 3, QueuedAt: '2025-02-01T08:00:00', reference: '2025-01-01' });
  });

  it('fails a debt report that is not a list rather than guessing', async () => {
    const { pw } = capture({}, () => ({ body: 'none' }));
    await expect(pw.marketplace.debts.byPayment({ PaymentId: PID })).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('byMemberAll walks the pages of 50, moving start on, and stops at TotalRecord', async () => {
    const earning = (id: number) => ({ Id: id, Earning: 1 });
    const { pw, sent } = capture({}, (req) => {
      const start = Number(req.headers.start);
      const data = Array.from({ length: start === 0 ? 50 : 20 }, (_, i) => earning(start + i + 1));
      return { body: { Data: data, TotalRecord: 70 } };
    });
    const ids: number[] = [];
    for await (const e of pw.marketplace.earnings.byMemberAll({ MemberId: 42, SortValue: 'asc' })) ids.push(e.Id as number);
    expect(ids).toHaveLength(70);
    expect(sent.map((r) => paramHeaders(r))).toEqual([
      { memberid: '42', start: '0', length: '50', sortvalue: 'asc' },
      { memberid: '42', start: '50', length: '50', sortvalue: 'asc' },
    ]);
  });
});

describe('PayWall productHost option', () => {
  it('refuses a value other than private or payment at construction', () => {
    expect(() => capture({ productHost: 'member' as 'private' })).toThrow(ConfigurationError);
  });
});
