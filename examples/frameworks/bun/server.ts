/**
 * A Bun server: Bun.serve with the Web-standard checkout handler, then one order posted to itself.
 *
 *   bun examples/frameworks/bun/server.ts           # pays once and exits
 *   bun examples/frameworks/bun/server.ts --serve   # keeps serving POST /payments on PORT (default 3000)
 *
 * Without ODEROPAY_API_KEY / ODEROPAY_SECRET_KEY, ÖderoPay is simulated in memory.
 */
import { ODEROPAY_TEST_CARDS } from '@odeme/testkit';
import { createCheckoutHandler } from '../shared/checkout.js';
import { createOderoFromEnv } from '../shared/odero.js';

// The one Bun API used here, declared so that the repository's Node type-check accepts the file.
declare const Bun: {
  serve(options: { port: number; hostname?: string; fetch(request: Request): Promise<Response> | Response }): { url: URL; stop(): void };
};

const { odero, simulator } = createOderoFromEnv(process.env);
const checkout = createCheckoutHandler(odero);
const serveForever = process.argv.includes('--serve');

const server = Bun.serve({
  port: serveForever ? Number(process.env.PORT ?? 3000) : 0,
  hostname: '127.0.0.1',
  fetch(request) {
    const { pathname } = new URL(request.url);
    if (request.method === 'POST' && pathname === '/payments') return checkout(request);
    return new Response('not found', { status: 404 });
  },
});
console.error(`listening on ${server.url}${simulator ? ' (ÖderoPay simulated in memory)' : ''}`);

if (!serveForever) {
  const response = await fetch(new URL('/payments', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      orderId: 'bun-1',
      items: [{ name: 'Kahve', price: '120.00' }, { name: 'Fincan', price: '45.50' }],
      card: { cardHolderName: 'Zeynep Kaya', cardNumber: ODEROPAY_TEST_CARDS.success, expireYear: '2035', expireMonth: '03', cvc: '456' },
    }),
  });
  console.log(JSON.stringify({ runtime: 'bun', httpStatus: response.status, ...(await response.json()) }));
  server.stop();
}
