/**
 * `app/api/3ds/route.ts`: POST /api/3ds starts a 3-D Secure payment and answers the bank's HTML, which the shopper's
 * browser shows (it leads to the bank's page). The bank posts the result back to /api/3ds/callback.
 */
import { toKurus, fromKurus, sumKurus, ValidationError } from '@odeme/core';
import { decodeThreeDSHtml } from '@odeme/oderopay';
import type { CheckoutOrder } from '../../../../shared/checkout';
import { odero } from '../../../lib/odero';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const order = (await request.json().catch(() => undefined)) as CheckoutOrder | undefined;
  if (typeof order?.orderId !== 'string' || !Array.isArray(order.items)) return Response.json({ status: 'invalid', fields: ['orderId', 'items'] }, { status: 400 });
  try {
    const total = fromKurus(sumKurus(order.items.map((item, i) => toKurus(item.price, `items.${i}.price`))));
    const started = await odero().threeDS.init({
      conversationId: order.orderId,
      price: total,
      paidPrice: total,
      currency: 'TRY',
      installment: order.installment ?? 1,
      paymentGroup: 'PRODUCT',
      callbackUrl: new URL('/api/3ds/callback', request.url).href,
      card: order.card,
      items: order.items,
    });
    return new Response(decodeThreeDSHtml(started), { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
  } catch (error) {
    if (error instanceof ValidationError) return Response.json({ status: 'invalid', fields: error.issues.map((i) => i.path) }, { status: 422 });
    throw error;
  }
}
