// HASO's browser flow in the simulator: the form the SDK's `haso.browser.transaction(...)` page posts to
// `/ServletV2/Transaction` opens HASO's screen, where the shopper (known by `customerId`, or by the TCKN they type)
// picks an installment plan and confirms with the code sent by SMS. HASO then form-posts to `okUrl` (the order
// with its `transactionCode` and `customerId`) or to `failUrl`. HASO's own screens are not public (spec 5.3 [D] is
// PARTIAL): this page, its fields and its texts are the simulator's, and the flow's rules are those of
// `RequestV2/CreateTransaction` (limits, unique `merchantOid`), which it runs.
import {
  CHALLENGE_ATTEMPTS,
  escapeHtml,
  messagePage,
  pageReply,
  postPage,
  readChallengeAnswer,
  SIM_SMS_CODE,
  simPage,
  wrongCodeMessage,
} from '../frame/challenge.js';
import { SimReject } from '../frame/http.js';
import { simTry } from '../frame/money-text.js';
import type { HasoSimContext, HasoSimulator } from './simulator.js';
import { HasoSimFailure } from './state.js';
import { HASO_SIM_INSTALLMENT_COUNTS, transactionHandlers } from './transactions.js';

/** One shopper on HASO's screen: the order the merchant's form carried. */
interface BrowserOrder {
  merchantOid: string;
  orderAmount: string;
  okUrl: string;
  failUrl: string;
  customerId?: string;
  attemptsLeft: number;
}

function screen(id: string, order: BrowserOrder, smsCode: string, error?: string): string {
  const amount = simTry(Number(order.orderAmount));
  const plans = HASO_SIM_INSTALLMENT_COUNTS.map((n) => `<option value="${n}">${n === 1 ? 'Tek ödeme' : `${n} taksit`}</option>`).join('');
  const who = order.customerId
    ? ''
    : '<label for="tckn">T.C. kimlik numaranız</label><input id="tckn" name="tckn" inputmode="numeric" maxlength="11" autocomplete="off">';
  return simPage(
    'HASO · Hemen Al Sonra Öde',
    `<header><span class="bank">HASO</span><span class="scheme">Hemen Al Sonra Öde · test</span></header>
<h1>Alışverişinizi onaylayın</h1><dl class="facts"><dt>Sipariş</dt><dd>${escapeHtml(order.merchantOid)}</dd><dt>Tutar</dt><dd class="amount">${escapeHtml(amount)}</dd></dl>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/ServletV2/Transaction/${escapeHtml(id)}/answer">${who}
<label for="plan">Ödeme planı</label><select id="plan" name="plan">${plans}</select>
<label for="code">Cep telefonunuza gönderilen doğrulama kodu</label><input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="8">
<p class="hint">Test ortamı: kod <strong>${escapeHtml(smsCode)}</strong> · kalan deneme: ${order.attemptsLeft}</p>
<div class="actions"><button type="submit" name="action" value="approve" class="primary">Onayla</button><button type="submit" name="action" value="cancel">Vazgeç</button></div>
<button type="submit" name="action" value="timeout" class="link">Zaman aşımı (test)</button></form>`,
  );
}

/** Registers `POST /ServletV2/Transaction` and its answer route on the simulator. */
export function registerBrowserPages(sim: HasoSimulator, ctx: HasoSimContext, options: { smsCode?: string; pageNonce?: string }): void {
  const orders = new Map<string, BrowserOrder>();
  const smsCode = options.smsCode ?? SIM_SMS_CODE;
  const back = (order: BrowserOrder, ok: boolean, fields: Record<string, string>, message: string) =>
    pageReply(
      postPage({
        action: ok ? order.okUrl : order.failUrl,
        fields: { merchantOid: order.merchantOid, ...fields },
        title: ok ? 'Alışverişiniz onaylandı' : 'Alışveriş tamamlanamadı',
        message: `${message} Mağazaya dönülüyor.`,
        button: 'Mağazaya dön',
        ...(options.pageNonce ? { nonce: options.pageNonce } : {}),
      }),
      200,
      options.pageNonce,
    );

  sim.route('POST', '/ServletV2/Transaction', (r) => {
    const form = r.form ?? new URLSearchParams();
    const get = (name: string) => form.get(name) ?? form.get(name.toLowerCase()) ?? '';
    const token = get('token') || get('Token');
    if (!ctx.state.tokens.has(token)) throw new SimReject(pageReply(messagePage('HASO', 'Bu ödeme bağlantısı geçersiz ya da kullanılmış.'), 401));
    if (get('merchantId') !== ctx.options.merchantId) throw new SimReject(pageReply(messagePage('HASO', 'Üye işyeri tanınmadı.'), 401));
    const order: BrowserOrder = {
      merchantOid: get('merchantOid'),
      orderAmount: get('orderAmount'),
      okUrl: get('okUrl'),
      failUrl: get('failUrl'),
      attemptsLeft: CHALLENGE_ATTEMPTS,
      ...(get('customerId') ? { customerId: get('customerId') } : {}),
    };
    if (!order.merchantOid || !/^\d+$/.test(order.orderAmount) || !order.okUrl || !order.failUrl)
      throw new SimReject(pageReply(messagePage('HASO', 'Sipariş bilgileri eksik.'), 400));
    // A token opens one screen only.
    ctx.state.tokens.delete(token);
    const id = ctx.newId('W');
    orders.set(id, order);
    return pageReply(screen(id, order, smsCode));
  });

  sim.route('POST', '/ServletV2/Transaction/{id}/answer', async (r) => {
    const id = r.params.id as string;
    const order = orders.get(id);
    if (!order) throw new SimReject(pageReply(messagePage('HASO', 'Bu işlem ekranı kapandı.'), 409));
    const form = r.form ?? new URLSearchParams();
    const answer = readChallengeAnswer(form, smsCode, order.attemptsLeft);
    order.attemptsLeft = answer.attemptsLeft;
    if (answer.outcome === 'wrong_code' && answer.attemptsLeft > 0) return pageReply(screen(id, order, smsCode, wrongCodeMessage(answer.attemptsLeft)));
    orders.delete(id);
    if (answer.outcome === 'cancelled') return back(order, false, { errorMessage: 'Müşteri işlemi iptal etti' }, 'İşlemden vazgeçtiniz.');
    if (answer.outcome === 'timed_out') return back(order, false, { errorMessage: 'İşlem zaman aşımına uğradı' }, 'İşlem zaman aşımına uğradı.');
    if (answer.outcome === 'wrong_code') return back(order, false, { errorMessage: 'Doğrulama kodu hatalı' }, 'Doğrulama kodu üç kez hatalı girildi.');
    const tckn = (form.get('tckn') ?? '').trim();
    const customerId = order.customerId ?? [...ctx.state.customers.values()].find((c) => c.tckn === tckn)?.customerId;
    try {
      const made = (await transactionHandlers['/RequestV2/CreateTransaction']?.(
        { merchantOid: order.merchantOid, orderAmount: order.orderAmount, customerId: customerId ?? '', selectedInstallment: form.get('plan') ?? '1' },
        ctx,
      )) as { transactionCode?: string } | undefined;
      const code = made?.transactionCode ?? '';
      return back(order, true, { transactionCode: code, customerId: customerId ?? '' }, 'Alışverişiniz HASO ile onaylandı.');
    } catch (error) {
      if (!(error instanceof HasoSimFailure)) throw error;
      return back(order, false, { errorMessage: error.errors.join('; ') }, error.errors.join('; '));
    }
  });
}
