import { base64FromText, sha256Hex } from '../frame/crypto.js';
import { SimReject } from '../frame/http.js';
import { simTlText } from './money.js';
import { finishPayment } from './payments.js';
import type { PayWallSimulator } from './simulator.js';
import type { PayWallSimPayment } from './state.js';

/** The form post a shopper's browser makes to your success or fail URL after the 3D page (§6.1). */
export interface PayWallSimFormPost {
  /** `MerchantSuccessBackUrl` or `MerchantFailBackUrl`. */
  url: string;
  /** The posted fields, as text. */
  fields: Record<string, string>;
  /** The `application/x-www-form-urlencoded` body. */
  body: string;
  /** A fresh `Request` of the post, for handlers that take one. */
  toRequest(): Request;
}

/** Options of the browser step. */
export interface PayWallSimThreeDOptions {
  /** What the shopper does on the bank page (default: `success`, unless the card is a decline card). */
  outcome?: 'success' | 'fail';
}

/** The §6.1 fields of a finished 3D payment, signed with the 3D hash key when one is configured. */
export async function threeDReturnFields(sim: PayWallSimulator, p: PayWallSimPayment): Promise<Record<string, string>> {
  const ok = p.statusId === 3 || p.statusId === 4;
  const amount = simTlText(p.amountKurus);
  const d = p.decline;
  const fields: Record<string, string> = {
    date: sim.now().toISOString(),
    status: ok ? 'Success' : 'Unsuccessful',
    errorCode: ok ? '0' : '1',
    errorMessage: ok ? '' : base64FromText(d?.bankMessage ?? '3D doğrulaması başarısız'),
    paymentCode: p.uniqueCode,
    uniqueCode: p.merchantUniqueCode,
    amount,
    installment: String(p.installment),
    paymentId: String(p.paymentId),
    providerErrorCode: ok ? '' : (d?.providerCode ?? 'MD-0'),
    providerErrorMessage: ok ? '' : base64FromText(d?.providerMessage ?? '3D doğrulaması başarısız'),
    providerBankErrorCode: ok ? '' : (d?.bankCode ?? ''),
    providerBankErrorMessage: ok || !d ? '' : base64FromText(d.bankMessage),
  };
  if (p.cardSave) {
    fields.cardSaved = String(Boolean(p.savedCardUniqueCode));
    fields.cardSavedUniqueCode = p.savedCardUniqueCode ?? '';
  }
  const key = sim.options.hashKeys?.threeD;
  if (key) fields.hash = await sha256Hex([key, fields.paymentId, fields.uniqueCode, fields.amount, fields.installment].join('###'));
  return fields;
}

function formPost(url: string, fields: Record<string, string>): PayWallSimFormPost {
  const body = new URLSearchParams(fields).toString();
  return {
    url,
    fields,
    body,
    toRequest: () => new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }),
  };
}

function sessionOf(sim: PayWallSimulator, redirectUrl: string) {
  const token = new URL(redirectUrl).pathname.split('/').pop() ?? '';
  const session = sim.threeDSessions.get(token);
  if (!session) throw new Error(`PayWall simulator: no 3D session for ${redirectUrl}`);
  const p = sim.payments.get(session.paymentId) as PayWallSimPayment;
  return { session, p };
}

/**
 * The browser step: opens the `RedirectUrl`, passes (or fails) the bank's 3D page, and returns the signed
 * form post PayWall makes the browser send to your success or fail URL.
 */
export async function completeThreeD(sim: PayWallSimulator, redirectUrl: string, options: PayWallSimThreeDOptions = {}): Promise<PayWallSimFormPost> {
  const { session, p } = sessionOf(sim, redirectUrl);
  if (session.done) throw new Error('PayWall simulator: this 3D session is already finished');
  session.opened = true;
  session.done = true;
  p.statusId = 2;
  finishPayment(sim, p, options.outcome === 'fail');
  const fields = await threeDReturnFields(sim, p);
  return formPost((p.statusId === 5 ? p.failUrl : p.successUrl) as string, fields);
}

const htmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `GET /sim/paywall/3d/{token}`: the page a browser sees; it auto-posts the signed result (success). */
export function threeDRoutes(sim: PayWallSimulator): void {
  sim.route('GET', '/sim/paywall/3d/{token}', async (r) => {
    const session = sim.threeDSessions.get(r.params.token as string);
    if (!session || session.done) throw new SimReject({ status: 404, body: '3D session not found or finished' });
    const post = await completeThreeD(sim, r.url.href);
    const inputs = Object.entries(post.fields)
      .map(([k, v]) => `<input type="hidden" name="${htmlEscape(k)}" value="${htmlEscape(v)}">`)
      .join('');
    const html = `<!doctype html><html><body onload="document.forms[0].submit()"><form method="post" action="${htmlEscape(post.url)}">${inputs}</form></body></html>`;
    return { status: 200, body: html, headers: { 'content-type': 'text/html; charset=utf-8' } };
  });
}
