/**
 * ÖderoPay: a 3DS checkout and a refund, as you would write it in a Node, Next.js, Worker, Deno or Bun backend.
 * Run against the simulator by passing its `fetch`; against the sandbox by passing your keys instead.
 */
import { type FetchLike, PaymentDeclinedError, ValidationError } from '@odeme/core';
import { decodeThreeDSHtml, OderoPay, readThreeDSCallback } from '@odeme/oderopay';

/** Builds the client once per process. */
export function createOdero(options: { apiKey: string; secretKey: string; fetch?: FetchLike }) {
  return new OderoPay({ ...options, environment: 'sandbox', logLevel: 'off' });
}

/** Step 1 (POST /checkout): start 3DS and return the bank page HTML to write into the browser. */
export async function startCheckout(odero: OderoPay, order: { id: string; cardNumber: string }) {
  const init = await odero.threeDS.init({
    conversationId: order.id,
    price: '249.90', // the exact sum of the items below, checked in kuruş before sending
    paidPrice: '249.90',
    installment: 1,
    currency: 'TRY',
    paymentGroup: 'PRODUCT',
    callbackUrl: 'https://shop.example/odero/3ds-callback',
    card: { cardHolderName: 'Ayşe Yılmaz', cardNumber: order.cardNumber, expireYear: '2035', expireMonth: '07', cvc: '123' },
    items: [
      { name: 'Bluetooth kulaklık', price: '199.90', externalId: 'sku-42' },
      { name: 'Kargo', price: '50.00', externalId: 'shipping' },
    ],
  });
  return decodeThreeDSHtml(init);
}

/** Step 2 (POST /odero/3ds-callback): the bank page posts back here; complete the payment. */
export async function finishCheckout(odero: OderoPay, callback: Request) {
  // A post that is not a 3DS return (forged, cut, over 64 KiB) is a ValidationError: answer it with a 400.
  const read = await readThreeDSCallback(callback).catch((e: unknown) => {
    if (e instanceof ValidationError) return undefined;
    throw e;
  });
  if (!read) return { ok: false as const, reason: 'BAD_CALLBACK' };
  const { paymentId } = read;
  if (!paymentId) throw new Error('3DS callback without a paymentId');
  try {
    return { ok: true as const, payment: await odero.threeDS.complete({ paymentId }) };
  } catch (e) {
    // Branch on the group for bank declines; anything else is an integration or availability problem.
    if (e instanceof PaymentDeclinedError) return { ok: false as const, reason: e.group ?? 'DECLINED' };
    throw e;
  }
}

/** Step 3: refund part of a basket line (e.g. shipping), then the rest of the payment. */
export async function refundShippingThenRest(odero: OderoPay, paymentId: number) {
  const payment = await odero.payments.retrieve({ id: paymentId });
  const shipping = payment.paymentTransactions?.find((t) => t.externalId === 'shipping');
  if (!shipping) throw new Error('no shipping line');
  const partial = await odero.refunds.createTransaction({ paymentTransactionId: shipping.id, refundPrice: '50.00' });
  const rest = await odero.refunds.create({ paymentId });
  return { partial, rest };
}
