/**
 * The checkout logic every framework example shares: turn a JSON order into an ÖderoPay card payment, and turn
 * the outcome (or the typed error) into an HTTP status and a JSON body. Web standards only, so the same module
 * runs in Node, Next.js, Workers, Deno and Bun; each framework file only adapts its request and response.
 */
import { AbortError, fromKurus, isOdemeError, PaymentDeclinedError, ProviderError, sumKurus, toKurus, ValidationError } from '@odeme/core';
import type { InstallmentCount, OderoPay, RawCardInput } from '@odeme/oderopay';

/** What the shop's front end posts: the order id, the basket and the card (never logged, never stored). */
export interface CheckoutOrder {
  orderId: string;
  items: { name: string; price: string }[];
  card: RawCardInput;
  installment?: InstallmentCount;
}

/** What the handler answers: a status code and a JSON body. */
export interface CheckoutReply {
  status: number;
  body: Record<string, unknown>;
}

/** Charges the order. The total is computed in kuruş from the items, so it always matches them exactly. */
export async function checkout(odero: OderoPay, order: CheckoutOrder, signal?: AbortSignal): Promise<CheckoutReply> {
  try {
    const total = fromKurus(sumKurus(order.items.map((item, i) => toKurus(item.price, `items.${i}.price`))));
    const payment = await odero.payments.create(
      {
        conversationId: order.orderId, // your reference: on the result, and on every error as error.reference
        price: total,
        paidPrice: total,
        installment: order.installment ?? 1,
        currency: 'TRY',
        paymentGroup: 'PRODUCT',
        card: order.card,
        items: order.items,
      },
      { signal },
    );
    return { status: 201, body: { status: 'paid', paymentId: payment.id, paidPrice: payment.paidPrice } };
  } catch (error) {
    const reply = toReply(error);
    return { status: reply.status, body: { orderId: order.orderId, ...reply.body } };
  }
}

/** Maps an error to an HTTP answer. Branch on classes, never on messages; every message here is already redacted. */
export function toReply(error: unknown): CheckoutReply {
  // Refused before anything was sent: the customer can fix it (toKurus throws the same error for a bad price).
  if (error instanceof ValidationError) return { status: 422, body: { status: 'invalid', fields: error.fields } };
  // The bank said no: show it, offer another card.
  if (error instanceof PaymentDeclinedError) return { status: 402, body: { status: 'declined', reason: error.group ?? error.providerCode } };
  // The charge left and no trustworthy answer came back (timeout, broken connection, 5xx, unreadable answer, an
  // abort in flight): it may have gone through. Never charge again before looking it up by the reference.
  if (isOdemeError(error) && error.outcome === 'unknown') {
    return { status: 503, body: { status: 'unknown', code: error.code, reference: error.reference } };
  }
  // The caller hung up (request.signal fired) before the charge was sent: nobody is listening, nothing was charged.
  if (error instanceof AbortError) return { status: 499, body: { status: 'aborted' } };
  // ÖderoPay refused for another reason: an integration problem, keep the request id for support.
  if (error instanceof ProviderError) return { status: 502, body: { status: 'refused', providerCode: error.providerCode, requestId: error.requestId } };
  if (isOdemeError(error)) return { status: 500, body: { status: 'error', code: error.code } };
  throw error;
}

/** A Web-standard handler: `(Request) => Promise<Response>`, for Next.js, Workers, Deno.serve and Bun.serve. */
export function createCheckoutHandler(odero: OderoPay): (request: Request) => Promise<Response> {
  return async (request) => {
    let order: CheckoutOrder;
    try {
      order = (await request.json()) as CheckoutOrder;
    } catch {
      return Response.json({ status: 'invalid', fields: ['body'] }, { status: 400 });
    }
    if (typeof order?.orderId !== 'string' || !Array.isArray(order.items)) {
      return Response.json({ status: 'invalid', fields: ['orderId', 'items'] }, { status: 400 });
    }
    // request.signal: when the browser goes away, the ÖderoPay call stops too.
    const reply = await checkout(odero, order, request.signal);
    return Response.json(reply.body, { status: reply.status });
  };
}
