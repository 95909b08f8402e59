/**
 * Type consumer of @odeme/oderopay, checked by the runtime matrix under `moduleResolution` node16 (as ESM `.ts` and
 * as CJS `.cts`) and `bundler`. It is never run: it must compile, and the `@ts-expect-error` lines must stay errors.
 */
import { isOdemeError, type OdemeErrorCode, PaymentDeclinedError, toKurus, ValidationError } from '@odeme/core';
import { computeSignature, createOderoPayTransport, OderoPay, type OderoPayOptions, paymentsCreate, type SignatureInput } from '@odeme/oderopay';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator } from '@odeme/testkit';

const keys = { apiKey: 'k', secretKey: 's' };
const sim = new OderoPaySimulator(keys);
const options: OderoPayOptions = { ...keys, environment: 'sandbox', fetch: sim.fetch, maxRetries: 0 };
const odero = new OderoPay(options);

// @ts-expect-error secretKey is required
const noSecret: OderoPayOptions = { apiKey: 'k', environment: 'sandbox' };
// @ts-expect-error environment is one of the published hosts
const badEnv: OderoPayOptions = { ...keys, environment: 'staging' };
export const rejected = [noSecret, badEnv];

type CreateInput = Parameters<OderoPay['payments']['create']>[0];
const input: CreateInput = {
  price: '150.50',
  paidPrice: 150.5,
  installment: 1,
  currency: 'TRY',
  paymentGroup: 'PRODUCT',
  card: { cardHolderName: 'Ayşe Yılmaz', cardNumber: ODEROPAY_TEST_CARDS.success, expireYear: '2035', expireMonth: '07', cvc: '123' },
  items: [{ name: 'Kitap', price: '150.50' }],
};
// @ts-expect-error items are required
const noItems: CreateInput = { price: '1', paidPrice: '1', installment: 1, currency: 'TRY', paymentGroup: 'PRODUCT' };
export const inputs = [input, noItems];

const sig: SignatureInput = { url: 'https://h/p', apiKey: 'a', secretKey: 's', randomKey: 'r' };
export const signature: Promise<string> = computeSignature(sig);

export async function pay(): Promise<string> {
  try {
    const p = await odero.payments.create(input);
    const id: number = p.id;
    const paid: number = toKurus(p.paidPrice);
    return `${id} ${paid}`;
  } catch (e) {
    if (e instanceof ValidationError) return e.fields.join(',');
    if (isOdemeError(e)) {
      const code: OdemeErrorCode = e.code;
      if (e instanceof PaymentDeclinedError) return `${code} ${e.group ?? ''} ${e.providerCode ?? ''}`;
    }
    throw e;
  }
}

// The smallest form: the transport alone and one row; the row types the input and the answer.
const transport = createOderoPayTransport(options);
export async function paySmallest(): Promise<number> {
  const p = await transport.call(paymentsCreate, input);
  return p.id + toKurus(p.paidPrice);
}
const withoutItems = { price: '1', paidPrice: '1', installment: 1, currency: 'TRY', paymentGroup: 'PRODUCT' as const };
// @ts-expect-error the row's input needs items
export const refusedSmallest = () => transport.call(paymentsCreate, withoutItems);
