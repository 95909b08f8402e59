/** Card brands we can tell from the number alone. */
export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'troy' | 'unknown';

/** Digits only: spaces and dashes removed. Anything else is kept so that validation can refuse it. */
export function normaliseCardNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** Luhn (mod 10) check over a digit string of 12–19 digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * Brand from the leading digits. Troy (Türkiye's domestic scheme) is claimed only for its own 9792
 * prefix: its cards in the 65 range share it with Discover and cannot be told apart by number.
 */
export function detectCardBrand(cardNumber: string): CardBrand {
  const n = normaliseCardNumber(cardNumber);
  if (/^4/.test(n)) return 'visa';
  if (/^3[47]/.test(n)) return 'amex';
  if (/^9792/.test(n)) return 'troy';
  const two = Number(n.slice(0, 2));
  const four = Number(n.slice(0, 4));
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard';
  return 'unknown';
}

/** The BIN (issuer prefix): 6 digits by default, 8 where the provider asks for it. */
export function cardBin(cardNumber: string, length: 6 | 8 = 6): string {
  return normaliseCardNumber(cardNumber).slice(0, length);
}

/** The last four digits, as receipts and stored-card lists show them. */
export function cardLastFour(cardNumber: string): string {
  return normaliseCardNumber(cardNumber).slice(-4);
}

/** `5528790000000008` → `552879******0008`; short inputs are fully masked. */
export function maskCardNumber(cardNumber: string): string {
  const n = normaliseCardNumber(cardNumber);
  if (n.length < 12) return '*'.repeat(n.length);
  return `${n.slice(0, 6)}${'*'.repeat(n.length - 10)}${n.slice(-4)}`;
}

/** Result of `checkCardExpiry`. */
export interface ExpiryCheck {
  /** True when the card can still be charged this month. */
  ok: boolean;
  /** Why not: the month is not 1–12, the year is not a two- or four-digit year, or the card has expired. */
  reason?: 'month' | 'year' | 'expired';
}

/**
 * Month 1–12 and a two- or four-digit year, not in the past. A card is valid through the last day
 * of its expiry month.
 */
export function checkCardExpiry(month: number | string, year: number | string, now: Date = new Date()): ExpiryCheck {
  const m = Number(month);
  let y = Number(year);
  if (!Number.isInteger(m) || m < 1 || m > 12) return { ok: false, reason: 'month' };
  if (!Number.isInteger(y) || y < 0) return { ok: false, reason: 'year' };
  if (y < 100) y += 2000;
  if (y < 2000 || y > 2100) return { ok: false, reason: 'year' };
  const nowY = now.getUTCFullYear();
  const nowM = now.getUTCMonth() + 1;
  if (y < nowY || (y === nowY && m < nowM)) return { ok: false, reason: 'expired' };
  return { ok: true };
}

/** CVV/CVC shape: 3 digits, or 4 for American Express. */
export function cvvValid(cvv: string, brand: CardBrand = 'unknown'): boolean {
  if (brand === 'amex') return /^\d{4}$/.test(cvv);
  if (brand === 'unknown') return /^\d{3,4}$/.test(cvv);
  return /^\d{3}$/.test(cvv);
}
