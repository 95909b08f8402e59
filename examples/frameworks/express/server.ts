/**
 * An Express 5 payment service on Node.
 *
 *   POST /payments   { orderId, items: [{ name, price }], card: { … }, installment? }  → 201 paid, 402 declined, 422 invalid…
 *   GET  /healthz
 *
 * Run it:  pnpm exec tsx examples/frameworks/express/server.ts   (no keys set: ÖderoPay is simulated in memory)
 */
import { pathToFileURL } from 'node:url';
import type { OderoPay } from '@odeme/oderopay';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { type CheckoutOrder, checkout } from '../shared/checkout.js';
import { createOderoFromEnv } from '../shared/odero.js';

/** Builds the app around one client; tests pass a client wired to a simulator. */
export function createApp(odero: OderoPay): Express {
  const app = express();
  app.use(express.json({ limit: '64kb' }));

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  app.post('/payments', async (req, res) => {
    const order = req.body as CheckoutOrder | undefined;
    if (typeof order?.orderId !== 'string' || !Array.isArray(order.items)) {
      res.status(400).json({ status: 'invalid', fields: ['orderId', 'items'] });
      return;
    }
    // Stop the ÖderoPay call when the client disconnects before the answer.
    const aborted = new AbortController();
    res.on('close', () => {
      if (!res.writableEnded) aborted.abort();
    });
    const reply = await checkout(odero, order, aborted.signal);
    res.status(reply.status).json(reply.body);
  });

  // Express 5 forwards rejected promises here. Log without the body: it holds a card number.
  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    console.error(`${req.method} ${req.path} failed:`, error instanceof Error ? error.message : error);
    res.status(500).json({ status: 'error' });
  };
  app.use(onError);
  return app;
}

// `tsx server.ts` starts it; importing the module (as the tests do) does not.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { odero, simulator } = createOderoFromEnv(process.env);
  const port = Number(process.env.PORT ?? 3000);
  createApp(odero).listen(port, '127.0.0.1', () => {
    console.log(`payment service on http://127.0.0.1:${port}${simulator ? ' (ÖderoPay simulated in memory)' : ''}`);
    console.log(
      `try: curl -s localhost:${port}/payments -H 'content-type: application/json' -d '{"orderId":"o-1","items":[{"name":"Kitap","price":"100.25"}],"card":{"cardHolderName":"Ayse Yilmaz","cardNumber":"5528790000000008","expireYear":"2035","expireMonth":"07","cvc":"123"}}'`,
    );
  });
}
