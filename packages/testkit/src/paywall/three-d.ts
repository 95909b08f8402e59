import {
  CHALLENGE_ATTEMPTS,
  type ChallengeOutcome,
  challengePage,
  maskCard,
  messagePage,
  pageReply,
  postPage,
  readChallengeAnswer,
  SIM_SMS_CODE,
  wrongCodeMessage,
} from '../frame/challenge.js';
import { base64FromText, sha256Hex } from '../frame/crypto.js';
import { SimReject } from '../frame/http.js';
import { simTry } from '../frame/money-text.js';
import { simTlText } from './money.js';
import { finishPayment } from './payments.js';
import type { PayWallSimulator } from './simulator.js';
import type { PayWallSimPayment, PayWallSimThreeDSession } from './state.js';

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
  /**
   * What the shopper does on the bank page (default: `success`, unless the card is a decline card). Every outcome but
   * `success`/`approved` fails the payment; PayWall's return post tells them apart only by its bank text.
   */
  outcome?: 'success' | 'fail' | ChallengeOutcome;
}

// The bank texts of a failed 3D step, by what the shopper did: PayWall passes the bank's text on (Base64) and
// publishes none of them, so these are the simulator's.
const FAILED_AT_BANK: Record<string, string> = {
  wrong_code: '3D doğrulaması başarısız: doğrulama kodu hatalı',
  cancelled: '3D doğrulaması müşteri tarafından iptal edildi',
  timed_out: '3D doğrulaması zaman aşımına uğradı',
};

/** The §6.1 fields of a finished 3D payment, signed with the 3D hash key when one is configured. */
export async function threeDReturnFields(sim: PayWallSimulator, p: PayWallSimPayment, bankText?: string): Promise<Record<string, string>> {
  const ok = p.statusId === 3 || p.statusId === 4;
  const amount = simTlText(p.amountKurus);
  const d = p.decline;
  const fields: Record<string, string> = {
    date: sim.now().toISOString(),
    status: ok ? 'Success' : 'Unsuccessful',
    errorCode: ok ? '0' : '1',
    errorMessage: ok ? '' : base64FromText(d?.bankMessage ?? bankText ?? '3D doğrulaması başarısız'),
    paymentCode: p.uniqueCode,
    uniqueCode: p.merchantUniqueCode,
    amount,
    installment: String(p.installment),
    paymentId: String(p.paymentId),
    providerErrorCode: ok ? '' : (d?.providerCode ?? 'MD-0'),
    providerErrorMessage: ok ? '' : base64FromText(d?.providerMessage ?? bankText ?? '3D doğrulaması başarısız'),
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
  const outcome = options.outcome ?? 'success';
  session.opened = true;
  session.done = true;
  session.bankOutcome = outcome === 'success' ? 'approved' : outcome === 'fail' ? session.bankOutcome : outcome;
  p.statusId = 2;
  finishPayment(sim, p, outcome !== 'success' && outcome !== 'approved');
  const fields = await threeDReturnFields(sim, p, FAILED_AT_BANK[outcome]);
  return formPost((p.statusId === 5 ? p.failUrl : p.successUrl) as string, fields);
}

/**
 * `GET /sim/paywall/3d/{token}`: the bank's challenge page a browser sees at `RedirectUrl` (SMS code, approve,
 * cancel, time-out; three wrong codes fail). Its answer posts to `…/answer`, which finishes the payment and shows the
 * signed §6.1 post to your success or fail URL, with a visible button (and an auto-submit under `pageNonce`).
 */
export function threeDRoutes(sim: PayWallSimulator): void {
  const open = (token: string | undefined) => {
    const session = sim.threeDSessions.get(token ?? '');
    if (!session) throw new SimReject(pageReply(messagePage('3-D Secure', 'Bu doğrulama oturumu bulunamadı.'), 404));
    if (session.done) throw new SimReject(pageReply(messagePage('3-D Secure', 'Bu doğrulama oturumu tamamlandı.'), 409));
    session.opened = true;
    session.attemptsLeft ??= CHALLENGE_ATTEMPTS;
    return session;
  };
  const smsCode = () => sim.options.smsCode ?? SIM_SMS_CODE;
  const show = (token: string, session: PayWallSimThreeDSession, error?: string) => {
    const p = sim.payments.get(session.paymentId) as PayWallSimPayment;
    return pageReply(
      challengePage({
        bank: 'Simülasyon Bankası',
        merchant: 'PayWall test işyeri',
        amount: simTry(p.amountKurus),
        card: maskCard(p.card.number),
        action: `/sim/paywall/3d/${token}/answer`,
        attemptsLeft: session.attemptsLeft ?? CHALLENGE_ATTEMPTS,
        smsCode: smsCode(),
        ...(error ? { error } : {}),
      }),
    );
  };
  sim.route('GET', '/sim/paywall/3d/{token}', (r) => show(r.params.token as string, open(r.params.token)));
  sim.route('POST', '/sim/paywall/3d/{token}/answer', async (r) => {
    const token = r.params.token as string;
    const session = open(token);
    const answer = readChallengeAnswer(r.form ?? new URLSearchParams(), smsCode(), session.attemptsLeft ?? CHALLENGE_ATTEMPTS);
    session.attemptsLeft = answer.attemptsLeft;
    if (answer.outcome === 'wrong_code' && answer.attemptsLeft > 0) return show(token, session, wrongCodeMessage(answer.attemptsLeft));
    const post = await completeThreeD(sim, `${r.url.origin}/sim/paywall/3d/${token}`, { outcome: answer.outcome });
    const ok = post.fields.status === 'Success';
    const nonce = sim.options.pageNonce;
    return pageReply(
      postPage({
        action: post.url,
        fields: post.fields,
        title: ok ? 'Doğrulama tamamlandı' : 'Doğrulama tamamlanamadı',
        message: ok ? 'Ödemeniz için mağazaya dönülüyor.' : `${FAILED_AT_BANK[answer.outcome] ?? '3D doğrulaması başarısız'}. Mağazaya dönülüyor.`,
        button: 'Mağazaya dön',
        ...(nonce ? { nonce } : {}),
      }),
      200,
      nonce,
    );
  });
}
