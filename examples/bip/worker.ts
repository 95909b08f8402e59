/**
 * A BiP shop as a Cloudflare-Worker-style module (the same code runs on Deno, Bun, or Node through an adapter).
 *
 *   POST /buy           { msisdn, productId, count?, channelId? }  → starts a BiP payment, answers the order
 *   POST /bip/listener  Turkcell's Listener Service callback       → records the outcome; channel 10 orders are
 *                                                                     delivered after the answer, then committed
 *
 * Orders live in memory here; a real Worker keeps them in KV, D1 or a Durable Object.
 */
import { Bip, BipChannel, type BipListenerEvent, createBipListener, generateTransactionId, normaliseMsisdn } from '@odeme/bip';
import { type FetchLike, isOdemeError, type LogLevel } from '@odeme/core';

/** Worker bindings: secrets set with `wrangler secret put`. */
export interface Env {
  BIP_USERNAME: string;
  BIP_PASSWORD: string;
  /** The credentials Turkcell was given for calling your listener URL. */
  BIP_LISTENER_USERNAME: string;
  BIP_LISTENER_PASSWORD: string;
  /** Optional: another gateway (the `apigw.bip.com` alias, or a simulator in tests). */
  BIP_BASE_URL?: string;
}

/** The part of a Worker's ExecutionContext we use: work that continues after the response. */
export interface WorkerContext {
  waitUntil(promise: Promise<unknown>): void;
}

/** What the shop remembers about an order. */
export interface Order {
  transactionId: string;
  msisdn: string;
  channelId: number;
  status: 'awaiting_consent' | 'paid' | 'reserved' | 'committed' | 'failed' | 'not_delivered';
  totalKurus?: number;
  failure?: string;
}

/** Your fulfilment: send the fax, unlock the content… Resolve `false` when it could not be delivered. */
export type Deliver = (order: Order) => Promise<boolean>;

/** Builds the shop's handler; `fetch` lets tests route the BiP client to a simulator. */
export function createShop(env: Env, deliver: Deliver, options: { fetch?: FetchLike; logLevel?: LogLevel } = {}) {
  const bip = new Bip({ username: env.BIP_USERNAME, password: env.BIP_PASSWORD, baseUrl: env.BIP_BASE_URL, fetch: options.fetch, logLevel: options.logLevel });
  const orders = new Map<string, Order>();

  // Channel 10: deliver first, commit only on success. Without a commit the user is never charged.
  async function fulfil(order: Order, commitToken: string): Promise<void> {
    if (!(await deliver(order))) {
      order.status = 'not_delivered';
      return;
    }
    await bip.commit({ transactionId: order.transactionId, msisdn: order.msisdn, commitToken });
    order.status = 'committed';
  }

  const listener = createBipListener<WorkerContext>({
    credentials: { username: env.BIP_LISTENER_USERNAME, password: env.BIP_LISTENER_PASSWORD },
    logLevel: options.logLevel,
    onPayment: async (event: BipListenerEvent, { extra }) => {
      const order = orders.get(event.transactionId);
      // Unknown id, or a repeated callback for an order already settled: acknowledge and do nothing.
      if (order?.status !== 'awaiting_consent') return;
      if (!event.succeeded) {
        order.status = 'failed';
        order.failure = event.resultName ?? `${event.resultCode} ${event.resultDesc ?? ''}`.trim();
        return;
      }
      order.totalKurus = event.totalAmountKurus;
      if (event.commitToken) {
        order.status = 'reserved';
        // Answer Turkcell now; deliver and commit afterwards.
        // A failed commit leaves the order `reserved` for a retrying job (the token's lifetime is not published).
        const work = fulfil(order, event.commitToken).catch(() => undefined);
        if (extra) extra.waitUntil(work);
        else await work;
      } else order.status = 'paid';
    },
  });

  async function buy(request: Request): Promise<Response> {
    const input = (await request.json()) as { msisdn: string; productId: number; count?: number; channelId?: number };
    const channelId = input.channelId ?? BipChannel.INVOICE_RESERVE_COMMIT;
    // The id is made and the order stored before anything is sent, so that whatever happens to the call, the
    // listener's callback for this id finds the order: BiP has no status query, the callback is the evidence.
    const order: Order = {
      transactionId: generateTransactionId(),
      msisdn: normaliseMsisdn(input.msisdn) ?? input.msisdn,
      channelId,
      status: 'awaiting_consent',
    };
    orders.set(order.transactionId, order);
    try {
      await bip.startPayment({
        transactionId: order.transactionId,
        msisdn: input.msisdn,
        channelId,
        itemList: [{ id: input.productId, count: input.count ?? 1 }],
        language: 'tr',
      });
    } catch (error) {
      // Unknown: BiP may have asked the user. Keep the order waiting for its callback; never start it again with a new id.
      if (isOdemeError(error) && error.outcome === 'unknown') return Response.json(order, { status: 202 });
      orders.delete(order.transactionId);
      const status = isOdemeError(error) && error.code === 'validation_error' ? 400 : 502;
      return Response.json({ error: isOdemeError(error) ? error.code : 'internal_error' }, { status });
    }
    return Response.json(order, { status: 202 });
  }

  return {
    orders,
    /** The Worker entry point. */
    async fetch(request: Request, _env?: Env, ctx?: WorkerContext): Promise<Response> {
      const { pathname } = new URL(request.url);
      if (request.method === 'POST' && pathname === '/bip/listener') return listener(request, ctx);
      if (request.method === 'POST' && pathname === '/buy') return buy(request);
      return new Response('not found', { status: 404 });
    },
  };
}

let shop: ReturnType<typeof createShop> | undefined;

/** `export default` for wrangler: one shop per isolate, built from the bindings on first use. */
export default {
  fetch(request: Request, env: Env, ctx: WorkerContext): Promise<Response> {
    shop ??= createShop(env, async () => true);
    return shop.fetch(request, env, ctx);
  },
};
