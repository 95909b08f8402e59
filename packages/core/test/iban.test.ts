import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkIban, iban, ibanValid, normaliseIban, parseOrThrow, ValidationError } from '../src/index';

const RUN = { seed: 13_616, numRuns: 3000 };

// Oracle: the whole rearranged IBAN as one BigInt, where the library works one character at a time.
const asNumber = (s: string) => BigInt(Array.from(s, (c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join(''));
function ibanOracle(text: string): boolean {
  const s = text.replace(/ /g, '').toUpperCase();
  if (s.length < 15 || s.length > 34 || !/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(s)) return false;
  if (['00', '01', '99'].includes(s.slice(2, 4))) return false;
  return asNumber(s.slice(4) + s.slice(0, 4)) % 97n === 1n;
}
const checkDigits = (country: string, bban: string) => String(98n - (asNumber(`${bban}${country}00`) % 97n)).padStart(2, '0');
const build = (country: string, bban: string) => `${country}${checkDigits(country, bban)}${bban}`;

// Examples printed in the national IBAN formats of the SWIFT IBAN registry (ISO 13616).
const REGISTRY_EXAMPLES = [
  'AD1200012030200359100100',
  'AL47212110090000000235698741',
  'AT611904300234573201',
  'BE68539007547034',
  'CH9300762011623852957',
  'CY17002001280000001200527600',
  'CZ6508000000192000145399',
  'DE89370400440532013000',
  'DK5000400440116243',
  'EE382200221020145685',
  'ES9121000418450200051332',
  'FI2112345600000785',
  'FR1420041010050500013M02606',
  'GB29NWBK60161331926819',
  'GR1601101250000000012300695',
  'HR1210010051863000160',
  'HU42117730161111101800000000',
  'IE29AIBK93115212345678',
  'IT60X0542811101000000123456',
  'LI21088100002324013AA',
  'LT121000011101001000',
  'LU280019400644750000',
  'LV80BANK0000435195001',
  'MT84MALT011000012345MTLCAST001S',
  'NL91ABNA0417164300',
  'NO9386011117947',
  'PL61109010140000071219812874',
  'PT50000201231234567890154',
  'RO49AAAA1B31007593840000',
  'SE4550000000058398257466',
  'SI56263300012039086',
  'SK3112000000198742637541',
  'TR330006100519786457841326',
];

describe('IBAN', () => {
  it('accepts the registry examples, printed or electronic', () => {
    for (const e of REGISTRY_EXAMPLES) {
      expect(ibanValid(e), e).toBe(true);
      expect(ibanOracle(e), e).toBe(true);
      expect(ibanValid(e.replace(/(.{4})/g, '$1 ').toLowerCase()), e).toBe(true);
    }
    expect(checkIban('TR33 0006 1005 1978 6457 8413 26', { turkish: true })).toEqual({ ok: true, iban: 'TR330006100519786457841326', country: 'TR' });
    expect(normaliseIban(' tr33 0006 1005 ')).toBe('TR3300061005');
  });

  it('refuses broken ones, saying which rule', () => {
    expect(checkIban('TR330006100519786457841327')).toEqual({ ok: false, reason: 'checksum' }); // last digit
    expect(checkIban('TR340006100519786457841326')).toEqual({ ok: false, reason: 'checksum' }); // check digits
    expect(checkIban('TR330006100519786457814326')).toEqual({ ok: false, reason: 'checksum' }); // two digits swapped
    expect(checkIban('TR00 not an iban')).toEqual({ ok: false, reason: 'format' });
    expect(checkIban('DE89370400440532013000', { turkish: true })).toEqual({ ok: false, reason: 'turkish_format' });
    expect(checkIban('TR33000610051978645784132', { turkish: true })).toEqual({ ok: false, reason: 'turkish_format' }); // 25 characters
    // Valid mod 97, but the reserve digit after the bank code is 1: not a Turkish IBAN.
    const reserveOne = build('TR', '000611519786457841326'.padEnd(22, '0'));
    expect(ibanValid(reserveOne)).toBe(true);
    expect(checkIban(reserveOne, { turkish: true })).toEqual({ ok: false, reason: 'turkish_format' });
    // 02 and 99 are twins under mod 97; 99 is never issued, so it is refused though its remainder is 1.
    let n = 0;
    while (checkDigits('TR', `000610${String(n).padStart(16, '0')}`) !== '02') n++;
    const body = `000610${String(n).padStart(16, '0')}`;
    expect(ibanValid(`TR02${body}`)).toBe(true);
    expect(asNumber(`${body}TR99`) % 97n).toBe(1n);
    expect(checkIban(`TR99${body}`)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('agrees with the BigInt oracle on generated IBANs and on every single-character change', () => {
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const alnum = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const bban = fc.array(alnum, { minLength: 11, maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(letter, letter, bban, fc.nat(), alnum, (a, b, body, at, replacement) => {
        const good = build(`${a}${b}`, body);
        const issued = !['00', '01', '99'].includes(good.slice(2, 4));
        expect(ibanValid(good)).toBe(issued);
        expect(ibanOracle(good)).toBe(issued);
        const i = 4 + (at % body.length);
        const changed = `${good.slice(0, i)}${replacement}${good.slice(i + 1)}`;
        expect(ibanValid(changed)).toBe(ibanOracle(changed));
      }),
      RUN,
    );
  });

  it('agrees with the oracle on arbitrary check digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/), (s) => {
        expect(ibanValid(s)).toBe(ibanOracle(s));
      }),
      RUN,
    );
  });

  it('accepts every Turkish IBAN built to the TR layout', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{5}$/), fc.stringMatching(/^[0-9A-Z]{16}$/), (bank, account) => {
        const tr = build('TR', `${bank}0${account}`);
        expect(tr).toHaveLength(26);
        expect(checkIban(tr, { turkish: true }).ok).toBe(true);
        expect(ibanOracle(tr)).toBe(true);
      }),
      RUN,
    );
  });

  it('schema states the rule and never quotes the value', () => {
    const s = z.object({ iban: iban({ turkish: true }) });
    expect(parseOrThrow(s, { iban: 'TR33 0006 1005 1978 6457 8413 26' })).toEqual({ iban: 'TR330006100519786457841326' });
    const message = (value: string) => {
      try {
        parseOrThrow(s, { iban: value });
      } catch (e) {
        if (e instanceof ValidationError) return e.message;
      }
      throw new Error('expected a ValidationError');
    };
    expect(message('TR330006100519786457841327')).toBe(
      'Invalid request: iban: IBAN check digits do not match (ISO 13616 mod 97): a character is probably mistyped',
    );
    expect(message('TR00 not an iban')).toBe('Invalid request: iban: IBAN must be a 2-letter country code, 2 check digits and 11–30 letters or digits');
    expect(message('DE89370400440532013000')).toMatch(/^Invalid request: iban: IBAN must be a Turkish IBAN: TR, 2 check digits/);
    expect(message('DE89370400440532013000')).not.toContain('DE89');
    expect(parseOrThrow(iban(), 'de89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
  });
});
