// The shop's pages, in Turkish. No inline script or style anywhere: the pages are served under a strict
// Content-Security-Policy (see shop.ts), with their scripts and styles from /assets.
import { formatTRY, toKurus } from '@odeme/core';
import type { Product } from './catalogue';
import type { Order } from './orders';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** `1249.90` → `₺1.249,90`, from core's money helpers (exact kuruş, Turkish grouping). */
export const tl = (amount: string) => formatTRY(toKurus(amount));

function layout(title: string, body: string, scripts: string[] = []): string {
  const tags = scripts.map((s) => `<script type="module" src="${esc(s)}"></script>`).join('');
  return `<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · Demlik &amp; Co.</title><link rel="stylesheet" href="/assets/shop.css">${tags}</head>
<body><header class="top"><a class="brand" href="/">Demlik <span>&amp; Co.</span></a><nav><a href="/siparisler">Siparişlerim</a></nav></header>
<main>${body}</main><footer>Test mağazası: ödemeler ÖderoPay simülatörüne gider, gerçek para çekilmez.</footer></body></html>`;
}

export function productsPage(products: readonly Product[]): string {
  const cards = products
    .map(
      (p) => `<article class="product"><div class="art art-${esc(p.slug)}" aria-hidden="true"></div>
<h2>${esc(p.name)}</h2><p class="tagline">${esc(p.tagline)}</p><p>${esc(p.description)}</p>
<p class="price">${tl(p.price)}</p><a class="button primary" href="/odeme?urun=${esc(p.slug)}">Satın al</a></article>`,
    )
    .join('');
  return layout('Ürünler', `<h1>Çay keyfi için</h1><div class="grid">${cards}</div>`);
}

/** The card form; `card-form.js` adds live checks (core's card helpers, in the browser) and the installment table. */
export function checkoutPage(product: Product, error?: string): string {
  const years = Array.from({ length: 12 }, (_, i) => String(new Date().getFullYear() + i));
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  const option = (v: string) => `<option value="${v}">${v}</option>`;
  return layout(
    'Ödeme',
    `<div class="checkout"><section class="summary"><h1>Ödeme</h1><div class="line"><span>${esc(product.name)}</span><strong>${tl(product.price)}</strong></div>
<p class="muted">Kart bilgileriniz yalnızca ödeme için ÖderoPay'e iletilir; mağaza saklamaz.</p></section>
<form class="card-form" method="post" action="/odeme" data-price="${esc(product.price)}" novalidate>
${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}
<input type="hidden" name="urun" value="${esc(product.slug)}">
<label for="holder">Kart üzerindeki isim</label><input id="holder" name="holder" autocomplete="cc-name" required>
<label for="number">Kart numarası <span id="brand" class="brand-badge"></span></label>
<input id="number" name="number" inputmode="numeric" autocomplete="cc-number" placeholder="0000 0000 0000 0000" required>
<p id="number-hint" class="hint" aria-live="polite"></p>
<div class="row"><div><label for="month">Ay</label><select id="month" name="month">${months.map(option).join('')}</select></div>
<div><label for="year">Yıl</label><select id="year" name="year">${years.map(option).join('')}</select></div>
<div><label for="cvc">CVC</label><input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" maxlength="4" required></div></div>
<p id="expiry-hint" class="hint" aria-live="polite"></p>
<label for="installment">Taksit</label><select id="installment" name="installment"><option value="1">Tek çekim · ${tl(product.price)}</option></select>
<p id="installment-hint" class="hint">Kart numaranızın ilk 6 hanesini girince taksit seçenekleri gelir.</p>
<button class="button primary wide" type="submit" id="pay">${tl(product.price)} öde</button>
<p class="muted small">Test kartı: 5528 7900 0000 0008 · son kullanma ileri bir tarih · CVC 000</p></form></div>`,
    ['/assets/card-form.js'],
  );
}

/** The provider's 3-D Secure HTML inside our page; `auto-submit.js` (same origin, so allowed) sends it on. */
export function bankRedirectPage(htmlContent: string): string {
  return layout(
    'Banka doğrulaması',
    `<section class="panel"><h1>Bankanıza yönlendiriliyorsunuz</h1><div class="provider-html">${htmlContent}</div></section>`,
    ['/assets/auto-submit.js'],
  );
}

const STATUS: Record<Order['status'], string> = {
  awaiting_bank: 'Banka doğrulaması bekleniyor',
  paid: 'Ödendi',
  declined: 'Ödeme alınamadı',
  refunded: 'İade edildi',
};

export function orderPage(order: Order, product: Product | undefined, flash?: string): string {
  const refundable = order.status === 'paid';
  const rows = [
    ['Sipariş no', order.id],
    ['Ürün', product?.name ?? order.productSlug],
    ['Tutar', tl(order.amount)],
    ['Taksit', order.installment === 1 ? 'Tek çekim' : `${order.installment} taksit`],
    ...(order.paidPrice ? [['Kartınızdan çekilen', tl(order.paidPrice)]] : []),
    ...(order.refunded ? [['İade edilen', tl(order.refunded)]] : []),
    ...(order.paymentId !== undefined ? [['ÖderoPay ödeme no', String(order.paymentId)]] : []),
  ]
    .map(([k, v]) => `<dt>${esc(k as string)}</dt><dd>${esc(v as string)}</dd>`)
    .join('');
  const decline = order.decline ? `<p class="error" role="alert">${esc(order.decline.message)}</p>` : '';
  const refund = refundable
    ? `<form method="post" action="/siparis/${esc(order.id)}/iade"><button class="button" type="submit">Siparişi iade et</button></form>`
    : '';
  const retry = order.status === 'declined' ? `<a class="button primary" href="/odeme?urun=${esc(order.productSlug)}">Başka bir kartla dene</a>` : '';
  return layout(
    `Sipariş ${order.id}`,
    `<section class="panel order status-${order.status}">${flash ? `<p class="flash" role="status">${esc(flash)}</p>` : ''}
<h1 id="order-status">${esc(STATUS[order.status])}</h1>${decline}<dl class="facts">${rows}</dl><div class="actions">${refund}${retry}<a class="button" href="/">Alışverişe dön</a></div></section>`,
  );
}

export function ordersPage(orders: readonly Order[]): string {
  const rows = orders
    .map((o) => `<tr><td><a href="/siparis/${esc(o.id)}">${esc(o.id)}</a></td><td>${tl(o.amount)}</td><td>${esc(STATUS[o.status])}</td></tr>`)
    .join('');
  return layout(
    'Siparişlerim',
    `<section class="panel"><h1>Siparişlerim</h1>${orders.length ? `<table><thead><tr><th>Sipariş</th><th>Tutar</th><th>Durum</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>Henüz sipariş yok.</p>'}</section>`,
  );
}

export function messagePage(title: string, message: string, status = 400): { html: string; status: number } {
  return {
    html: layout(title, `<section class="panel"><h1>${esc(title)}</h1><p>${esc(message)}</p><a class="button" href="/">Ana sayfa</a></section>`),
    status,
  };
}
