/**
 * `app/api/3ds/callback/route.ts`: the shopper's browser, back from the bank. Nothing in the post is signed, so the
 * payment is completed with ÖderoPay, which is the evidence; a decline answers 402 with the shopper's text.
 */
import { PaymentDeclinedError } from '@odeme/core';
import { readThreeDSCallback } from '@odeme/oderopay';
import { odero } from '../../../../lib/odero';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const callback = await readThreeDSCallback(request);
  if (!callback.paymentId) return Response.json({ status: 'invalid', fields: ['paymentId'] }, { status: 400 });
  try {
    const payment = await odero().threeDS.complete({ paymentId: callback.paymentId });
    return Response.json({ status: 'paid', paymentId: payment.id, orderId: callback.conversationId, paidPrice: payment.paidPrice });
  } catch (error) {
    if (error instanceof PaymentDeclinedError) return Response.json({ status: 'declined', reason: error.reason, message: error.shopperMessage('tr') }, { status: 402 });
    throw error;
  }
}
