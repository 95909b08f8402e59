/**
 * IBAN checks (ISO 13616): the shape every country shares and the mod-97 check digits, plus the Turkish layout,
 * so that a mistyped account number is refused before a payout is sent.
 */

/** Why `checkIban` refused a text; `ok` when it is a valid IBAN. */
export type IbanCheck =
  | {
      /** The IBAN is valid. */
      ok: true;
      /** The electronic form: no spaces, upper case. */
      iban: string;
      /** The ISO 3166 country code it starts with. */
      country: string;
    }
  | {
      /** The IBAN is not valid. */
      ok: false;
      /** `format`: not 2 letters, 2 digits and 11–30 letters or digits; `checksum`: fails mod 97; `turkish_format`: not the TR layout. */
      reason: 'format' | 'checksum' | 'turkish_format';
    };

const SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
// TR + 2 check digits + 5-digit bank code + reserve digit 0 + 16-character account number: 26 in all.
const TURKISH = /^TR\d{2}\d{5}0[A-Z0-9]{16}$/;

/**
 * The electronic form of an IBAN: whitespace removed, letters in upper case (the printed form groups by four).
 *
 * @example
 * normaliseIban('tr33 0006 1005 1978 6457 8413 26'); // 'TR330006100519786457841326'
 */
export function normaliseIban(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/**
 * Checks an IBAN, printed or electronic, and says which rule it breaks. `turkish: true` also requires the TR layout
 * (26 characters: `TR`, check digits, 5-digit bank code, reserve digit 0, 16-character account number).
 *
 * @example
 * checkIban('TR33 0006 1005 1978 6457 8413 26'); // { ok: true, iban: 'TR330006100519786457841326', country: 'TR' }
 * checkIban('TR34 0006 1005 1978 6457 8413 26'); // { ok: false, reason: 'checksum' }
 */
export function checkIban(text: string, options: { turkish?: boolean } = {}): IbanCheck {
  if (typeof text !== 'string') return { ok: false, reason: 'format' };
  const iban = normaliseIban(text);
  if (!SHAPE.test(iban)) return { ok: false, reason: options.turkish && !iban.startsWith('TR') ? 'turkish_format' : 'format' };
  if (options.turkish && !TURKISH.test(iban)) return { ok: false, reason: 'turkish_format' };
  // Check digits 00, 01 and 99 are never issued, though each can satisfy mod 97 (it has a twin 97 apart).
  const check = iban.slice(2, 4);
  if (check === '00' || check === '01' || check === '99' || mod97(`${iban.slice(4)}${iban.slice(0, 4)}`) !== 1) {
    return { ok: false, reason: 'checksum' };
  }
  return { ok: true, iban, country: iban.slice(0, 2) };
}

/**
 * True when `text` is a valid IBAN of any country (ISO 13616 shape and mod-97 check digits); spaces allowed.
 *
 * @example
 * ibanValid('DE89 3704 0044 0532 0130 00'); // true
 */
export function ibanValid(text: string): boolean {
  return checkIban(text).ok;
}

/** Remainder mod 97 of the number the rearranged IBAN spells (A = 10 … Z = 35), one character at a time. */
function mod97(rearranged: string): number {
  let rest = 0;
  for (const c of rearranged) {
    const code = c.charCodeAt(0);
    // A letter stands for two digits, so the running remainder shifts by 100 instead of 10.
    rest = code >= 65 ? (rest * 100 + code - 55) % 97 : (rest * 10 + code - 48) % 97;
  }
  return rest;
}
