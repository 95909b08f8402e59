import { fromKurus, maskCardNumber, toKurus } from '@odeme/core';
import { Licrus } from '@odeme/licrus';
import { LICRUS_SIM_CARDS, LICRUS_SIM_USER, LicrusSimulator } from '@odeme/testkit';
import { check, type Scenario } from '../demo-kit';
import { payFromIvr } from './ivr-payment';

const year = new Date().getUTCFullYear() + 2;
const card = (cardNumber: string) => ({ CardHolderName: 'AYSE YILMAZ', Number: cardNumber, ExpireMonth: 9, ExpireYear: year, SecurityCode: '123' });

function tenant(ticketTtlMs?: number) {
  const sim = new LicrusSimulator(ticketTtlMs ? { ticketTtlMs } : {});
  const licrus = new Licrus({
    baseUrl: 'https://demo-api.licrus.test',
    name: LICRUS_SIM_USER.name,
    password: LICRUS_SIM_USER.password,
    fetch: sim.fetch,
    logLevel: 'off',
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
  });
  return { sim, licrus };
}

export const scenarios: Scenario[] = [
  {
    name: 'Licrus IVR pays an approved extended-warranty order',
    provider: 'licrus',
    async run({ step, log }) {
      const { sim, licrus } = tenant();
      step('Licrus approves the order and creates its payment request code');
      const order = sim.approveOrder({ amountKurus: toKurus('1249.90'), description: 'Ek garanti (2 yıl)' });
      step('the caller keys in the code and the card; the IVR pays');
      const outcome = await payFromIvr(licrus, { paymentRequestCode: order.paymentRequestCode, card: card('4355 0843 5508 4358') });
      check(outcome.kind === 'paid', `expected paid, got ${outcome.kind}`);
      check(sim.payments.length === 1 && sim.payments[0]?.amountKurus === order.amountKurus, 'the simulator must hold one payment of the order amount');
      log(`paid ${fromKurus(order.amountKurus)} TL with ${maskCardNumber(LICRUS_SIM_CARDS.approved)}: ${outcome.messages.join(' ')}`);
      step('the same code again is refused by Licrus');
      const again = await payFromIvr(licrus, { paymentRequestCode: order.paymentRequestCode, card: card(LICRUS_SIM_CARDS.approvedMastercard) });
      check(again.kind === 'refused' && again.codes.includes('SIM-PAY1002'), 'a second payment must be refused');
      check(sim.logins === 1, 'one login for both calls');
    },
  },
  {
    name: 'Licrus IVR: swapped expiry asks again, a declined card is refused',
    provider: 'licrus',
    async run({ step }) {
      const { sim, licrus } = tenant();
      const order = sim.approveOrder({ amountKurus: 49900 });
      step('month and year swapped, as in the provider sample: asked again, nothing sent');
      const swapped = await payFromIvr(licrus, {
        paymentRequestCode: order.paymentRequestCode,
        card: { ...card(LICRUS_SIM_CARDS.approved), ExpireMonth: year, ExpireYear: 9 },
      });
      check(swapped.kind === 'retry-input' && swapped.fields.includes('Card.ExpireMonth'), 'swapped expiry must be caught');
      check(sim.requests.length === 0, 'nothing may reach Licrus');
      step('a designated declined card');
      const declined = await payFromIvr(licrus, { paymentRequestCode: order.paymentRequestCode, card: card(LICRUS_SIM_CARDS.declined) });
      check(declined.kind === 'refused' && declined.codes.includes('SIM-BNK0005'), 'decline must be reported');
      check(!order.paid, 'the order stays unpaid');
    },
  },
  {
    name: 'Licrus renews an expired AuthTicket for a read, never resends a payment',
    provider: 'licrus',
    async run({ step }) {
      const { sim, licrus } = tenant(60_000);
      step('first call logs in');
      await licrus.addresses.cities({ Culture: 'tr-TR' });
      step('the ticket expires (HTTP 401); a read logs in again and is resent once');
      sim.advance(120_000);
      const orders = await licrus.orders.listApproved({ OrderType: 1 });
      check(Array.isArray(orders.Results), 'orders must be listed');
      check(sim.logins === 2, `expected 2 logins, got ${sim.logins}`);
      step('the ticket expires again; the payment is refused, not resent, and the IVR may pay again');
      sim.advance(120_000);
      const order = sim.approveOrder({ amountKurus: 49900 });
      const refused = await payFromIvr(licrus, { paymentRequestCode: order.paymentRequestCode, card: card(LICRUS_SIM_CARDS.approved) });
      check(refused.kind === 'refused' && !order.paid, 'a payment refused for its ticket is not resent');
      check(sim.count('POST', '/api/ERP/Payment') === 1, 'one Payment request');
      const paid = await payFromIvr(licrus, { paymentRequestCode: order.paymentRequestCode, card: card(LICRUS_SIM_CARDS.approved) });
      check(paid.kind === 'paid' && order.paid, 'paying again logs in first and goes through');
    },
  },
];
