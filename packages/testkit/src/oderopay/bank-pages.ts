// The browser side of ÖderoPay's 3-D Secure in the simulator: the bank's challenge page that `htmlContent` leads to,
// and the post back to the merchant's `callbackUrl`. Served over HTTP (`listen(sim)` from `@odeme/testkit/node`), a
// real browser completes the flow with no test code in between.
import {
  CHALLENGE_ATTEMPTS,
  challengePage,
  maskCard,
  messagePage,
  pageReply,
  postFragment,
  postPage,
  readChallengeAnswer,
  wrongCodeMessage,
} from '../frame/challenge.js';
import { SimReject } from '../frame/http.js';
import { simTry } from '../frame/money-text.js';
import type { OderoPaySimulator } from './simulator.js';
import type { OderoPaySimThreeDSSession } from './state.js';

/** The bank page's path for a payment. */
export const threeDSPagePath = (paymentId: number) => `/sim/oderopay/3ds/${paymentId}`;

/**
 * The `htmlContent` of a 3DS init: what ÖderoPay hands the merchant to write into its page. It leads the browser to
 * the bank page at `origin` (the simulator's own, as the request reached it) with a visible button, and submits by
 * itself only when the simulator was given a nonce for the merchant's policy.
 */
export function threeDSHtmlContent(origin: string, session: OderoPaySimThreeDSSession, nonce?: string): string {
  return postFragment({
    action: `${origin}${threeDSPagePath(session.paymentId)}`,
    fields: { paymentId: String(session.paymentId) },
    message: 'Kartınızı doğrulamak için bankanızın sayfasına yönlendiriliyorsunuz.',
    button: 'Bankamın sayfasına git',
    ...(nonce ? { nonce } : {}),
  });
}

/** Registers the bank page (`GET`/`POST /sim/oderopay/3ds/{paymentId}`) and its answer route. */
export function registerBankPages(sim: OderoPaySimulator): void {
  const waiting = (id: string | undefined): OderoPaySimThreeDSSession => {
    const session = sim.threeDSSessions.get(Number(id));
    if (!session) throw new SimReject(pageReply(errorPage('Bu doğrulama oturumu bulunamadı.'), 404));
    if (session.state !== 'WAITING_FOR_BANK') throw new SimReject(pageReply(errorPage('Bu doğrulama oturumu tamamlandı.'), 409));
    return session;
  };
  const show = (session: OderoPaySimThreeDSSession, error?: string) => {
    const payment = sim.payments.get(session.paymentId);
    return pageReply(
      challengePage({
        bank: 'Simülasyon Bankası',
        merchant: sim.options.merchantName ?? 'Test Mağazası',
        amount: simTry(payment?.paidPrice ?? 0),
        card: maskCard(payment?.cardNumber),
        action: `${threeDSPagePath(session.paymentId)}/answer`,
        attemptsLeft: session.attemptsLeft,
        smsCode: sim.smsCode,
        ...(error ? { error } : {}),
      }),
    );
  };
  sim.route('GET', '/sim/oderopay/3ds/{paymentId}', (r) => show(waiting(r.params.paymentId)));
  sim.route('POST', '/sim/oderopay/3ds/{paymentId}', (r) => show(waiting(r.params.paymentId)));
  sim.route('POST', '/sim/oderopay/3ds/{paymentId}/answer', (r) => {
    const session = waiting(r.params.paymentId);
    const answer = readChallengeAnswer(r.form ?? new URLSearchParams(), sim.smsCode, session.attemptsLeft);
    session.attemptsLeft = answer.attemptsLeft;
    if (answer.outcome === 'wrong_code' && answer.attemptsLeft > 0) return show(session, wrongCodeMessage(answer.attemptsLeft));
    const callback = sim.simulateBankCallback({ paymentId: session.paymentId, outcome: answer.outcome });
    const ok = callback.fields.status === 'SUCCESS';
    const nonce = sim.options.pageNonce;
    return pageReply(
      postPage({
        action: callback.url,
        fields: callback.fields,
        title: ok ? 'Doğrulama tamamlandı' : 'Doğrulama tamamlanamadı',
        message: ok ? 'Ödemeniz için mağazaya dönülüyor.' : `${outcomeText(answer.outcome)} Mağazaya dönülüyor.`,
        button: 'Mağazaya dön',
        ...(nonce ? { nonce } : {}),
      }),
      200,
      nonce,
    );
  });
}

function outcomeText(outcome: string): string {
  if (outcome === 'cancelled') return 'İşlemi iptal ettiniz.';
  if (outcome === 'timed_out') return 'İşlem zaman aşımına uğradı.';
  if (outcome === 'wrong_code') return `Doğrulama kodu ${CHALLENGE_ATTEMPTS} kez hatalı girildi.`;
  return 'Bankanız doğrulamayı onaylamadı.';
}

function errorPage(message: string): string {
  return messagePage('3-D Secure', message);
}
