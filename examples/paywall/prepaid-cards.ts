/**
 * A prepaid card issued and loaded: check the programme's balance, issue a virtual card for a user, load it once,
 * see the card holder spend part of it, and read the balance and movements back. A blocked card refuses a load.
 */
import { PayWall, ProviderError } from '@odeme/paywall';
import { PAYWALL_SIM_PREPAID_PROGRAMME, PayWallSimulator } from '@odeme/testkit';
import { check, type Scenario } from '../demo-kit';

const keys = {
  apiKeyPublic: 'demo-public-key',
  apiClientPublic: 'demo-public-client',
  apiKeyPrivate: 'demo-private-key',
  apiClientPrivate: 'demo-private-client',
};

export const prepaidCardScenarios: Scenario[] = [
  {
    name: 'PayWall prepaid card issued and loaded',
    provider: 'paywall',
    async run({ step, log }) {
      const sim = new PayWallSimulator(keys);
      const pw = new PayWall({ ...keys, environment: 'test', fetch: sim.fetch, logLevel: 'off' });
      const programme = PAYWALL_SIM_PREPAID_PROGRAMME;

      step('read the card programme balance');
      const before = await pw.prepaidCards.accountBalance({ CardProductionKey: programme });
      check(before.Balances[0]?.AvailableBalance === 100_000, 'the simulator programme starts with 100,000.00 TL');

      step('issue a virtual card for user 42');
      const card = await pw.prepaidCards.createVirtual({
        CardProductionKey: programme,
        Description: 'Yemek kartı',
        Phone: '905336662211',
        ExternalId: 'user-42',
      });
      const CardId = card.CardId as number;
      check(CardId > 0, 'PayWall answers the card id every other call takes');
      log(`card ${CardId}, expires ${card.ExpiryMonth}/${card.ExpiryYear}`);

      step('load 500.00 TL once, then the holder spends 72.50 TL');
      const loaded = await pw.prepaidCards.load({ CardId, Amount: '500.00' });
      check(loaded.reference === String(CardId), 'the load names the card it moved money onto');
      sim.prepaid.spend(CardId, 7_250, 'kafe-moda');
      const detail = await pw.prepaidCards.detail({ CardId });
      check(detail.BalanceInfo?.TotalBalance === 427.5, 'the card holds 427.50 TL');
      const moves = await pw.prepaidCards.transactions({ CardId });
      check(moves.Transactions.map((t) => t.Amount).join(',') === '-72.5,500', 'the movements show the spend and the load');

      step('a blocked card refuses a load');
      await pw.prepaidCards.disable({ CardId });
      const refused = await pw.prepaidCards.load({ CardId, Amount: '10.00' }).catch((e: unknown) => e);
      check(refused instanceof ProviderError && refused.providerCode === '279', 'PayWall answers 279: the card status does not allow it');
      const after = await pw.prepaidCards.accountBalance({ CardProductionKey: programme });
      check(after.Balances[0]?.AvailableBalance === 99_500, 'only the one load left the programme account');
    },
  },
];
