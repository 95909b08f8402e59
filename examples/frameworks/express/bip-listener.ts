/**
 * The BiP listener and an ÖderoPay 3-D Secure callback in an Express 5 app, through core's Node adapter: both are
 * Web-standard handlers (`(Request) => Promise<Response>`), and `nodeHandler` runs them on Node's request and
 * response with the body passed on byte for byte.
 *
 *   POST /bip/listener      Turkcell's payment result (Basic credentials checked by the listener)
 *   POST /odero/3ds         the shopper's browser, back from the bank: the payment is completed
 *
 * Mount these routes before `express.json()` or any parser that turns the body into an object: a parsed body cannot
 * be given back as it was sent.
 */
import { type BipListenerEvent, createBipListener } from '@odeme/bip';
import { nodeHandler } from '@odeme/core/node';
import { type OderoPay, PaymentDeclinedError, readThreeDSCallback } from '@odeme/oderopay';
import express, { type Express } from 'express';

/** What the app needs: the listener's credentials, the ÖderoPay client, and where outcomes go. */
export interface CallbackAppOptions {
  bipListenerCredentials: { username: string; password: string };
  odero: OderoPay;
  /** Records a BiP outcome (keep it quick: Turkcell waits for the answer). */
  onBipPayment: (event: BipListenerEvent) => void | Promise<void>;
  /** Records a finished 3-D Secure payment. */
  onPaid: (paymentId: string, conversationId: string | undefined) => void | Promise<void>;
}

const text = (body: string, status: number) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export function createCallbackApp(options: CallbackAppOptions): Express {
  const app = express();
  app.post('/bip/listener', nodeHandler(createBipListener({ credentials: options.bipListenerCredentials, onPayment: options.onBipPayment, logLevel: 'off' })));
  app.post(
    '/odero/3ds',
    nodeHandler(async (request) => {
      const callback = await readThreeDSCallback(request);
      if (!callback.paymentId) return text('Ödeme bulunamadı', 400);
      // Nothing in the post is signed, its status included: completing the payment with ÖderoPay is the evidence.
      try {
        const payment = await options.odero.threeDS.complete({ paymentId: callback.paymentId });
        await options.onPaid(String(payment.id), callback.conversationId);
        return text('Ödemeniz alındı', 200);
      } catch (error) {
        if (error instanceof PaymentDeclinedError) return text(error.shopperMessage('tr'), 402);
        throw error;
      }
    }),
  );
  // Everything else of the shop parses JSON as usual, after the callback routes.
  app.use(express.json({ limit: '64kb' }));
  return app;
}
