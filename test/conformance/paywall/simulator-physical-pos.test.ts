// The physical POS (§4.13) end to end: the SDK on the simulator through one origin (`baseUrl`, which gives PhysicalAPI
// the origin itself), a terminal synced, paired and sold on, approved and declined, and the Physical POS callback
// verified by the SDK with the template the simulator was given. PayWall has not published this API's answers, so
// what is asserted of them is what the simulator chose and documents; the request side is the spec's.
import { PaymentDeclinedError, PayWall, ProviderError } from '@odeme/paywall';
import { PayWallSimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';

const keys = { apiKeyPublic: 'pk-sim', apiClientPublic: 'pc-sim', apiKeyPrivate: 'sk-sim', apiClientPrivate: 'sc-sim' };
const BASE = 'https://paywall.test';
const KEY = 'physical-pos-key';
const template = ['PaymentRequestId', 'MerchantUniqueCode', 'Amount', 'PaymentStatusId'];

function setup() {
  const sim = new PayWallSimulator(keys);
  const posted: { url: string; body: string }[] = [];
  sim.physicalPos.configure({
    hashKey: KEY,
    template,
    deliver: async (url, init) => {
      posted.push({ url, body: String(init.body) });
      return new Response('OK');
    },
  });
  const connection = sim.physicalPos.addConnection({ name: 'sim-pos' });
  const terminal = sim.physicalPos.addTerminal({ connectionId: connection.connectionId, tagCode: 'kasa-1' });
  const pw = new PayWall({ ...keys, baseUrl: BASE, fetch: sim.fetch, logLevel: 'off', hashKeys: { physicalPos: KEY } });
  return { sim, pw, posted, connection, terminal };
}

const sale = (code: string, amount = '349.90') => ({
  TerminalTagCode: 'kasa-1',
  MerchantUniqueCode: code,
  DisplayCode: 'A-17',
  Amount: amount,
  CurrencyId: 1 as const,
  Methods: [{ PaymentMethodId: 1 }],
  CallbackAddress: 'https://shop.example/pos',
  Customer: { Type: 1, FirstName: 'Ayşe', LastName: 'Yılmaz' },
});

describe('PayWall physical POS: SDK and simulator', () => {
  it('sync, pair, then an approved sale: the callback verifies with the SDK and names the sale', async () => {
    const { sim, pw, posted, connection, terminal } = setup();
    // A terminal is unknown to PayWall until its connection is synced, and takes no sale until paired.
    await expect(pw.physicalPos.requestPairing({ TerminalTagCode: 'kasa-1' })).rejects.toMatchObject({ providerCode: '3' });
    const synced = await pw.physicalPos.syncTerminal({ ConnectionId: connection.connectionId });
    expect(synced.Terminals).toEqual([{ TerminalId: terminal.terminalId, TerminalTagCode: 'kasa-1', Paired: false }]);
    await expect(pw.physicalPos.sale(sale('pos-early'))).rejects.toMatchObject({ providerCode: '2', reference: 'pos-early' });
    expect(await pw.physicalPos.requestPairing({ TerminalId: terminal.terminalId })).toMatchObject({ Paired: true });

    const done = await pw.physicalPos.sale(sale('pos-1'));
    expect(done).toMatchObject({ reference: 'pos-1', MerchantUniqueCode: 'pos-1', PaymentStatusId: 4, Amount: 349.9 });
    // The simulator saw the SDK's request on PhysicalAPI's path, with the private pair only.
    const req = sim.requests.find((r) => r.path === '/api/payment/sync/sale' && r.body.includes('pos-1'));
    expect(req?.url).toBe(`${BASE}/api/payment/sync/sale`);
    expect(req?.headers.apikeyprivate).toBe(keys.apiKeyPrivate);
    expect(req?.headers).not.toHaveProperty('apikeypublic');
    expect(JSON.parse(req?.body ?? '{}')).toMatchObject({ Amount: 349.9, Methods: [{ PaymentMethodId: 1 }], TerminalTagCode: 'kasa-1' });
    expect(sim.physicalPos.sales.get('pos-1')).toMatchObject({ amountKurus: 34_990, terminalId: terminal.terminalId, methods: [1], statusId: 4 });

    await sim.physicalPos.flush();
    expect(posted.map((p) => p.url)).toEqual(['https://shop.example/pos']);
    const cb = await pw.callbacks.verifyPhysicalPosCallback(posted[0]?.body ?? '', { template });
    expect(cb.verified).toEqual({
      paymentRequestId: String(done.PaymentRequestId),
      merchantUniqueCode: 'pos-1',
      amount: '349.90',
      amountKurus: 34_990,
      paymentStatusId: 4,
    });
    expect(cb.unverified).toMatchObject({ terminalId: terminal.terminalId, connectionId: String(connection.connectionId), displayCode: 'A-17' });
    // A forged status does not verify.
    const forged = (posted[0]?.body ?? '').replace('"PaymentStatusId":4', '"PaymentStatusId":5');
    await expect(pw.callbacks.verifyPhysicalPosCallback(forged, { template })).rejects.toMatchObject({ code: 'signature_verification_failed' });
    // The code is spent: a second sale with it is refused (119), never charged twice.
    await expect(pw.physicalPos.sale(sale('pos-1'))).rejects.toMatchObject({ providerCode: '119', reference: 'pos-1' });
  });

  it('a declined card read: a PaymentDeclinedError with the reference, and a verified callback with status 5', async () => {
    const { sim, pw, posted, connection } = setup();
    await pw.physicalPos.syncTerminal({ ConnectionId: String(connection.connectionId) });
    await pw.physicalPos.requestPairing({ TerminalTagCode: 'kasa-1' });
    sim.physicalPos.configure({ cardRead: 'decline' });
    const err = await pw.physicalPos.sale(sale('pos-2', '10.05')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PaymentDeclinedError);
    expect(err).toMatchObject({ providerCode: '1', reference: 'pos-2', outcome: 'rejected' });
    await sim.physicalPos.flush();
    const cb = await pw.callbacks.verifyPhysicalPosCallback(posted[0]?.body ?? '', { template });
    expect(cb.verified).toMatchObject({ merchantUniqueCode: 'pos-2', amount: '10.05', amountKurus: 1005, paymentStatusId: 5 });
  });

  it('a refused pairing and a wrong private pair are refused by the simulator', async () => {
    const { sim, pw, connection } = setup();
    await pw.physicalPos.syncTerminal({ ConnectionId: connection.connectionId });
    sim.physicalPos.configure({ pairing: 'refuse' });
    await expect(pw.physicalPos.requestPairing({ TerminalTagCode: 'kasa-1' })).rejects.toBeInstanceOf(ProviderError);
    const wrong = new PayWall({ ...keys, apiKeyPrivate: 'nope', baseUrl: BASE, fetch: sim.fetch, logLevel: 'off' });
    await expect(wrong.physicalPos.syncTerminal({ ConnectionId: connection.connectionId })).rejects.toMatchObject({ code: 'authentication_failed' });
  });
});
