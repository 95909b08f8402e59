import { sha256Hex } from '../frame/crypto.js';
import { simTlText } from './money.js';
import type { PayWallSimulator } from './simulator.js';
import type { PayWallSimPayment } from './state.js';

/** What to announce in a general communication callback (§6.3). */
export interface PayWallSimGeneralCallbackInput {
  /** The payment to announce, by your `MerchantUniqueCode`. */
  merchantUniqueCode: string;
  /** §5 callback type; by default derived from the payment (1 success, 2 failed, 3 refund, 4 partial refund, 5 cancel). */
  type?: number;
  /** `OperationAmount` in kuruş (e.g. of a partial refund); default the last activity's amount. */
  operationAmountKurus?: number;
}

/** A built general callback: the JSON body exactly as sent. */
export interface PayWallSimGeneralCallback {
  /** The JSON text to post, amounts written with two decimals. */
  body: string;
  /** The same, parsed. */
  fields: Record<string, unknown>;
}

function typeOf(p: PayWallSimPayment): number {
  if (p.cancelled) return 5;
  if (p.refundedKurus > 0) return p.refundedKurus === p.capturedKurus ? 3 : 4;
  if (p.statusId === 5) return 2;
  return p.model3d ? 16 : 1;
}

/**
 * Builds the general callback JSON. Amounts are written with two decimals (`10.50`), and `Hash` is
 * hex(SHA-256(`key###PaymentId###UniqueCode###Amount###Installment`)) with the System Webhook key: the
 * "Payment" template, which is what the SDK assumes for this callback (PayWall does not publish it).
 */
export async function buildGeneralCallback(sim: PayWallSimulator, input: PayWallSimGeneralCallbackInput): Promise<PayWallSimGeneralCallback> {
  const p = sim.byMerchantCode(input.merchantUniqueCode);
  if (!p) throw new Error(`PayWall simulator: no payment ${input.merchantUniqueCode}`);
  const amount = simTlText(p.amountKurus);
  const operation = simTlText(input.operationAmountKurus ?? p.activities.at(-1)?.amountKurus ?? 0);
  const key = sim.options.hashKeys?.systemWebhook ?? '';
  const hash = await sha256Hex([key, String(p.paymentId), p.merchantUniqueCode, amount, String(p.installment)].join('###'));
  const fields: Record<string, unknown> = {
    Type: input.type ?? typeOf(p),
    PaymentId: p.paymentId,
    Amount: '__AMOUNT__',
    OperationAmount: '__OPERATION__',
    IP: p.clientIp,
    UniqueCode: p.merchantUniqueCode,
    CurrencyId: p.currencyId,
    PaymentMethodId: 1,
    Installment: p.installment,
    ChannelId: p.channelId,
    TagId: p.tagId,
    DateTime: sim.now().toISOString(),
    Hash: hash,
  };
  // JSON.stringify would print 10.5: write the amounts as PayWall's decimals do.
  const body = JSON.stringify(fields).replace('"__AMOUNT__"', amount).replace('"__OPERATION__"', operation);
  return { body, fields: JSON.parse(body) as Record<string, unknown> };
}

/** Posts the general callback to `url` (with the given `fetch`, default the global one). */
export async function sendGeneralCallback(
  sim: PayWallSimulator,
  url: string,
  input: PayWallSimGeneralCallbackInput,
  fetchImpl: (input: string, init: RequestInit) => Promise<Response> = (i, init) => fetch(i, init),
): Promise<{ callback: PayWallSimGeneralCallback; response: Response }> {
  const callback = await buildGeneralCallback(sim, input);
  const response = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: callback.body });
  return { callback, response };
}
