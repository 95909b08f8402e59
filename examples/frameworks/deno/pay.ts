/**
 * A Deno script: one ÖderoPay card payment and one decline, against the simulator unless keys are set.
 *
 *   deno run --allow-env --allow-net examples/frameworks/deno/pay.ts
 *
 * The packages resolve through examples/package.json (npm: specifiers work too: `npm:@odeme/oderopay`).
 */
import { PaymentDeclinedError } from '@odeme/core';
import { type CreatePaymentInput, OderoPay } from '@odeme/oderopay';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator } from '@odeme/testkit';

// The one Deno API used here, declared so that the repository's Node type-check accepts the file.
declare const Deno: { env: { get(name: string): string | undefined } };

const apiKey = Deno.env.get('ODEROPAY_API_KEY');
const secretKey = Deno.env.get('ODEROPAY_SECRET_KEY');
const keys = { apiKey: apiKey ?? 'sim-api-key-0001', secretKey: secretKey ?? 'sim-secret-key-0001' };
// No keys: ÖderoPay in memory. With keys: the sandbox (the test cards below are the simulator's).
const sim = apiKey && secretKey ? undefined : new OderoPaySimulator(keys);
const odero = new OderoPay({ ...keys, environment: 'sandbox', fetch: sim?.fetch });

function order(cardNumber: string): CreatePaymentInput {
  return {
    conversationId: `deno-${crypto.randomUUID()}`,
    price: '89.90',
    paidPrice: '89.90',
    installment: 1,
    currency: 'TRY',
    paymentGroup: 'PRODUCT',
    card: { cardHolderName: 'Mehmet Demir', cardNumber, expireYear: '2035', expireMonth: '11', cvc: '321' },
    items: [{ name: 'Çay seti', price: '89.90' }],
  };
}

const paid = await odero.payments.create(order(ODEROPAY_TEST_CARDS.success));
console.log(JSON.stringify({ runtime: 'deno', status: paid.paymentStatus, paymentId: paid.id, paidPrice: paid.paidPrice }));

try {
  await odero.payments.create(order(ODEROPAY_TEST_CARDS.insufficientFunds));
} catch (error) {
  if (!(error instanceof PaymentDeclinedError)) throw error;
  console.log(JSON.stringify({ runtime: 'deno', status: 'declined', reason: error.group }));
}
