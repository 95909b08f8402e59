import { describe, expect, it } from 'vitest';
import { dotnetBody } from './dotnet.js';
import { netEndpoint, netSim, publicKeyHeaders, simKeys } from './sim-harness.js';

const setup = () => netSim({}, publicKeyHeaders);

const seller = {
  IsSubMerchant: true,
  MemberType: 2,
  MemberExternalId: 'net-seller-1',
  MemberName: 'Moda Çay',
  MemberTitle: 'Ayşe Yılmaz',
  MemberIdentityNumber: '10000000146',
  MemberPhone: '5321234567',
  MemberAddress: 'Moda Cd. 1, Kadıköy',
};

describe('PayWall simulator: MemberAPI as the .NET SDK sends it', () => {
  it('the SDK writes every member: memberType 0 and nulls for a plain member, camelCase names', () => {
    const body = dotnetBody(netEndpoint(73).request?.fields ?? [], { IsSubMerchant: false, MemberExternalId: 'x' });
    expect(body).toMatchObject({ isSubMerchant: false, memberType: 0, memberExternalId: 'x', memberEmail: null, bankAccounts: null, valueDate: null });
  });

  it('members: create (plain and sub-merchant), list, search, update and delete', async () => {
    const { sim, accepted, send } = setup();
    const plain = (await accepted(73, {
      value: { IsSubMerchant: false, MemberExternalId: 'net-plain', MemberName: 'Düz', MemberTitle: 'Düz Üye', MemberAddress: 'Moda' },
    })) as { Id: number; MemberType: number; BankAccounts: unknown[]; ValueDate: unknown };
    expect(plain).toMatchObject({ MemberType: 0, BankAccounts: [], ValueDate: null });
    const created = (await accepted(73, {
      value: {
        ...seller,
        BankAccounts: [{ CurrencyId: 1, Title: 'Ayşe Yılmaz', Iban: 'TR330006100519786457841326' }],
        ValueDate: { CalculationType: 1, CalculationValue: 3, Commission: 2.5 },
      },
    })) as { Id: number };
    expect(sim.members.get(created.Id)).toMatchObject({ memberType: 2, identityNumber: '10000000146', email: null });
    expect(sim.members.get(created.Id)?.bankAccounts).toHaveLength(1);

    // The SDK's start and length are strings, left out when empty.
    expect(((await accepted(76, { params: { start: '1', length: '10' } })) as unknown as { Id: number }[]).map((m) => m.Id)).toEqual([created.Id]);
    expect(await accepted(76)).toHaveLength(2);
    expect(await accepted(77, { params: { memberexternalid: 'net-seller-1' } })).toMatchObject({ Id: created.Id });
    expect(await accepted(77, { params: { memberid: String(created.Id) } })).toMatchObject({ MemberExternalId: 'net-seller-1' });

    await accepted(74, { value: { Id: created.Id, ...seller, MemberName: 'Moda Çay Evi' } });
    // Every member written: the e-mail the SDK left null stays null, the phone given is kept.
    expect(sim.members.get(created.Id)).toMatchObject({ name: 'Moda Çay Evi', email: null, phone: '5321234567' });

    // DELETE in PascalCase with a null Id, then with a null MemberExternalId.
    await accepted(75, { value: { MemberExternalId: 'net-plain' } });
    await accepted(75, { value: { Id: created.Id } });
    expect(sim.members.size).toBe(0);
    const gone = await send(77, { params: { memberid: String(created.Id) } });
    expect(gone.env).toMatchObject({ ErrorCode: 198, Result: false });
  });

  it('bank accounts and value dates by member id', async () => {
    const { sim, accepted, send } = setup();
    const { Id } = (await accepted(73, { value: seller })) as { Id: number };
    await accepted(78, { value: { MemberId: Id, CurrencyId: 1, Title: 'Ayşe Yılmaz', Iban: 'TR330006100519786457841326' } });
    await accepted(78, { value: { MemberId: Id, CurrencyId: 2, Title: 'Ayşe Yılmaz', Iban: 'TR180006200119000006672315' } });
    const accounts = (await accepted(81, { params: { memberid: String(Id) } })) as unknown as { Id: number; CurrencyId: number; Currency: string }[];
    expect(accounts.map((a) => a.Currency)).toEqual(['TRY', 'USD']);
    const [lira] = accounts;
    await accepted(79, { value: { Id: lira?.Id, CurrencyId: 1, Title: 'Ayşe Y.', Iban: 'TR260001000201234567890123' } });
    expect(sim.members.get(Id)?.bankAccounts[0]).toMatchObject({ title: 'Ayşe Y.', iban: 'TR260001000201234567890123' });
    await accepted(80, { value: { Id: lira?.Id } });
    expect(sim.members.get(Id)?.bankAccounts.map((a) => a.currencyId)).toEqual([2]);

    await accepted(82, { value: { MemberId: Id, CalculationType: 3, CalculationValue: 10, Commission: 1.25 } });
    expect(await accepted(83, { params: { memberid: String(Id) } })).toMatchObject({ CalculationType: 3, CalculationValue: 10, Commission: 1.25 });

    // The private pair is not MemberAPI's: the public one is checked, a wrong one refused.
    const wrong = await send(81, { params: { memberid: String(Id) } }, { apikeypublic: 'nope', apiclientpublic: simKeys.apiClientPublic });
    expect(wrong.status).toBe(401);
  });

  it('refuses what PayWall refuses, with its codes', async () => {
    const { sim, send, accepted } = setup();
    const code = async (n: number, value: Record<string, unknown>) => (await send(n, { value })).env.ErrorCode;
    expect(await code(73, { ...seller, MemberIdentityNumber: '10000000147' })).toBe(214);
    expect(await code(73, { ...seller, MemberType: 3, MemberTaxOffice: 'Kadıköy', MemberTaxNumber: '1234567891' })).toBe(213);
    expect(await code(73, { ...seller, MemberType: 3, MemberTaxNumber: '1234567890' })).toBe(204);
    expect(await code(73, { ...seller, MemberType: 0 })).toBe(200);
    expect(await code(73, { ...seller, MemberPhone: '0212 123 45 67' })).toBe(216);
    const twoLira = { CurrencyId: 1, Title: 'A', Iban: 'TR330006100519786457841326' };
    expect(await code(73, { ...seller, BankAccounts: [twoLira, { ...twoLira, Iban: 'TR180006200119000006672315' }] })).toBe(226);
    expect(await code(73, { ...seller, ValueDate: { CalculationType: 2, CalculationValue: 6, Commission: 1 } })).toBe(234);
    expect(sim.members.size).toBe(0);
    const { Id } = (await accepted(73, { value: seller })) as { Id: number };
    expect(await code(73, seller)).toBe(227);
    expect(await code(78, { MemberId: Id, CurrencyId: 1, Title: 'A', Iban: 'TR330006100519786457841327' })).toBe(222);
    expect(await code(78, { MemberId: Id, CurrencyId: 9, Title: 'A', Iban: 'TR330006100519786457841326' })).toBe(217);
    expect(await code(78, { CurrencyId: 1, Title: 'A', Iban: 'TR330006100519786457841326' })).toBe(228);
    expect(await code(82, { MemberId: Id, CalculationType: 4, CalculationValue: 1, Commission: 1 })).toBe(233);
    expect(await code(82, { MemberId: Id, CalculationType: 1, CalculationValue: 1, Commission: 100.01 })).toBe(235);
    expect(await code(75, {})).toBe(223);
    expect(sim.members.get(Id)?.bankAccounts).toEqual([]);
  });
});
