// ÖderoPay's hosted checkout in the simulator, for a browser: the page at `pageUrl` takes a card, the bank's 3-D
// Secure challenge follows, and a paid checkout posts its `token` to the merchant's `callbackUrl` (spec: "the
// platform posts `token` to `callbackUrl`"), where the merchant retrieves the payment. A declined card or a failed
// challenge shows the page again with the reason, as a hosted page does.
import {
  CHALLENGE_ATTEMPTS,
  challengePage,
  escapeHtml,
  maskCard,
  messagePage,
  pageReply,
  postPage,
  readChallengeAnswer,
  simPage,
  wrongCodeMessage,
} from '../frame/challenge.js';
import { SimReject } from '../frame/http.js';
import { simTry } from '../frame/money-text.js';
import { ODEROPAY_DECLINES } from './cards.js';
import { simKurus } from './money.js';
import type { OderoPaySimulator } from './simulator.js';
import type { OderoPaySimCheckout } from './state.js';

/** The card a shopper entered on a checkout page, waiting for the bank's challenge. */
interface PendingCard {
  number: string;
  attemptsLeft: number;
}

const pending = new WeakMap<OderoPaySimCheckout, PendingCard>();

/** The checkout page: the basket's total and a card form, in Turkish, with no inline script or style. */
function checkoutPage(token: string, total: string, error?: string): string {
  const year = new Date().getFullYear();
  const options = (from: number, count: number, pad = false) =>
    Array.from({ length: count }, (_, i) => String(from + i).padStart(pad ? 2 : 0, '0'))
      .map((v) => `<option value="${v}">${v}</option>`)
      .join('');
  return simPage(
    'ÖderoPay ile öde',
    `<header><span class="bank">ÖderoPay</span><span class="scheme">Test ödeme sayfası</span></header>
<h1>Ödeme</h1><dl class="facts"><dt>Tutar</dt><dd class="amount">${escapeHtml(total)}</dd></dl>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/sim/oderopay/checkout/${escapeHtml(token)}/card">
<label for="holder">Kart üzerindeki isim</label><input id="holder" name="holder" autocomplete="cc-name">
<label for="number">Kart numarası</label><input id="number" name="number" inputmode="numeric" autocomplete="cc-number">
<label for="month">Son kullanma ayı</label><select id="month" name="month">${options(1, 12, true)}</select>
<label for="year">Son kullanma yılı</label><select id="year" name="year">${options(year, 12)}</select>
<label for="cvc">CVC</label><input id="cvc" name="cvc" inputmode="numeric" maxlength="4">
<div class="actions"><button type="submit" class="primary">Öde</button></div></form>`,
  );
}

/** Registers the checkout page (`GET /?token=` on the checkout origin, or `/sim/oderopay/checkout/{token}`) and its steps. */
export function registerCheckoutPages(sim: OderoPaySimulator): void {
  const open = (token: string | null | undefined): OderoPaySimCheckout => {
    const session = sim.checkouts.get(token ?? '');
    if (!session) throw new SimReject(pageReply(messagePage('ÖderoPay', 'Bu ödeme sayfası bulunamadı.'), 404));
    if (session.paymentId !== undefined) throw new SimReject(pageReply(messagePage('ÖderoPay', 'Bu ödeme tamamlandı.'), 409));
    if (Date.now() > session.expiresAt) throw new SimReject(pageReply(messagePage('ÖderoPay', 'Bu ödeme sayfasının süresi doldu.'), 410));
    return session;
  };
  const total = (s: OderoPaySimCheckout) => simTry(simKurus(s.body.paidPrice) ?? 0);
  const show = (s: OderoPaySimCheckout, error?: string) => pageReply(checkoutPage(s.token, total(s), error));

  sim.route('GET', '/', (r) => {
    const token = r.url.searchParams.get('token');
    if (token === null) throw new SimReject(pageReply(messagePage('ÖderoPay', 'Ödeme sayfası için bir token gerekir.'), 404));
    return show(open(token));
  });
  sim.route('GET', '/sim/oderopay/checkout/{token}', (r) => show(open(r.params.token)));

  sim.route('POST', '/sim/oderopay/checkout/{token}/card', (r) => {
    const session = open(r.params.token);
    const form = r.form ?? new URLSearchParams();
    const number = (form.get('number') ?? '').replace(/\D/g, '');
    if (number.length < 12 || !(form.get('holder') ?? '').trim() || !/^\d{3,4}$/.test(form.get('cvc') ?? ''))
      return show(session, 'Kart bilgilerini eksiksiz girin.');
    const declined = ODEROPAY_DECLINES[number];
    if (declined) return show(session, `Kartınız reddedildi: ${declined.errorDescription}. Başka bir kartla deneyin.`);
    pending.set(session, { number, attemptsLeft: CHALLENGE_ATTEMPTS });
    return challenge(session);
  });

  const challenge = (session: OderoPaySimCheckout, error?: string) => {
    const card = pending.get(session) as PendingCard;
    return pageReply(
      challengePage({
        bank: 'Simülasyon Bankası',
        merchant: sim.options.merchantName ?? 'Test Mağazası',
        amount: total(session),
        card: maskCard(card.number),
        action: `/sim/oderopay/checkout/${session.token}/answer`,
        attemptsLeft: card.attemptsLeft,
        smsCode: sim.smsCode,
        ...(error ? { error } : {}),
      }),
    );
  };

  sim.route('POST', '/sim/oderopay/checkout/{token}/answer', (r) => {
    const session = open(r.params.token);
    const card = pending.get(session);
    if (!card) return show(session);
    const answer = readChallengeAnswer(r.form ?? new URLSearchParams(), sim.smsCode, card.attemptsLeft);
    card.attemptsLeft = answer.attemptsLeft;
    if (answer.outcome === 'wrong_code' && answer.attemptsLeft > 0) return challenge(session, wrongCodeMessage(answer.attemptsLeft));
    pending.delete(session);
    if (answer.outcome !== 'approved') return show(session, '3-D Secure doğrulaması tamamlanamadı. Tekrar deneyebilirsiniz.');
    sim.simulateCheckoutPayment(session.token, card.number);
    const nonce = sim.options.pageNonce;
    return pageReply(
      postPage({
        action: String(session.body.callbackUrl),
        fields: { token: session.token },
        title: 'Ödemeniz alındı',
        message: 'Mağazaya dönülüyor.',
        button: 'Mağazaya dön',
        ...(nonce ? { nonce } : {}),
      }),
      200,
      nonce,
    );
  });
}
