/**
 * A Cloudflare Worker module: POST /payments charges a card with ÖderoPay.
 *
 *   wrangler secret put ODEROPAY_API_KEY && wrangler secret put ODEROPAY_SECRET_KEY && wrangler deploy
 *
 * Without the secrets (e.g. `wrangler dev` on a fresh checkout) it answers from the in-memory simulator.
 */
import type { OderoPay } from '@odeme/oderopay';
import { createCheckoutHandler } from '../shared/checkout.js';
import { createOderoFromEnv, type OderoEnv } from '../shared/odero.js';

/** Worker bindings: secrets and vars from wrangler. */
export type Env = OderoEnv;

// One client per isolate, built from the bindings on the first request (bindings are not visible at module load).
let worker: { fetch(request: Request): Promise<Response> } | undefined;

/** Builds the router around a client; tests pass one wired to a simulator. */
export function createWorker(odero: OderoPay) {
  const checkout = createCheckoutHandler(odero);
  return {
    async fetch(request: Request): Promise<Response> {
      const { pathname } = new URL(request.url);
      if (pathname === '/payments' && request.method === 'POST') return checkout(request);
      if (pathname === '/healthz') return Response.json({ ok: true });
      return new Response('not found', { status: 404 });
    },
  };
}

export default {
  fetch(request: Request, env: Env): Promise<Response> {
    worker ??= createWorker(createOderoFromEnv(env).odero);
    return worker.fetch(request);
  },
};
