import { hmacSha256Base64, sameText, simId } from '../frame/crypto.js';
import { SimReject, type SimRequest } from '../frame/http.js';
import { Simulator, type SimulatorOptions } from '../frame/simulator.js';

/** A charge the ledger simulator keeps (amounts in kuruş). */
export interface LedgerCharge {
  /** `ch_…` id. */
  id: string;
  /** Charged amount in kuruş. */
  amount: number;
  /** Always `TRY`. */
  currency: 'TRY';
  /** The caller's reference (order id). */
  reference: string;
  /** `captured` until refunds start. */
  status: 'captured' | 'refunded' | 'partially_refunded';
  /** Refunded so far, in kuruş. */
  refunded: number;
  /** ISO 8601 time of the charge. */
  createdAt: string;
}

/** A card number the ledger declines with HTTP 402, `card_declined` / `do_not_honour`. */
export const LEDGER_DECLINED_CARD = '4000000000000002';

/**
 * The reference simulator: a tiny signed charges API ("ledger") that exercises the frame and core's transport.
 * Auth: `x-api-key` plus `x-signature` = base64(HMAC-SHA256(secret, METHOD \n path?query \n body)).
 * Card 4000000000000002 is declined (`do_not_honour`).
 *
 * @example
 * const sim = new LedgerSimulator({ apiKey: 'ak_test_1', secret: 'sk_test_secret_1' });
 * const ledger = new LedgerClient({ apiKey: 'ak_test_1', secret: 'sk_test_secret_1', fetch: sim.fetch }); // examples/core/ledger-client.ts
 * await ledger.createCharge({ amount: 15050, reference: 'order-1' });
 * sim.charges.size; // 1
 */
export class LedgerSimulator extends Simulator {
  /** Charges by id. */
  readonly charges = new Map<string, LedgerCharge>();

  constructor(
    private readonly credentials: { apiKey: string; secret: string },
    options: SimulatorOptions = {},
  ) {
    super('ledger', options);
    this.route('POST', '/v1/charges', (r) => this.authed(r, () => this.createCharge(r)));
    this.route('GET', '/v1/charges', (r) => this.authed(r, () => this.listCharges(r)));
    this.route('GET', '/v1/charges/{id}', (r) => this.authed(r, () => ({ body: { data: this.find(r.params.id as string) } })));
    this.route('POST', '/v1/charges/{id}/refunds', (r) => this.authed(r, () => this.refund(r)));
  }

  private async authed(r: SimRequest, next: () => ReturnType<LedgerSimulator['createCharge']> | { body: unknown }) {
    if (r.headers.get('x-api-key') !== this.credentials.apiKey) throw reject(401, 'unauthorized', 'unknown api key');
    const expected = await hmacSha256Base64(this.credentials.secret, `${r.method}\n${r.url.pathname}${r.url.search}\n${r.text}`);
    if (!sameText(expected, r.headers.get('x-signature') ?? '')) throw reject(401, 'bad_signature', 'signature does not verify');
    return next();
  }

  private createCharge(r: SimRequest) {
    const b = (r.json ?? {}) as { amount?: unknown; currency?: unknown; reference?: unknown; cardNumber?: unknown };
    if (!Number.isSafeInteger(b.amount) || (b.amount as number) <= 0) throw reject(422, 'invalid_amount', 'amount must be a positive integer of kuruş');
    if (b.currency !== 'TRY') throw reject(422, 'invalid_currency', 'only TRY is supported');
    if (typeof b.reference !== 'string' || b.reference.length === 0) throw reject(422, 'invalid_reference', 'reference is required');
    if (b.cardNumber === LEDGER_DECLINED_CARD) throw reject(402, 'card_declined', 'Do not honour', 'do_not_honour');
    const charge: LedgerCharge = {
      id: simId('ch_'),
      amount: b.amount as number,
      currency: 'TRY',
      reference: b.reference,
      status: 'captured',
      refunded: 0,
      createdAt: new Date().toISOString(),
    };
    this.charges.set(charge.id, charge);
    return { status: 201, body: { data: charge }, headers: { 'x-request-id': simId('req_') } };
  }

  private listCharges(r: SimRequest) {
    const limit = Number(r.url.searchParams.get('limit') ?? 10);
    return { body: { data: [...this.charges.values()].slice(-limit) } };
  }

  private find(id: string): LedgerCharge {
    const c = this.charges.get(id);
    if (!c) throw reject(404, 'not_found', `no charge ${id}`);
    return c;
  }

  private refund(r: SimRequest) {
    const charge = this.find(r.params.id as string);
    const amount = (r.json as { amount?: unknown } | undefined)?.amount;
    if (!Number.isSafeInteger(amount) || (amount as number) <= 0) throw reject(422, 'invalid_amount', 'amount must be a positive integer of kuruş');
    if (charge.refunded + (amount as number) > charge.amount) throw reject(422, 'refund_exceeds_charge', 'refund is larger than what is left');
    charge.refunded += amount as number;
    charge.status = charge.refunded === charge.amount ? 'refunded' : 'partially_refunded';
    return { body: { data: charge } };
  }
}

function reject(status: number, code: string, message: string, declineCode?: string): SimReject {
  return new SimReject({ status, body: { error: { code, message, ...(declineCode ? { declineCode } : {}) } } });
}
