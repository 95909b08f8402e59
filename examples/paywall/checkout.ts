/**
 * A PayWall 3D checkout in four steps, ready to copy into a Node, Next.js, Worker, Deno or Bun backend:
 * start the 3D payment, send the shopper to `RedirectUrl`, verify the form post PayWall makes the browser send
 * back (and confirm it with a query), refund part of it later.
 *
 * Keys come from the panel (Developer > Integration); the 3D hash key from the panel's hash key page.
 */
import { type FetchLike, fromKurus, SignatureVerificationError, sumKurus, toKurus, ValidationError } from '@odeme/core';
import { PayWall, PayWallCurrency, PayWallPaymentStatus, type PayWallThreeDReturn } from '@odeme/paywall';

/** Your configuration; in production read it from the environment. */
export interface CheckoutConfig {
  apiKeyPublic: string;
  apiClientPublic: string;
  apiKeyPrivate: string;
  apiClientPrivate: string;
  threeDHashKey: string;
  /** Where PayWall posts the result; must be reachable by the shopper's browser. */
  returnBaseUrl: string;
  /** Only for tests: a simulator's fetch. */
  fetch?: FetchLike;
}

export function createPayWall(config: CheckoutConfig): PayWall {
  return new PayWall({
    apiKeyPublic: config.apiKeyPublic,
    apiClientPublic: config.apiClientPublic,
    apiKeyPrivate: config.apiKeyPrivate,
    apiClientPrivate: config.apiClientPrivate,
    environment: 'test',
    hashKeys: { threeD: config.threeDHashKey },
    ...(config.fetch ? { fetch: config.fetch, logLevel: 'off' as const } : {}),
  });
}

export interface Order {
  id: string;
  buyerIp: string;
  buyer: { name: string; phone: string; email: string; city: string; address: string };
  card: { holder: string; number: string; month: string; year: string; cvv: string };
  /** Prices as TL decimal strings, e.g. "129.90". */
  lines: { sku: string; name: string; price: string }[];
}

/** Step 1: start the 3D payment; send the shopper's browser to the returned URL. */
export async function startCheckout(pw: PayWall, config: CheckoutConfig, order: Order): Promise<string> {
  // PayWall refuses a basket whose total differs from the product sum (error 26); the SDK checks it in kuruş first.
  const total = sumKurus(order.lines.map((l) => toKurus(l.price)));
  const started = await pw.payments.start3d({
    PaymentDetail: {
      Amount: fromKurus(total),
      MerchantUniqueCode: order.id,
      CurrencyId: PayWallCurrency.TRY,
      Installment: 1,
      ClientIP: order.buyerIp,
      MerchantSuccessBackUrl: `${config.returnBaseUrl}/paywall/return`,
      MerchantFailBackUrl: `${config.returnBaseUrl}/paywall/return`,
    },
    Card: { OwnerName: order.card.holder, Number: order.card.number, ExpireMonth: order.card.month, ExpireYear: order.card.year, Cvv: order.card.cvv },
    Customer: {
      FullName: order.buyer.name,
      Phone: order.buyer.phone,
      Email: order.buyer.email,
      Country: 'Türkiye',
      City: order.buyer.city,
      Address: order.buyer.address,
    },
    Products: order.lines.map((l) => ({ ProductId: l.sku, ProductName: l.name, ProductCategory: 'General', ProductDescription: '', ProductAmount: l.price })),
  });
  if (!started.RedirectUrl) throw new Error('PayWall did not return a RedirectUrl');
  return started.RedirectUrl;
}

/**
 * Step 2: your `POST /paywall/return` handler (any framework that gives you a `Request`). It verifies the hash,
 * then acts on the verified fields only: it asks PayWall for the payment's state by the verified `paymentId`
 * before marking the order paid. A post that is not a genuine return (forged, cut, already read, over 64 KiB)
 * gets a 400, never an exception.
 */
export async function handleThreeDReturn(pw: PayWall, request: Request): Promise<{ response: Response; result?: PayWallThreeDReturn }> {
  let result: PayWallThreeDReturn;
  try {
    result = await pw.callbacks.verifyThreeDReturn(request);
  } catch (e) {
    if (e instanceof SignatureVerificationError) return { response: new Response('invalid signature', { status: 400 }) };
    // Not a return post at all (cut, malformed, already read, over 64 KiB).
    if (e instanceof ValidationError) return { response: new Response('bad request', { status: 400 }) };
    throw e;
  }
  // The hash covers paymentId, uniqueCode, amount and installment, not `status`: a failed return edited to
  // Success still verifies. So the query decides, by the verified PaymentId (it travels as a header whatever the
  // order code's letters). A replayed post verifies again: mark the order paid once, keyed by merchantUniqueCode.
  const { paymentId, merchantUniqueCode } = result.verified;
  const { Paywall: state } =
    paymentId !== undefined
      ? await pw.queries.byPaymentId({ PaymentId: paymentId })
      : await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: merchantUniqueCode });
  if (state.StatusId === PayWallPaymentStatus.Successful) return { response: new Response('thank you', { status: 200 }), result };
  // `unverified.errorMessage` is the bank's words for the shopper, never a reason to ship or not.
  if (state.StatusId === PayWallPaymentStatus.Failed)
    return { response: new Response(`payment failed: ${result.unverified.errorMessage ?? 'declined'}`, { status: 200 }), result };
  return { response: new Response('payment pending', { status: 200 }), result };
}

/** Step 3: refund part of an order (the rest stays captured). */
export async function refundPart(pw: PayWall, orderId: string, amount: string): Promise<void> {
  await pw.refunds.partial({ MerchantUniqueCode: orderId, Amount: amount });
}
