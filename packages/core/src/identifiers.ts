/**
 * Turkish identifiers: the national id and the tax number, checked by their published checksums, and mobile numbers,
 * normalised. The schema helpers in `identifier-schemas.ts` turn a refusal into a message that states the rule.
 */

const digitsOf = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0) - 48);

/**
 * True when `value` is a valid T.C. kimlik numarası (TCKN): 11 digits, the first not 0, the 10th and 11th digits the
 * checksums of the first nine and first ten.
 *
 * @example
 * tcknValid('10000000146'); // true
 * tcknValid('10000000147'); // false: the last check digit is wrong
 */
export function tcknValid(value: string): boolean {
  if (typeof value !== 'string' || !/^[1-9]\d{10}$/.test(value)) return false;
  const d = digitsOf(value);
  let odd = 0;
  let even = 0;
  for (let i = 0; i < 9; i++) {
    if (i % 2 === 0) odd += d[i] as number;
    else even += d[i] as number;
  }
  // (odd·7 − even) can be negative: bring it back into 0–9 before comparing.
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (odd + even + tenth) % 10;
  return d[9] === tenth && d[10] === eleventh;
}

/**
 * True when `value` is a valid vergi kimlik numarası (VKN, the 10-digit tax number of a company or sole trader):
 * 10 digits whose last is the Revenue Administration's (GİB) check digit of the first nine.
 *
 * @example
 * vknValid('4540536920'); // true
 * vknValid('4540536921'); // false: the check digit is wrong
 */
export function vknValid(value: string): boolean {
  if (typeof value !== 'string' || !/^\d{10}$/.test(value)) return false;
  const d = digitsOf(value);
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const shifted = ((d[i] as number) + 9 - i) % 10;
    // Weights are powers of two taken mod 9; a shifted digit of 9 would become 0 there and counts as 9 instead.
    sum += shifted === 9 ? 9 : (shifted * 2 ** (9 - i)) % 9;
  }
  return d[9] === (10 - (sum % 10)) % 10;
}

// Separators people type in phone numbers; anything else (letters, slashes) makes the text not a number.
const PHONE_SEPARATORS = /[\s\-.()]/g;
// International (`+90`, `0090`, `90`) or national (`0`) prefix, or none, then a 10-digit number starting with 5.
const TURKISH_MOBILE = /^(?:\+90|0090|90|0)?(5\d{9})$/;

/**
 * A Turkish mobile number in the `905XXXXXXXXX` form (country code, no `+`), or `undefined` when the text is not one.
 * Reads `0532 123 45 67`, `532-123-4567`, `+90 (532) 123 45 67` and `0090 532 123 45 67`; a Turkish mobile number is
 * 10 digits starting with 5, so every such form has one meaning and anything else is refused rather than guessed.
 *
 * @example
 * normaliseTurkishMobile('0532 123 45 67'); // '905321234567'
 * normaliseTurkishMobile('212 123 45 67'); // undefined: a landline
 */
export function normaliseTurkishMobile(text: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  const m = TURKISH_MOBILE.exec(text.replace(PHONE_SEPARATORS, ''));
  return m ? `90${m[1]}` : undefined;
}
