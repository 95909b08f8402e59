import { PAYWALL_SIM_CARDS, PAYWALL_SIM_DECLINES } from './data.js';
import { finishPayment } from './payments.js';
import type { PayWallSimulator } from './simulator.js';
import type { PayWallSimPayment } from './state.js';

// A payment a shopper makes on one of PayWall's own pages (a payment link, a hosted checkout): recorded like an API
// payment, so `private/query` and the general callback find it.

/** How the shopper pays on a PayWall page. */
export interface PayWallSimPagePayment {
  /** The card number typed (default `PAYWALL_SIM_CARDS.success`; a decline card fails). */
  cardNumber?: string;
  /** Installments chosen (default 1). */
  installment?: number;
}

/** Records and settles a page payment of `amountKurus` under `merchantUniqueCode`. */
export function recordPagePayment(
  sim: PayWallSimulator,
  merchantUniqueCode: string,
  amountKurus: number,
  currencyId: number,
  options: PayWallSimPagePayment = {},
): PayWallSimPayment {
  const number = options.cardNumber ?? PAYWALL_SIM_CARDS.success;
  const p: PayWallSimPayment = {
    paymentId: sim.nextId(),
    uniqueCode: crypto.randomUUID(),
    merchantUniqueCode,
    amountKurus,
    currencyId,
    installment: options.installment ?? 1,
    statusId: 2,
    // PayWall's pages take 3D payments (a checkout may force it).
    threeD: true,
    model3d: false,
    preAuth: false,
    capturedKurus: 0,
    refundedKurus: 0,
    cancelled: false,
    activities: [],
    createdAt: sim.now(),
    clientIp: '203.0.113.10',
    channelId: 1,
    tagId: 0,
    trackingCode: undefined,
    productIds: [],
    products: [],
    card: { number, ownerName: 'Page Shopper', expireMonth: '12', expireYear: String(sim.now().getUTCFullYear() + 2), insurance: false },
    decline: PAYWALL_SIM_DECLINES[number],
  };
  sim.payments.set(p.paymentId, p);
  finishPayment(sim, p);
  return p;
}

/** Posts the general callback of a page payment to `url` when there is one; delivery errors are kept, not thrown. */
export async function announcePagePayment(
  sim: PayWallSimulator,
  url: string | null,
  p: PayWallSimPayment,
  fetchImpl?: (input: string, init: RequestInit) => Promise<Response>,
): Promise<Response | Error | undefined> {
  if (!url) return undefined;
  try {
    return (await sim.sendGeneralCallback(url, { merchantUniqueCode: p.merchantUniqueCode }, fetchImpl)).response;
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}
