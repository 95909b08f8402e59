// The shop as one Web handler (`(Request) => Promise<Response>`): products, the card form, the installment table,
// ÖderoPay's 3-D Secure, the result and the order page with its refund. server.ts runs it on Node.
import { isOdemeError, PaymentDeclinedError, ValidationError } from '@odeme/core';
import { decodeThreeDSHtml, installmentChoices, type OderoPay, readThreeDSCallback } from '@odeme/oderopay';
import { asset } from './assets';
import { PRODUCTS, productBySlug } from './catalogue';
import { Orders } from './orders';
import { bankRedirectPage, checkoutPage, messagePage, orderPage, ordersPage, productsPage } from './pages';

export interface ShopOptions {
  /** A client built with `locale: tr` (its refusals are shown to the shopper as they are). */
  odero: OderoPay;
  /** Where the shopper's browser reaches the shop: the bank page posts back to `${publicUrl}/3ds/donus`. */
  publicUrl: string;
}

/** The shop's policy: nothing inline; forms may go to the bank's 3-D Secure pages (another origin, over HTTPS). */
function policy(bankOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    `form-action 'self' https: ${bankOrigin}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function createShop(options: ShopOptions) {
  const { odero } = options;
  const orders = new Orders();
  const csp = policy(new URL(odero.baseUrl).origin);
  const html = (body: string, status = 200) =>
    new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, 'cache-control': 'no-store' } });
  const message = (title: string, text: string, status?: number) => {
    const page = messagePage(title, text, status);
    return html(page.html, page.status);
  };
  const redirect = (to: string) => new Response(null, { status: 303, headers: { location: to } });

  /** The installment table for a BIN and an amount, one line per count (the card family's first). */
  async function installmentTable(bin: string, price: string) {
    const answer = await odero.installments.search({ binNumber: bin, price, currency: 'TRY' });
    const seen = new Set<number>();
    const choices = installmentChoices(answer).filter((c) => !seen.has(c.count) && seen.add(c.count));
    return { bank: answer.items[0]?.bankName ?? undefined, choices };
  }

  async function pay(form: URLSearchParams): Promise<Response> {
    const product = productBySlug(form.get('urun'));
    if (!product) return message('Ürün bulunamadı', 'Sepetinizdeki ürün artık satışta değil.', 404);
    const number = (form.get('number') ?? '').replace(/\D/g, '');
    const installment = Number(form.get('installment') ?? '1');
    // The amount with the installment charge comes from ÖderoPay again, never from the browser.
    let paidPrice = product.price;
    if (installment > 1) {
      const table = await installmentTable(number.slice(0, 6), product.price);
      const chosen = table.choices.find((c) => c.count === installment);
      if (!chosen) return html(checkoutPage(product, 'Bu kart için seçilen taksit sayısı yok.'), 422);
      paidPrice = chosen.total;
    }
    const order = orders.create(product.slug, product.price, installment);
    try {
      const started = await odero.threeDS.init({
        price: product.price,
        paidPrice,
        currency: 'TRY',
        installment: installment as 1,
        paymentGroup: 'PRODUCT',
        conversationId: order.id,
        callbackUrl: `${options.publicUrl}/3ds/donus`,
        card: {
          cardHolderName: form.get('holder') ?? '',
          cardNumber: number,
          expireMonth: form.get('month') ?? '',
          expireYear: form.get('year') ?? '',
          cvc: form.get('cvc') ?? '',
        },
        items: [{ name: product.name, price: product.price }],
      });
      order.toCharge = paidPrice;
      return html(bankRedirectPage(decodeThreeDSHtml(started)));
    } catch (error) {
      order.status = 'declined';
      if (error instanceof ValidationError) return html(checkoutPage(product, error.message), 422);
      if (error instanceof PaymentDeclinedError) {
        order.decline = { reason: error.reason, message: error.shopperMessage('tr') };
        return redirect(`/siparis/${order.id}`);
      }
      throw error;
    }
  }

  async function bankReturned(request: Request): Promise<Response> {
    const callback = await readThreeDSCallback(request);
    const order = orders.get(callback.conversationId);
    if (!order || !callback.paymentId) return message('Sipariş bulunamadı', 'Bankadan dönen bilgi bir siparişimizle eşleşmedi.', 400);
    order.paymentId = Number(callback.paymentId);
    // Nothing the bank page posts is signed: completing the payment with ÖderoPay is the evidence.
    try {
      const payment = await odero.threeDS.complete({ paymentId: callback.paymentId });
      order.status = 'paid';
      order.paidPrice = String(payment.paidPrice);
    } catch (error) {
      if (!(error instanceof PaymentDeclinedError)) throw error;
      order.status = 'declined';
      order.decline = { reason: error.reason, message: error.shopperMessage('tr') };
    }
    return redirect(`/siparis/${order.id}`);
  }

  async function refund(id: string): Promise<Response> {
    const order = orders.get(id);
    if (order?.status !== 'paid' || order.paymentId === undefined) return message('İade yapılamadı', 'Bu sipariş iade edilebilir durumda değil.', 409);
    const done = await odero.refunds.create({ paymentId: order.paymentId });
    order.status = 'refunded';
    order.refunded = String(done.refundPrice);
    return redirect(`/siparis/${order.id}?iade=1`);
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const route = `${request.method} ${url.pathname}`;
    try {
      if (url.pathname.startsWith('/assets/')) return asset(url.pathname) ?? new Response('not found', { status: 404 });
      if (route === 'GET /') return html(productsPage(PRODUCTS));
      if (route === 'GET /favicon.ico') return new Response(null, { status: 204 });
      if (route === 'GET /odeme') {
        const product = productBySlug(url.searchParams.get('urun'));
        return product ? html(checkoutPage(product)) : message('Ürün bulunamadı', 'Böyle bir ürün yok.', 404);
      }
      if (route === 'GET /api/taksit') {
        const product = productBySlug(url.searchParams.get('urun'));
        const bin = url.searchParams.get('bin') ?? '';
        if (!product || !/^\d{6}$/.test(bin)) return Response.json({ error: 'urun ve 6 haneli bin gerekli' }, { status: 400 });
        return Response.json(await installmentTable(bin, product.price));
      }
      if (route === 'POST /odeme') return await pay(new URLSearchParams(await request.text()));
      if (route === 'POST /3ds/donus') return await bankReturned(request);
      if (route === 'GET /siparisler') return html(ordersPage(orders.all()));
      const orderId = /^\/siparis\/([\w-]+)$/.exec(url.pathname)?.[1];
      if (request.method === 'GET' && orderId) {
        const order = orders.get(orderId);
        if (!order) return message('Sipariş bulunamadı', 'Böyle bir sipariş yok.', 404);
        return html(
          orderPage(
            order,
            productBySlug(order.productSlug),
            url.searchParams.has('iade') ? 'İade talebiniz alındı; tutar kartınıza geri yüklenecek.' : undefined,
          ),
        );
      }
      const refundId = /^\/siparis\/([\w-]+)\/iade$/.exec(url.pathname)?.[1];
      if (request.method === 'POST' && refundId) return await refund(refundId);
      return message('Sayfa bulunamadı', 'Aradığınız sayfa yok.', 404);
    } catch (error) {
      // An outcome we cannot tell (a timeout, a lost answer): say so, never "failed". The order keeps its reference.
      const text =
        isOdemeError(error) && error.outcome === 'unknown'
          ? 'Ödemenizin sonucu henüz belli değil; siparişlerim sayfasından kontrol edin.'
          : 'Bir sorun oluştu.';
      return message('Bir sorun oluştu', text, 502);
    }
  }

  return { handle, orders };
}

/** The shop: its Web handler and its orders. */
export type Shop = ReturnType<typeof createShop>;
