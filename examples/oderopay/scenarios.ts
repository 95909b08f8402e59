import { toKurus } from '@odeme/core';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator } from '@odeme/testkit';
import { check, type Scenario } from '../demo-kit';
import { createOdero, finishCheckout, refundShippingThenRest, startCheckout } from './checkout-3ds';

const keys = { apiKey: 'demo-api-key-0001', secretKey: 'demo-secret-key-0001' };

export const scenarios: Scenario[] = [
  {
    name: 'ÖderoPay: 3DS checkout, then partial and full refund',
    provider: 'oderopay',
    async run({ step, log }) {
      const sim = new OderoPaySimulator(keys);
      const odero = createOdero({ ...keys, fetch: sim.fetch });
      step('3DS init returns the bank page');
      const html = await startCheckout(odero, { id: 'order-9001', cardNumber: ODEROPAY_TEST_CARDS.success });
      check(/<form [^>]*action="[^"]+\/3ds\/\d+"/.test(html), 'the HTML must lead the shopper to the bank');
      step('the customer verifies at the bank; the callback is completed');
      const result = await finishCheckout(odero, sim.simulateBankCallback().request);
      check(result.ok && result.payment.paymentStatus === 'SUCCESS', 'payment must succeed');
      if (!result.ok) return;
      log(`payment ${result.payment.id}: ${result.payment.paidPrice} ${result.payment.currency}`);
      step('refund shipping, then the rest');
      const { partial, rest } = await refundShippingThenRest(odero, result.payment.id);
      check(toKurus(partial.refundPrice) + toKurus(rest.refundPrice) === toKurus('249.90'), 'refunds must add up to what was paid');
      check(rest.refundType === 'REFUND', 'a refund after a partial one is a REFUND, not a CANCEL');
      step('nothing is left to refund');
      const again = await odero.refunds.create({ paymentId: result.payment.id }).catch((e: unknown) => e);
      check(again instanceof Error, 'a second full refund must be refused');
    },
  },
  {
    name: 'ÖderoPay: insufficient funds is a typed decline',
    provider: 'oderopay',
    async run({ step, log }) {
      const sim = new OderoPaySimulator(keys);
      const odero = createOdero({ ...keys, fetch: sim.fetch });
      step('3DS with the insufficient-funds test card');
      await startCheckout(odero, { id: 'order-9002', cardNumber: ODEROPAY_TEST_CARDS.insufficientFunds });
      const result = await finishCheckout(odero, sim.simulateBankCallback().request);
      check(!result.ok && result.reason === 'NOT_SUFFICIENT_FUNDS', 'decline group must be NOT_SUFFICIENT_FUNDS');
      log('declined: NOT_SUFFICIENT_FUNDS');
    },
  },
];
