import { join } from 'node:path';
import { isTranslated, ProviderError, ValidationError } from '@odeme/core';
import { CORE_TR } from '@odeme/core/tr';
import {
  type CreateMemberParams,
  type Member,
  type MemberBankAccount,
  type MemberValueDate,
  PayWallMemberType,
  PayWallValueDateCalculation,
  payWallOperations,
} from '@odeme/paywall';
import { PAYWALL_TR } from '@odeme/paywall/tr';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { sourceMessages } from '../../../test/support/source-messages';
import { PAYWALL_MEMBERS_TR } from '../src/members.messages.tr.js';
import { creds, makeClient, makeSim, uniqueCode } from './helpers';

const IBAN_TRY = 'TR33 0006 1005 1978 6457 8413 26';
const IBAN_EUR = 'TR180006200119000006672315';
const IBAN_OTHER = 'TR260001000201234567890123';

function corporation(externalId = uniqueCode('seller')): CreateMemberParams {
  return {
    IsSubMerchant: true,
    MemberType: PayWallMemberType.Corporation,
    MemberExternalId: externalId,
    MemberName: 'Moda Çay',
    MemberTitle: 'Moda Çay Gıda Ticaret A.Ş.',
    MemberTaxOffice: 'Kadıköy',
    MemberTaxNumber: '1234567890',
    MemberEmail: 'muhasebe@modacay.example',
    MemberPhone: '+90 (532) 123 45 67',
    MemberAddress: 'Moda Cd. 1, Kadıköy, İstanbul',
    ContactName: 'Ayşe',
    ContactLastname: 'Yılmaz',
  };
}

/** A client whose every request is recorded and answered by the simulator. */
function recorded() {
  const sim = makeSim();
  const sent: { method: string; url: string; headers: Headers; body: unknown }[] = [];
  const pw = makeClient(sim, {
    fetch: async (input: string | URL | Request, init?: RequestInit) => {
      const request = new Request(input, init);
      const text = await request.clone().text();
      sent.push({ method: request.method, url: request.url, headers: request.headers, body: text ? JSON.parse(text) : undefined });
      return sim.fetch(request);
    },
  });
  return { sim, pw, sent };
}

async function failure(p: Promise<unknown>): Promise<ProviderError> {
  const e = await p.then(
    () => expect.unreachable('accepted'),
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ProviderError);
  return e as ProviderError;
}

describe('PayWall members', () => {
  it('creates a member with a bank account and a value date, finds it by either id, and lists it', async () => {
    const { sim, pw, sent } = recorded();
    const external = uniqueCode('seller');
    const member = await pw.members.create({
      ...corporation(external),
      BankAccounts: [{ CurrencyId: 1, Title: 'Moda Çay Gıda Ticaret A.Ş.', Iban: IBAN_TRY }],
      ValueDate: { CalculationType: PayWallValueDateCalculation.DaysAfterApproval, CalculationValue: 7, Commission: '2.50' },
    });
    expectTypeOf(member).toEqualTypeOf<Member>();
    expect(member.Id).toBeGreaterThan(0);
    expect(member.BankAccounts).toEqual([
      { Id: expect.any(Number), CurrencyId: 1, Currency: 'TRY', Title: 'Moda Çay Gıda Ticaret A.Ş.', Iban: 'TR330006100519786457841326' },
    ]);
    expect(member.ValueDate).toEqual({ CalculationType: 1, CalculationValue: 7, Commission: 2.5 });

    // On the wire: MemberAPI's path, the public pair only, the phone as PayWall's examples write it, the IBAN without spaces.
    const [create] = sent;
    expect(create?.url).toBe('https://test-member-api.itspaywall.com/api/paywall/member');
    expect(create?.headers.get('apikeypublic')).toBe(creds.apiKeyPublic);
    expect(create?.headers.has('apikeyprivate')).toBe(false);
    expect(create?.body).toMatchObject({ MemberPhone: '5321234567', BankAccounts: [{ Iban: 'TR330006100519786457841326' }], ValueDate: { Commission: 2.5 } });

    // State: the simulator keeps what was sent.
    const kept = sim.members.get(member.Id as number);
    expect(kept).toMatchObject({ externalId: external, memberType: 3, taxNumber: '1234567890', phone: '5321234567' });
    expect(kept?.valueDate).toMatchObject({ calculationType: 1, calculationValue: 7, commissionHundredths: 250 });

    const byExternal = await pw.members.search({ MemberExternalId: external });
    const byId = await pw.members.search({ MemberId: member.Id as number });
    expect(byExternal.Id).toBe(member.Id);
    expect(byId.MemberExternalId).toBe(external);
    const search = sent.at(-1);
    expect(search?.method).toBe('GET');
    expect(search?.headers.get('memberid')).toBe(String(member.Id));
    expect(search?.body).toBeUndefined();

    const page = await pw.members.list({ Start: 0, Length: 10 });
    expect(page.map((m) => m.Id)).toEqual([member.Id]);
    expect(sent.at(-1)?.headers.get('start')).toBe('0');
    expect(sent.at(-1)?.headers.get('length')).toBe('10');
  });

  it('keeps one bank account per currency, updates and removes them by Id', async () => {
    const { sim, pw } = recorded();
    const { Id } = await pw.members.create(corporation());
    const MemberId = Id as number;
    expect(await pw.members.bankAccounts.list({ MemberId })).toEqual([]);

    expect(await pw.members.bankAccounts.create({ MemberId, CurrencyId: 1, Title: 'Moda Çay', Iban: IBAN_TRY })).toBeNull();
    await pw.members.bankAccounts.create({ MemberId, CurrencyId: 3, Title: 'Moda Çay EUR', Iban: IBAN_EUR });
    const again = await failure(pw.members.bankAccounts.create({ MemberId, CurrencyId: 1, Title: 'İkinci', Iban: IBAN_OTHER }));
    expect(again).toMatchObject({ providerCode: '229', group: 'MemberBankAccountExistForCurrency' });

    const accounts = await pw.members.bankAccounts.list({ MemberId });
    expectTypeOf(accounts).toEqualTypeOf<MemberBankAccount[]>();
    expect(accounts.map((a) => [a.CurrencyId, a.Currency])).toEqual([
      [1, 'TRY'],
      [3, 'EUR'],
    ]);
    const lira = accounts[0]?.Id as number;
    await pw.members.bankAccounts.update({ Id: lira, CurrencyId: 1, Title: 'Moda Çay Gıda', Iban: IBAN_OTHER });
    expect(sim.members.get(MemberId)?.bankAccounts.find((a) => a.id === lira)).toMatchObject({ title: 'Moda Çay Gıda', iban: IBAN_OTHER });
    // Moving the lira account to euros would make two euro accounts.
    expect(await failure(pw.members.bankAccounts.update({ Id: lira, CurrencyId: 3, Title: 'x', Iban: IBAN_OTHER }))).toMatchObject({ providerCode: '229' });

    await pw.members.bankAccounts.remove({ Id: lira });
    expect((await pw.members.bankAccounts.list({ MemberId })).map((a) => a.CurrencyId)).toEqual([3]);
    expect(await failure(pw.members.bankAccounts.remove({ Id: lira }))).toMatchObject({ providerCode: '231', group: 'MemberBankAccountNotFound' });
  });

  it('sets and replaces a value date; a member without one answers 236', async () => {
    const { sim, pw } = recorded();
    const { Id } = await pw.members.create(corporation());
    const MemberId = Id as number;
    expect(await failure(pw.members.valueDates.get({ MemberId }))).toMatchObject({ providerCode: '236', group: 'MemberValueDateNotFound' });

    await pw.members.valueDates.set({ MemberId, CalculationType: 2, CalculationValue: 2, Commission: 1.75 });
    const first = await pw.members.valueDates.get({ MemberId });
    expectTypeOf(first).toEqualTypeOf<MemberValueDate>();
    expect(first).toEqual({ Id: expect.any(Number), CalculationType: 2, CalculationValue: 2, Commission: 1.75 });

    await pw.members.valueDates.set({ MemberId, CalculationType: 3, CalculationValue: 15, Commission: '3' });
    expect(await pw.members.valueDates.get({ MemberId })).toEqual({ Id: first.Id, CalculationType: 3, CalculationValue: 15, Commission: 3 });
    expect(sim.members.get(MemberId)?.valueDate?.commissionHundredths).toBe(300);
  });

  it('updates the whole record, refuses a change to nothing, and deletes by either id', async () => {
    const { sim, pw, sent } = recorded();
    const params = corporation();
    const { Id } = await pw.members.create(params);
    const id = Id as number;
    await pw.members.update({ ...params, Id: id, MemberName: 'Moda Çay Evi', MemberPhone: '0532 765 43 21' });
    expect(sent.at(-1)?.method).toBe('PUT');
    expect(sim.members.get(id)).toMatchObject({ name: 'Moda Çay Evi', phone: '5327654321', updatedAt: expect.any(Date) });
    const same = await failure(pw.members.update({ ...params, Id: id, MemberName: 'Moda Çay Evi', MemberPhone: '5327654321' }));
    expect(same).toMatchObject({ providerCode: '225', group: 'MemberNoAnyChanges' });

    const taken = await failure(pw.members.create({ ...corporation(params.MemberExternalId) }));
    expect(taken).toMatchObject({ providerCode: '227', group: 'MemberAlreadyExist' });

    await pw.members.remove({ MemberExternalId: params.MemberExternalId });
    expect(sent.at(-1)).toMatchObject({ method: 'DELETE', body: { MemberExternalId: params.MemberExternalId } });
    expect(sim.members.has(id)).toBe(false);
    expect(await failure(pw.members.search({ MemberId: id }))).toMatchObject({ providerCode: '198', group: 'MemberNotFound' });
    expect(await failure(pw.members.remove({ Id: id }))).toMatchObject({ providerCode: '198' });
  });

  it('walks every page of members with listAll', async () => {
    const { sim, pw, sent } = recorded();
    for (let i = 0; i < 5; i++) await pw.members.create(corporation());
    const before = sent.length;
    const ids: number[] = [];
    for await (const m of pw.members.listAll({ Length: 2 })) ids.push(m.Id as number);
    expect(ids).toEqual([...sim.members.keys()].sort((a, b) => a - b));
    // Pages of 2, 2 and 1: the short page is the last.
    expect(sent.slice(before).map((s) => [s.headers.get('start'), s.headers.get('length')])).toEqual([
      ['0', '2'],
      ['2', '2'],
      ['4', '2'],
    ]);
  });

  it('refuses bad input before sending, naming the fields', async () => {
    const pw = makeClient(undefined, { fetch: async () => expect.unreachable('nothing is sent') });
    const fields = (p: Promise<unknown>) =>
      p.then(
        () => expect.unreachable('accepted'),
        (e: unknown) => {
          expect(e).toBeInstanceOf(ValidationError);
          return (e as ValidationError).fields;
        },
      );
    const base = corporation();
    expect(await fields(pw.members.create({ ...base, MemberType: undefined }))).toEqual(['MemberType']);
    expect(await fields(pw.members.create({ ...base, MemberTaxNumber: undefined, MemberTaxOffice: undefined }))).toEqual([
      'MemberTaxNumber',
      'MemberTaxOffice',
    ]);
    expect(await fields(pw.members.create({ ...base, MemberTaxNumber: '1234567891' }))).toEqual(['MemberTaxNumber']);
    // A corporation's tax number is a VKN, not a TCKN.
    expect(await fields(pw.members.create({ ...base, MemberTaxNumber: '10000000146' }))).toEqual(['MemberTaxNumber']);
    expect(await fields(pw.members.create({ ...base, MemberType: 1, MemberIdentityNumber: undefined }))).toEqual(['MemberIdentityNumber']);
    expect(await fields(pw.members.create({ ...base, MemberType: 1, MemberIdentityNumber: '10000000147' }))).toEqual(['MemberIdentityNumber']);
    expect(await fields(pw.members.create({ ...base, MemberPhone: '0212 123 45 67', MemberEmail: 'not-an-address' }))).toEqual(['MemberEmail', 'MemberPhone']);
    // @ts-expect-error: 4 is not a member type
    expect(await fields(pw.members.create({ ...base, MemberType: 4 }))).toEqual(['MemberType']);
    const lira = { CurrencyId: 1 as const, Title: 'Moda', Iban: IBAN_TRY };
    expect(await fields(pw.members.create({ ...base, BankAccounts: [lira, { ...lira, Iban: IBAN_OTHER }] }))).toEqual(['BankAccounts.1.CurrencyId']);
    expect(await fields(pw.members.bankAccounts.create({ MemberId: 1, ...lira, Iban: 'TR330006100519786457841327' }))).toEqual(['Iban']);
    expect(await fields(pw.members.valueDates.set({ MemberId: 1, CalculationType: 2, CalculationValue: 6, Commission: 1 }))).toEqual(['CalculationValue']);
    expect(await fields(pw.members.valueDates.set({ MemberId: 1, CalculationType: 1, CalculationValue: 3, Commission: '1.255' }))).toEqual(['Commission']);
    expect(await fields(pw.members.remove({}))).toEqual(['Id']);
    expect(await fields(pw.members.search({}))).toEqual(['MemberId']);
    expect(await fields(pw.members.bankAccounts.list({ MemberId: 0 }))).toEqual(['MemberId']);
    expect(await fields(pw.members.list({ Length: 0 }))).toEqual(['Length']);
    const walk = async () => {
      for await (const m of pw.members.listAll({ Length: 0 })) void m;
    };
    expect(await fields(walk())).toEqual(['Length']);
  });

  it('sends writes once and retries reads; no row moves money', async () => {
    const rows = [
      ...Object.values(payWallOperations.members),
      ...Object.values(payWallOperations.memberBankAccounts),
      ...Object.values(payWallOperations.memberValueDates),
    ];
    expect(rows.map((r) => r.meta?.no).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89]);
    for (const r of rows) {
      expect(r.movesMoney, r.id).toBe(false);
      expect(r.meta, r.id).toMatchObject({ host: 'member', auth: 'public' });
      expect(r.retryable ?? true, r.id).toBe(r.method === 'GET');
    }
    // A write that fails at the network is not sent again; a read is.
    const sim = makeSim();
    let calls = 0;
    const flaky = makeClient(sim, {
      fetch: async (input: string | URL | Request, init?: RequestInit) => {
        calls += 1;
        if (calls === 1) throw new TypeError('connection reset');
        return sim.fetch(new Request(input, init));
      },
    });
    await expect(flaky.members.create(corporation())).rejects.toBeDefined();
    expect(calls).toBe(1);
    expect(sim.members.size).toBe(0);
    calls = 0;
    expect(await flaky.members.list({})).toEqual([]);
    expect(calls).toBe(2);
  });

  it('the simulator refuses a wrong public pair on MemberAPI and asks for no private pair', async () => {
    const sim = makeSim();
    const wrong = makeClient(sim, { apiKeyPublic: 'pk_wrong' });
    await expect(wrong.members.list({})).rejects.toMatchObject({ status: 401 });
    const publicOnly = makeClient(sim, { apiKeyPrivate: undefined, apiClientPrivate: undefined });
    const m = await publicOnly.members.create(corporation());
    expect(sim.members.has(m.Id as number)).toBe(true);
  });

  it('has a Turkish entry for every message of the member files, and no entry it does not use', () => {
    const mine = new Set(['schemas/members.ts', 'operations/members.ts', 'member-pages.ts']);
    const found = sourceMessages(join(import.meta.dirname, '../src')).filter((f) => mine.has(f.file));
    expect(found.length).toBeGreaterThan(15);
    for (const f of found) expect(isTranslated(f.sample, [PAYWALL_MEMBERS_TR, PAYWALL_TR, CORE_TR]), f.sample).toBe(true);
    const unused = Object.keys(PAYWALL_MEMBERS_TR).filter((english) => !found.some((f) => isTranslated(f.sample, [{ [english]: '' }])));
    expect(unused).toEqual([]);
  });
});
