// The bank's 3-D Secure challenge, as every simulator shows it to a browser: a page in Turkish with the card, the
// amount, an SMS code field and the outcomes a real bank produces. No provider in our specs publishes a test SMS code,
// so the code is the simulator's (`SIM_SMS_CODE`, or the simulator's `smsCode` option).
//
// The pages need no inline script and no inline style: a strict Content-Security-Policy (the one `CHALLENGE_CSP` sets
// on them, or the merchant's own on a page that embeds the provider's HTML) leaves them working, with a visible
// button for every step. A caller that supplies a nonce gets an auto-submitting script carrying it.
import type { SimReply } from './http.js';

/** What the shopper did on the bank's page. */
export type ChallengeOutcome = 'approved' | 'wrong_code' | 'cancelled' | 'timed_out';

/** The SMS code the simulated bank accepts unless the simulator is given another. */
export const SIM_SMS_CODE = '123456';

/** Wrong codes a shopper may enter before the bank fails the authentication (a common bank limit). */
export const CHALLENGE_ATTEMPTS = 3;

/** Where the pages' stylesheet is served (same origin as the pages, so `style-src 'self'` allows it). */
export const CHALLENGE_CSS_PATH = '/sim/assets/challenge.css';

/** The policy the simulator's own pages are served with: nothing inline, styles from the simulator, forms anywhere. */
export function challengeCsp(nonce?: string): string {
  const script = nonce ? `'nonce-${nonce}'` : "'none'";
  return `default-src 'none'; style-src 'self'; img-src 'self' data:; script-src ${script}; form-action *; base-uri 'none'; frame-ancestors *`;
}

/** A page as a simulator answers it: HTML under `challengeCsp`, never cached. */
export function pageReply(body: string, status = 200, nonce?: string): SimReply {
  return { status, body, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': challengeCsp(nonce), 'cache-control': 'no-store' } };
}

/** What a challenge page says after a wrong code, while attempts remain. */
export const wrongCodeMessage = (attemptsLeft: number) => `Doğrulama kodu hatalı. ${attemptsLeft} deneme hakkınız kaldı.`;

/** What the challenge page shows. */
export interface ChallengeView {
  /** The bank's name on the page header. */
  bank: string;
  /** The merchant's name. */
  merchant: string;
  /** The amount, already formatted (`₺1.234,56`). */
  amount: string;
  /** The card, masked (`5528 79** **** 0008`). */
  card: string;
  /** Where the page posts the shopper's answer (the simulator's own route). */
  action: string;
  /** Wrong codes left before the bank fails the authentication. */
  attemptsLeft: number;
  /** The SMS code the page accepts: shown as a test hint, as sandbox pages do. */
  smsCode: string;
  /** A refusal to show above the form (a wrong code). */
  error?: string;
}

/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A whole simulator page in Turkish: `body` inside the sheet, styled from the simulator's stylesheet. */
export function simPage(title: string, body: string, nonceScript = ''): string {
  return `<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="${CHALLENGE_CSS_PATH}"></head>
<body><main class="sheet">${body}</main>${nonceScript}</body></html>`;
}

/** The challenge page: SMS code, approve, cancel, and (for tests) a time-out. */
export function challengePage(v: ChallengeView): string {
  const error = v.error ? `<p class="error" role="alert">${escapeHtml(v.error)}</p>` : '';
  return simPage(
    `${v.bank} · 3-D Secure doğrulama`,
    `<header><span class="bank">${escapeHtml(v.bank)}</span><span class="scheme">3-D Secure</span></header>
<h1>Ödemenizi onaylayın</h1>
<dl class="facts"><dt>İşyeri</dt><dd>${escapeHtml(v.merchant)}</dd><dt>Tutar</dt><dd class="amount">${escapeHtml(v.amount)}</dd><dt>Kart</dt><dd>${escapeHtml(v.card)}</dd></dl>
${error}<form method="post" action="${escapeHtml(v.action)}">
<label for="code">Cep telefonunuza gönderilen doğrulama kodu</label>
<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="8" autofocus>
<p class="hint">Test ortamı: kod <strong>${escapeHtml(v.smsCode)}</strong> · kalan deneme: ${v.attemptsLeft}</p>
<div class="actions"><button type="submit" name="action" value="approve" class="primary">Onayla</button>
<button type="submit" name="action" value="cancel">İptal</button></div>
<button type="submit" name="action" value="timeout" class="link">Zaman aşımı (test)</button>
</form>`,
  );
}

/**
 * The shopper's answer from the challenge form: the outcome, and the wrong codes left. A wrong code leaves the
 * session open while attempts remain (`wrong_code` with `attemptsLeft > 0`: show the page again).
 */
export function readChallengeAnswer(form: URLSearchParams, smsCode: string, attemptsLeft: number): { outcome: ChallengeOutcome; attemptsLeft: number } {
  const action = form.get('action');
  if (action === 'cancel') return { outcome: 'cancelled', attemptsLeft };
  if (action === 'timeout') return { outcome: 'timed_out', attemptsLeft };
  if ((form.get('code') ?? '').trim() === smsCode) return { outcome: 'approved', attemptsLeft };
  return { outcome: 'wrong_code', attemptsLeft: Math.max(0, attemptsLeft - 1) };
}

/** A page that posts `fields` to `action`: a visible button always, and an auto-submit when a nonce is given. */
export function postPage(options: { action: string; fields: Record<string, string>; title: string; message: string; button: string; nonce?: string }): string {
  const inputs = Object.entries(options.fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  const script = options.nonce ? `<script nonce="${escapeHtml(options.nonce)}">document.forms[0].submit();</script>` : '';
  return simPage(
    options.title,
    `<h1>${escapeHtml(options.title)}</h1><p>${escapeHtml(options.message)}</p>
<form method="post" action="${escapeHtml(options.action)}">${inputs}<div class="actions"><button type="submit" class="primary">${escapeHtml(options.button)}</button></div></form>`,
    script,
  );
}

/** The same post as a standalone HTML fragment a merchant writes into its own page (a provider's `htmlContent`). */
export function postFragment(options: { action: string; fields: Record<string, string>; message: string; button: string; nonce?: string }): string {
  const inputs = Object.entries(options.fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  const script = options.nonce ? `<script nonce="${escapeHtml(options.nonce)}">document.getElementById('odeme-sim-3ds').submit();</script>` : '';
  return `<form id="odeme-sim-3ds" method="post" action="${escapeHtml(options.action)}"><p>${escapeHtml(options.message)}</p>${inputs}<button type="submit">${escapeHtml(options.button)}</button></form>${script}`;
}

/** A page with a message only (an unknown or finished session). */
export function messagePage(title: string, message: string): string {
  return simPage(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}

/** Masks a card number the way bank pages show it: first six, last four. */
export function maskCard(number: string | undefined): string {
  const digits = (number ?? '').replace(/\D/g, '');
  if (digits.length < 10) return '•••• ••••';
  const masked = digits.slice(0, 6) + '*'.repeat(digits.length - 10) + digits.slice(-4);
  return masked.replace(/(.{4})/g, '$1 ').trim();
}

/** The pages' stylesheet: a plain bank look, readable on a phone. */
export const CHALLENGE_CSS = `
*{box-sizing:border-box}body{margin:0;min-height:100vh;display:grid;place-items:center;background:#eef1f5;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433}
.sheet{width:min(420px,100% - 32px);background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(20,30,60,.12);padding:28px}
header{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #e3e7ee;padding-bottom:14px;margin-bottom:18px}
.bank{font-weight:700;color:#0b3d91;letter-spacing:.02em}.scheme{font-size:13px;color:#5b6578;border:1px solid #c9d1de;border-radius:6px;padding:2px 8px}
h1{font-size:20px;margin:0 0 14px}.facts{display:grid;grid-template-columns:auto 1fr;gap:6px 16px;margin:0 0 18px}.facts dt{color:#5b6578}.facts dd{margin:0;font-weight:600}
.amount{font-size:18px}label{display:block;font-weight:600;margin-bottom:6px}
input{width:100%;font-size:22px;letter-spacing:.3em;padding:10px 12px;border:1px solid #b8c2d3;border-radius:8px}
select{width:100%;font-size:16px;padding:10px 12px;border:1px solid #b8c2d3;border-radius:8px;background:#fff}label{margin-top:12px}
input:focus,select:focus{outline:3px solid #9cc0ff;border-color:#0b3d91}.hint{color:#5b6578;font-size:13px;margin:8px 0 16px}
.error{background:#fdecec;color:#a11a1a;border-radius:8px;padding:10px 12px}
.actions{display:flex;gap:10px;margin-top:16px}button{flex:1;font-size:16px;padding:11px 14px;border-radius:8px;border:1px solid #b8c2d3;background:#fff;cursor:pointer}
button.primary{background:#0b3d91;border-color:#0b3d91;color:#fff;font-weight:600}button.link{margin-top:14px;width:100%;border:0;color:#5b6578;text-decoration:underline;background:none}
`;
