/**
 * A wallet payment on the provider's page, then a partial refund: pick a provider that has a page, send the payer to
 * its `RedirectUrl`, and trust only PayWall's answer to a query by your own code before shipping.
 */
import { PayWall, PayWallCurrency } from '@odeme/paywall';
import { completeApmPage, PayWallSimulator } from '@odeme/testkit';
import { check, type Scenario } from '../demo-kit';

const keys = {
  apiKeyPublic: 'demo-public-key',
  apiClientPublic: 'demo-public-client',
  apiKeyPrivate: 'demo-private-key',
  apiClientPrivate: 'demo-private-client',
};
const SUCCESSFUL = 4;

export const apmScenarios: Scenario[] = [
  {
    name: 'PayWall wallet payment on the provider page, then a partial refund',
    provider: 'paywall',
    async run({ step, log }) {
      const sim = new PayWallSimulator(keys);
      const pw = new PayWall({ ...keys, environment: 'test', fetch: sim.fetch, logLevel: 'off' });

      step('list the TRY providers that have a payment page');
      const providers = await pw.apm.list({ CurrencyId: PayWallCurrency.TRY });
      const withPage = providers.find((p) => p.Features?.CheckoutBased);
      check(withPage?.ProviderKey, 'a provider with a page is connected');

      step('start a 150 payment on its page');
      const started = await pw.apm.payByKey({
        ApmKey: withPage.ProviderKey,
        CurrencyId: PayWallCurrency.TRY,
        MerchantUniqueCode: 'apm-order-1001',
        MerchantSuccessBackUrl: 'https://shop.example/apm/ok',
        MerchantFailBackUrl: 'https://shop.example/apm/fail',
        Amount: 150,
      });
      check(started.RedirectUrl, 'PayWall answers the page to send the payer to');

      step('the payer approves on the page (simulated browser step) and comes back; confirm with a query');
      const back = await completeApmPage(sim, started.RedirectUrl);
      check(back.returnUrl?.startsWith('https://shop.example/apm/ok'), 'the payer returns to the success URL');
      const state = await pw.apm.query({ MerchantUniqueCode: started.reference });
      check(state.StatusId === SUCCESSFUL, 'the query says the payment succeeded');
      log(`paid: ${state.Amount} (${state.Status})`);

      step('refund 25.50 of it');
      const refunded = await pw.apm.refundPartial({ UniqueCode: state.UniqueCode ?? '', Amount: '25.50' });
      check(refunded.Amount === 25.5 && refunded.reference === state.UniqueCode, 'the refund carries its amount and reference');
    },
  },
];
