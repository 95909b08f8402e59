/**
 * A payout to an IBAN with its callback: check the balance, send the transfer with your own code, take the signed
 * PayOut callback on your webhook, and confirm it with a query before marking the payout paid.
 *
 * PayWall has not published the PayOut callback's hash template: ask PayWall for it and pass it as `template`.
 */
import { PayWall, PayWallCurrency } from '@odeme/paywall';
import { PayWallSimulator } from '@odeme/testkit';
import { check, type Scenario } from '../demo-kit';

const keys = {
  apiKeyPublic: 'demo-public-key',
  apiClientPublic: 'demo-public-client',
  apiKeyPrivate: 'demo-private-key',
  apiClientPrivate: 'demo-private-client',
};
const payoutKey = 'demo-payout-hash-key';
/** The fields PayWall told you the hash covers, in order (an example: PayWall has not published it). */
const template = ['MerchantUniqueCode', 'PayoutTransactionId', 'PayoutTransactionAmount', 'NewStatusId'];
const SUCCESSFUL = 4;

/** Your webhook: verify the callback, then trust only PayWall's answer to a query by your own code. */
export async function handlePayoutCallback(pw: PayWall, request: Request, paid: Set<string>): Promise<Response> {
  try {
    const { verified } = await pw.callbacks.verifyWebhook('payout', request, { template });
    const code = String(verified.MerchantUniqueCode);
    const state = await pw.payouts.query({ MerchantUniqueCode: code });
    if (state.StatusId === SUCCESSFUL) paid.add(code);
    return new Response('OK');
  } catch {
    return new Response('refused', { status: 400 });
  }
}

export const payoutScenarios: Scenario[] = [
  {
    name: 'PayWall payout to an IBAN with its callback',
    provider: 'paywall',
    async run({ step, log }) {
      const sim = new PayWallSimulator(keys);
      const pw = new PayWall({ ...keys, environment: 'test', hashKeys: { payout: payoutKey }, fetch: sim.fetch, logLevel: 'off' });
      const paid = new Set<string>();
      const statuses: number[] = [];
      sim.payout.configure({
        hashKey: payoutKey,
        template,
        deliver: async (url, init) => {
          statuses.push(Number(JSON.parse(String(init.body)).NewStatusId));
          return handlePayoutCallback(pw, new Request(url, init), paid);
        },
      });

      step('read the main TRY payout balance');
      const before = await pw.payouts.mainBalance({ CurrencyId: PayWallCurrency.TRY });
      check(before.Balances[0]?.AvailableBalance === 100_000, 'the simulator starts with 100,000.00 TL');

      step('send 1,250.40 TL to an IBAN, with a callback');
      const sent = await pw.payouts.sendToIban({
        MerchantUniqueCode: 'payout-2026-0001',
        ReceiverTitle: 'Ayşe Yılmaz',
        ReceiverIban: 'TR33 0006 1005 1978 6457 8413 26',
        Description: 'Mart hakedişi',
        Amount: '1250.40',
        CurrencyId: PayWallCurrency.TRY,
        CallbackSupport: true,
        CallbackAddress: 'https://shop.example/paywall/payout',
      });
      check(sent.reference === 'payout-2026-0001', 'the reference is your code');
      const locked = await pw.payouts.mainBalance({ CurrencyId: PayWallCurrency.TRY });
      check(locked.Balances[0]?.LockedBalance === 1250.4, 'the amount is held while the transfer runs');

      step('the bank settles it ten minutes later: PayWall posts the callback');
      sim.advanceTime(11 * 60_000);
      await sim.payout.flush();
      check(statuses.join(',') === '2,4', 'one callback per status change: started, then successful');
      check(paid.has(sent.reference), 'the verified and queried payout is marked paid');

      step('a forged callback is refused');
      const forged = sim.payout.callbacks.at(-1)?.body.replace('"NewStatusId":4', '"NewStatusId":5') ?? '';
      const refused = await handlePayoutCallback(pw, new Request('https://shop.example/paywall/payout', { method: 'POST', body: forged }), paid);
      check(refused.status === 400, 'a changed status must not verify');
      const after = await pw.payouts.mainBalance({ CurrencyId: PayWallCurrency.TRY });
      check(after.Balances[0]?.TotalBalance === 98_749.6, 'the balance went down by the payout');
      log(`payout ${sent.PayoutTransactionId} settled; balance ${after.Balances[0]?.TotalBalance}`);
    },
  },
];
