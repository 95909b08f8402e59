// The simulator answers card production requests exactly as PayWall's official .NET SDK writes them (camelCase bodies,
// the DELETE body in PascalCase, every member written, `null`s, all four key headers, header parameters): a refusal
// of one of them would be a simulator bug.
import { PAYWALL_SIM_PREPAID_PROGRAMME } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { dotnetRequest } from './dotnet.js';
import { allKeyHeaders, answerFieldsOf, netEndpoint, netSim, SIM_BASE } from './sim-harness.js';

const year = String(new Date().getUTCFullYear() + 2);
const setup = () => netSim();

describe('PayWall simulator: card production as the .NET SDK sends it', () => {
  it('a virtual card issued with a null ExternalId, loaded, unloaded, read, listed and its movements', async () => {
    const { sim, accepted } = setup();
    const card = await accepted(35, { value: { CardProductionKey: PAYWALL_SIM_PREPAID_PROGRAMME, Description: 'Yemek kartı', Phone: '905336662211' } });
    expect(Object.keys(card).sort()).toEqual(answerFieldsOf(35));
    const CardId = card.CardId as number;
    expect(sim.prepaid.cards.get(CardId)).toMatchObject({ externalId: null, kind: 'virtual' });

    await accepted(27, { value: { CardId, Amount: 120.5 } });
    await accepted(28, { value: { CardId, Amount: 20 } });
    expect(sim.prepaid.cards.get(CardId)?.balanceKurus).toBe(10_050);

    const detail = await accepted(29, { params: { cardid: String(CardId) } });
    expect(Object.keys(detail).sort()).toEqual(answerFieldsOf(29));
    expect(detail.BalanceInfo).toEqual({ TotalBalance: 100.5 });
    expect((detail.CardInfo as { CardNumber: string }).CardNumber).toBe(card.CardNumber);

    // The optional filters the SDK leaves out when empty; `start` and `length` always go.
    const list = await accepted(30, { params: { start: '0', length: '10' } });
    expect(Object.keys(list).sort()).toEqual(answerFieldsOf(30));
    expect(list.TotalRecord).toBe(1);
    const [row] = list.Data as Record<string, unknown>[];
    expect(Object.keys(row ?? {}).sort()).toEqual((netEndpoint(30).response?.fields.find((f) => f.name === 'Data')?.fields ?? []).map((f) => f.name).sort());
    expect((await accepted(30, { params: { start: '0', length: '10', cardnumber: String(card.CardNumber) } })).TotalRecord).toBe(1);

    const day = sim.now().toISOString().slice(0, 10);
    const moves = await accepted(33, { params: { page: '1', cardid: String(CardId), datefrom: day, dateto: day } });
    expect(Object.keys(moves).sort()).toEqual(answerFieldsOf(33));
    expect((moves.Transactions as { Amount: number }[]).map((t) => t.Amount)).toEqual([-20, 120.5]);

    const account = await accepted(23, { params: { cardproductionkey: PAYWALL_SIM_PREPAID_PROGRAMME } });
    expect(Object.keys(account).sort()).toEqual(answerFieldsOf(23));
    expect(account.Balances).toEqual([{ TotalBalance: 99_899.5, LockedBalance: 0, AvailableBalance: 99_899.5 }]);
  });

  it('a physical card added, changed, blocked (a load refused), unblocked and deleted with the PascalCase body', async () => {
    const { sim, accepted, send } = setup();
    await accepted(36, {
      value: {
        CardProductionKey: PAYWALL_SIM_PREPAID_PROGRAMME,
        Number: '4355084355084358',
        ExpireMonth: '07',
        ExpireYear: year,
        Cvv: '456',
        Phone: '905336662211',
        Description: 'Basılı kart',
      },
    });
    const card = [...sim.prepaid.cards.values()].find((c) => c.number === '4355084355084358');
    const CardId = card?.id as number;
    await accepted(31, { value: { CardId, Phone: '+905551112233' } });
    await accepted(32, { value: { CardId, Description: 'Yeni' } });
    await accepted(34, { value: { CardId, Pin: '2468' } });
    expect(card).toMatchObject({ kind: 'physical', phone: '+905551112233', description: 'Yeni', pin: '2468', expiryMonth: '07' });

    await accepted(24, { value: { CardId } });
    expect((await send(27, { value: { CardId, Amount: 5 } })).env.ErrorCode).toBe(279);
    await accepted(25, { value: { CardId } });
    await accepted(27, { value: { CardId, Amount: 5 } });
    expect(card?.balanceKurus).toBe(500);

    await accepted(26, { value: { CardId } });
    expect(card?.deleted).toBe(true);
    expect((await send(29, { params: { cardid: String(CardId) } })).env.ErrorCode).toBe(278);
  });

  it('refuses card production without the private pair', async () => {
    const { sim } = setup();
    const e = netEndpoint(23);
    const res = await sim.fetch(
      dotnetRequest({ ...e, keyHeaders: ['apikeypublic', 'apiclientpublic'] }, SIM_BASE, allKeyHeaders, {
        params: { cardproductionkey: PAYWALL_SIM_PREPAID_PROGRAMME },
      }),
    );
    expect(res.status).toBe(401);
  });
});
