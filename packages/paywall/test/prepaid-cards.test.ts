import { inspect } from 'node:util';
import { type Acknowledgement, type PrepaidCardDetail, type PrepaidCardTransactions, ProviderError, ValidationError, type VirtualCard } from '@odeme/paywall';
import { PAYWALL_SIM_PREPAID_PROGRAMME } from '@odeme/testkit';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { creds, makeClient, makeSim } from './helpers';

const PROGRAMME = PAYWALL_SIM_PREPAID_PROGRAMME;
const INCREASE = '/api/paywall/card/production/balance/increase';
const year = String(new Date().getUTCFullYear() + 2);
const physicalCard = { Number: '4355 0843 5508 4358', ExpireMonth: 7, ExpireYear: year, Cvv: '456' };

function setup() {
  const sim = makeSim();
  const pw = makeClient(sim);
  const issue = () => pw.prepaidCards.createVirtual({ CardProductionKey: PROGRAMME, Description: 'Yemek kartı', Phone: '905336662211', ExternalId: 'user-7' });
  return { sim, pw, issue };
}

const bodyOf = (sim: ReturnType<typeof makeSim>, path: string) => JSON.parse(String(sim.requests.filter((r) => r.path.endsWith(path)).at(-1)?.body));

describe('PayWall prepaid cards', () => {
  it('issues a virtual card, loads and spends it once each; balance, detail and movements follow', async () => {
    const { sim, pw, issue } = setup();
    const card = await issue();
    expectTypeOf(card).toEqualTypeOf<VirtualCard>();
    const CardId = card.CardId as number;
    expect(sim.prepaid.cards.get(CardId)).toMatchObject({ kind: 'virtual', balanceKurus: 0, phone: '905336662211', externalId: 'user-7', active: true });
    expect(card.CardNumber).toBe(sim.prepaid.cards.get(CardId)?.number);

    const loaded = await pw.prepaidCards.load({ CardId, Amount: '250.75' });
    expectTypeOf(loaded).toEqualTypeOf<Acknowledgement>();
    expect(loaded.reference).toBe(String(CardId));
    expect(sim.count('POST', INCREASE)).toBe(1);
    // The wire: the docs' names, the amount as a JSON number, all four keys.
    expect(bodyOf(sim, '/balance/increase')).toEqual({ CardId, Amount: 250.75 });
    const wire = sim.requests.find((r) => r.path.endsWith('/balance/increase'));
    expect([wire?.headers.apikeypublic, wire?.headers.apikeyprivate]).toEqual([creds.apiKeyPublic, creds.apiKeyPrivate]);

    expect((await pw.prepaidCards.unload({ CardId, Amount: 40.5 })).reference).toBe(String(CardId));
    sim.prepaid.spend(CardId, 1_025, 'kafe-1');
    expect(sim.prepaid.cards.get(CardId)?.balanceKurus).toBe(20_000);

    const detail = await pw.prepaidCards.detail({ CardId });
    expectTypeOf(detail).toEqualTypeOf<PrepaidCardDetail>();
    expect(detail.BalanceInfo?.TotalBalance).toBe(200);
    expect(detail.CardInfo?.CardNumber).toBe(card.CardNumber);
    expect(sim.requests.at(-1)?.headers.cardid).toBe(String(CardId));

    const moves = await pw.prepaidCards.transactions({ CardId, DateFrom: sim.now() });
    expectTypeOf(moves).toEqualTypeOf<PrepaidCardTransactions>();
    expect(moves.Transactions.map((t) => [t.Amount, t.AvailableBalance, t.MerchantId])).toEqual([
      [-10.25, 200, 'kafe-1'],
      [-40.5, 210.25, null],
      [250.75, 250.75, null],
    ]);
    expect(moves.TotalItemCount).toBe(3);
    expect(sim.requests.at(-1)?.headers.datefrom).toBe(sim.now().toISOString().slice(0, 10));
    const later = new Date(sim.now().getTime() + 86_400_000);
    expect((await pw.prepaidCards.transactions({ CardId, DateFrom: later })).Transactions).toEqual([]);

    // The programme's account paid the load and got the unload back.
    const account = await pw.prepaidCards.accountBalance({ CardProductionKey: PROGRAMME });
    expect(account.Balances).toEqual([{ TotalBalance: 99_789.75, LockedBalance: 0, AvailableBalance: 99_789.75 }]);
    expect(sim.requests.at(-1)?.headers.cardproductionkey).toBe(PROGRAMME);
  });

  it('a disabled card refuses a load, with its reference on the error, until it is enabled', async () => {
    const { sim, pw, issue } = setup();
    const CardId = (await issue()).CardId as number;
    expect(await pw.prepaidCards.disable({ CardId })).toBeNull();
    expect(sim.prepaid.cards.get(CardId)?.active).toBe(false);
    const refused = await pw.prepaidCards.load({ CardId, Amount: 10 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProviderError);
    expect(refused).toMatchObject({ providerCode: '279', reference: String(CardId) });
    expect(sim.count('POST', INCREASE)).toBe(1);
    expect(sim.prepaid.cards.get(CardId)?.balanceKurus).toBe(0);
    expect((await pw.prepaidCards.list({ Start: 0, Length: 10, CardId })).Data[0]).toMatchObject({ IsActive: false, Usable: false, LastActivityTypeId: 6 });

    await pw.prepaidCards.enable({ CardId });
    await pw.prepaidCards.load({ CardId, Amount: 10 });
    expect(sim.prepaid.cards.get(CardId)?.balanceKurus).toBe(1_000);
    await expect(pw.prepaidCards.unload({ CardId, Amount: '10.01' })).rejects.toMatchObject({ providerCode: '297', reference: String(CardId) });
    await expect(pw.prepaidCards.load({ CardId, Amount: '100000.01' })).rejects.toMatchObject({ providerCode: '544' });
  });

  it('a load whose answer is lost is not sent again; the card shows it went through', async () => {
    const { sim, pw, issue } = setup();
    const CardId = (await issue()).CardId as number;
    sim.injectFault({ kind: 'drop-response' }, { match: (_m, path) => path.endsWith('/balance/increase') });
    const lost = await pw.prepaidCards.load({ CardId, Amount: '25.00' }).catch((e: unknown) => e);
    expect(lost).toMatchObject({ code: 'network_error', outcome: 'unknown', reference: String(CardId) });
    expect(String((lost as Error).message)).toContain('prepaidCards.transactions');
    expect(sim.count('POST', INCREASE)).toBe(1);
    expect((await pw.prepaidCards.transactions({ CardId })).Transactions.map((t) => t.Amount)).toEqual([25]);
  });

  it('registers a physical card, finds it by number, changes it and deletes it', async () => {
    const { sim, pw } = setup();
    expect(await pw.prepaidCards.addPhysical({ CardProductionKey: PROGRAMME, ...physicalCard, Phone: '905336662211', Description: 'Basılı' })).toBeNull();
    expect(bodyOf(sim, '/physical/add')).toMatchObject({ Number: '4355084355084358', ExpireMonth: '07', ExpireYear: year });
    const page = await pw.prepaidCards.list({ Start: 0, Length: 10, CardNumber: physicalCard.Number });
    expect(sim.requests.at(-1)?.headers).toMatchObject({ start: '0', length: '10', cardnumber: '4355084355084358' });
    expect(page.TotalRecord).toBe(1);
    const [found] = page.Data;
    expect(found).toMatchObject({ CardNumber: '435508******4358', ExpiryMonth: '07', Description: 'Basılı', IsDelete: false });
    const CardId = found?.Id as number;

    await pw.prepaidCards.setPhone({ CardId, Phone: '+905551112233' });
    await pw.prepaidCards.setDescription({ CardId, Description: 'Kayıp kart yerine' });
    await pw.prepaidCards.setPin({ CardId, Pin: '2468' });
    expect(sim.prepaid.cards.get(CardId)).toMatchObject({ phone: '+905551112233', description: 'Kayıp kart yerine', pin: '2468', kind: 'physical' });
    expect((await pw.prepaidCards.list({ Start: 0, Length: 10, Phone: '+905551112233' })).Data.map((c) => c.Id)).toEqual([CardId]);
    // The same printed card twice is refused.
    await expect(
      pw.prepaidCards.addPhysical({ CardProductionKey: PROGRAMME, ...physicalCard, Phone: '905336662211', Description: 'Tekrar' }),
    ).rejects.toMatchObject({ providerCode: '392' });

    await pw.prepaidCards.remove({ CardId });
    expect(JSON.parse(String(sim.requests.at(-1)?.body))).toEqual({ CardId });
    await expect(pw.prepaidCards.detail({ CardId })).rejects.toMatchObject({ providerCode: '278' });
    expect((await pw.prepaidCards.list({ Start: 0, Length: 10, CardId })).Data[0]).toMatchObject({ IsDelete: true, Usable: false });
    await expect(pw.prepaidCards.accountBalance({ CardProductionKey: 'no-such-programme' })).rejects.toMatchObject({ providerCode: '270' });
  });

  it('refuses bad input before anything is sent, as a ValidationError naming the fields', async () => {
    const pw = makeClient(undefined, { fetch: async () => expect.unreachable('nothing is sent') });
    const fields = (p: Promise<unknown>) =>
      p.then(
        () => expect.unreachable('accepted'),
        (e: unknown) => {
          expect(e).toBeInstanceOf(ValidationError);
          return (e as ValidationError).fields;
        },
      );
    expect(await fields(pw.prepaidCards.load({ CardId: 5, Amount: '10.005' }))).toEqual(['Amount']);
    expect(await fields(pw.prepaidCards.load({ CardId: 5, Amount: 0 }))).toEqual(['Amount']);
    expect(await fields(pw.prepaidCards.unload({ CardId: 0, Amount: 1 }))).toEqual(['CardId']);
    expect(await fields(pw.prepaidCards.enable({ CardId: 1.5 }))).toEqual(['CardId']);
    expect(await fields(pw.prepaidCards.setPin({ CardId: 5, Pin: '12a4' }))).toEqual(['Pin']);
    expect(await fields(pw.prepaidCards.setPhone({ CardId: 5, Phone: '0533 666' }))).toEqual(['Phone']);
    expect(await fields(pw.prepaidCards.setDescription({ CardId: 5, Description: '' }))).toEqual(['Description']);
    expect(
      await fields(pw.prepaidCards.createVirtual({ CardProductionKey: PROGRAMME, Description: 'x', Phone: '905336662211', ExternalId: 'kullanıcı-7' })),
    ).toEqual(['ExternalId']);
    expect(await fields(pw.prepaidCards.accountBalance({ CardProductionKey: '' }))).toEqual(['CardProductionKey']);
    const physical = { CardProductionKey: PROGRAMME, Phone: '905336662211', Description: 'x' };
    expect(await fields(pw.prepaidCards.addPhysical({ ...physical, ...physicalCard, Number: '4355084355084359' }))).toEqual(['Number']);
    expect(await fields(pw.prepaidCards.addPhysical({ ...physical, ...physicalCard, ExpireYear: '2020' }))).toContain('ExpireYear');
    expect(await fields(pw.prepaidCards.addPhysical({ ...physical, ...physicalCard, Cvv: '12' }))).toEqual(['Cvv']);
    expect(await fields(pw.prepaidCards.list({ Start: -1, Length: 0 }))).toEqual(['Start', 'Length']);
    expect(await fields(pw.prepaidCards.list({ Start: 0, Length: 1, CardNumber: '1234' }))).toEqual(['CardNumber']);
    expect(await fields(pw.prepaidCards.transactions({ CardId: 5, DateFrom: '01.01.2026' }))).toEqual(['DateFrom']);
    // @ts-expect-error: the amount is required
    expect(await fields(pw.prepaidCards.load({ CardId: 5 }))).toEqual(['Amount']);
  });

  it('never lets a PIN, card number or security code into an error, a log line or a hook event', async () => {
    const sim = makeSim();
    const lines: string[] = [];
    const events: unknown[] = [];
    const log = (m: string, f?: unknown) => void lines.push(`${m} ${JSON.stringify(f ?? '')}`);
    const logger = { debug: log, info: log, warn: log, error: log };
    const pw = makeClient(sim, { logger, logLevel: 'debug', hooks: { onRequest: (e) => events.push(e) } });
    const PIN = '90817263';
    const CVV = '7391';
    const seen: unknown[] = [];
    const fail = (p: Promise<unknown>) =>
      p.then(
        () => expect.unreachable('accepted'),
        (e: unknown) => seen.push(e),
      );
    // Refused by PayWall (no such card), refused before sending (a PIN with a letter), a card in a failing call.
    await fail(pw.prepaidCards.setPin({ CardId: 999_999, Pin: PIN }));
    await fail(pw.prepaidCards.setPin({ CardId: 5, Pin: `${PIN}x` }));
    await fail(pw.prepaidCards.addPhysical({ CardProductionKey: 'no-such', ...physicalCard, Cvv: CVV, Phone: '905336662211', Description: 'x' }));
    await fail(
      pw.prepaidCards.addPhysical({ CardProductionKey: PROGRAMME, ...physicalCard, Cvv: CVV, ExpireMonth: 13, Phone: '905336662211', Description: 'x' }),
    );
    // Sent and answered: the number in a list header, and the card data of a detail.
    await pw.prepaidCards.addPhysical({ CardProductionKey: PROGRAMME, ...physicalCard, Cvv: CVV, Phone: '905336662211', Description: 'x' });
    const listed = await pw.prepaidCards.list({ Start: 0, Length: 1, CardNumber: physicalCard.Number });
    await pw.prepaidCards.setPin({ CardId: listed.Data[0]?.Id as number, Pin: PIN });
    expect(sim.prepaid.cards.get(listed.Data[0]?.Id as number)?.pin).toBe(PIN);
    expect(seen).toHaveLength(4);
    expect(events.length).toBeGreaterThan(4);
    const text = [lines.join('\n'), JSON.stringify(events), ...seen.flatMap((e) => [String(e), JSON.stringify(e), inspect(e, { depth: 10 })])].join('\n');
    for (const secret of [PIN, CVV, physicalCard.Number.replace(/ /g, ''), physicalCard.Number]) expect(text).not.toContain(secret);
  });

  it('needs the private pair: a client built without it is refused', async () => {
    const sim = makeSim();
    const pw = makeClient(sim, { apiKeyPrivate: undefined, apiClientPrivate: undefined });
    await expect(pw.prepaidCards.accountBalance({ CardProductionKey: PROGRAMME })).rejects.toMatchObject({ status: 401 });
    expect(sim.requests.at(-1)?.headers.apikeyprivate).toBeUndefined();
  });
});
