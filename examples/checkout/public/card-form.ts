// The card form's live checks, in the shopper's browser, with @odeme/core's own card helpers (served as a module
// next to this one): the number's Luhn check and brand, the expiry, the CVC; and the installment table for the
// card's first six digits, from the shop's server (which asks ÖderoPay).
import { checkCardExpiry, cvvValid, detectCardBrand, luhnValid, normaliseCardNumber } from '@odeme/core';

const form = document.querySelector<HTMLFormElement>('form.card-form');
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const BRANDS: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', troy: 'Troy' };

if (form) {
  const number = $<HTMLInputElement>('number');
  const numberHint = $<HTMLParagraphElement>('number-hint');
  const brand = $<HTMLSpanElement>('brand');
  const month = $<HTMLSelectElement>('month');
  const year = $<HTMLSelectElement>('year');
  const expiryHint = $<HTMLParagraphElement>('expiry-hint');
  const cvc = $<HTMLInputElement>('cvc');
  const installment = $<HTMLSelectElement>('installment');
  const installmentHint = $<HTMLParagraphElement>('installment-hint');
  const pay = $<HTMLButtonElement>('pay');
  const product = (form.querySelector('input[name="urun"]') as HTMLInputElement).value;
  let lastBin = '';

  const say = (el: HTMLElement, text: string, ok: boolean | undefined) => {
    el.textContent = text;
    el.classList.toggle('ok', ok === true);
    el.classList.toggle('bad', ok === false);
  };

  const checkNumber = () => {
    const digits = normaliseCardNumber(number.value);
    // Group as the shopper types: 4-4-4-4.
    number.value = digits.replace(/(\d{4})(?=\d)/g, '$1 ');
    const kind = detectCardBrand(digits);
    brand.textContent = BRANDS[kind] ?? '';
    if (digits.length < 12) say(numberHint, '', undefined);
    else if (luhnValid(digits)) say(numberHint, 'Kart numarası geçerli görünüyor.', true);
    else say(numberHint, 'Kart numarasını kontrol edin: son hane tutmuyor.', false);
    const bin = digits.slice(0, 6);
    if (bin.length === 6 && bin !== lastBin) {
      lastBin = bin;
      void loadInstallments(bin);
    }
    return digits.length >= 12 && luhnValid(digits);
  };

  const checkExpiry = () => {
    const result = checkCardExpiry(month.value, year.value);
    const ok = result.ok;
    say(expiryHint, ok ? '' : 'Kartınızın süresi dolmuş görünüyor.', ok ? undefined : false);
    return ok;
  };

  const checkCvc = () => cvvValid(cvc.value, detectCardBrand(normaliseCardNumber(number.value)));

  async function loadInstallments(bin: string) {
    installmentHint.textContent = 'Taksit seçenekleri yükleniyor…';
    const res = await fetch(`/api/taksit?urun=${encodeURIComponent(product)}&bin=${bin}`);
    if (!res.ok) {
      installmentHint.textContent = 'Bu kart için taksit seçeneği alınamadı; tek çekim yapılabilir.';
      return;
    }
    const { bank, choices } = (await res.json()) as { bank?: string; choices: { count: number; monthlyText: string; totalText: string }[] };
    installment.replaceChildren(
      ...choices.map((c) => {
        const o = document.createElement('option');
        o.value = String(c.count);
        o.textContent = c.count === 1 ? `Tek çekim · ${c.totalText}` : `${c.count} taksit × ${c.monthlyText} · toplam ${c.totalText}`;
        o.dataset.total = c.totalText;
        return o;
      }),
    );
    installmentHint.textContent = bank ? `${bank} kartınız için taksit seçenekleri.` : '';
    updateButton();
  }

  const updateButton = () => {
    const total = installment.selectedOptions[0]?.dataset.total;
    if (total) pay.textContent = `${total} öde`;
  };

  number.addEventListener('input', checkNumber);
  month.addEventListener('change', checkExpiry);
  year.addEventListener('change', checkExpiry);
  installment.addEventListener('change', updateButton);
  form.addEventListener('submit', (event) => {
    const ok = [checkNumber(), checkExpiry(), checkCvc()].every(Boolean);
    if (!ok) {
      event.preventDefault();
      if (!checkCvc()) cvc.focus();
      say(numberHint, numberHint.textContent || 'Kart bilgilerini kontrol edin.', false);
    }
  });
}
