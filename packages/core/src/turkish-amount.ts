import { ValidationError } from './errors.js';
import { type Kurus, toKurus } from './money.js';

/**
 * Reads amounts as people in Türkiye write them (`1.234,56`, `12,50 TL`, `₺1 234`): a dot or a space groups
 * thousands, a comma marks the decimals. Text whose reading depends on the convention is refused, never guessed.
 */

const SPACE = '[ \\u00A0\\u202F]';
const PLAIN = /^\d+$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const SPACE_GROUPED = new RegExp(`^\\d{1,3}(?:${SPACE}\\d{3})+$`);
const CURRENCY_BEFORE = /^(?:₺|TL)\s*/i;
const CURRENCY_AFTER = /\s*(?:₺|TL)$/i;
const FORM = 'a Turkish amount is written like 1.234,56, 12,50 or 1234, optionally with ₺ or TL and a leading minus';

function refuse(message: string, path = ''): never {
  throw new ValidationError([{ path, message, code: 'invalid_amount' }]);
}

/**
 * Turkish-formatted text → exact kuruş. Accepts `1.234,56`, `12,50`, `12,5`, `1234`, `1 234,56`, with `₺` or `TL`
 * before or after and a leading minus. Refuses, with a `ValidationError` (`invalid_amount`, at `path`) that states
 * the rule, English-style text (`1,234.56`, `12.50`), a comma or a lone dot followed by three digits (`12,345`,
 * `1.234`: thousands or decimals?), more than two decimals and mixed grouping. For `12.50`-style text use `toKurus`.
 *
 * @example
 * parseTurkishAmount('₺1.234,56'); // 123456
 * parseTurkishAmount('12,5 TL'); // 1250
 * parseTurkishAmount('1,234.56'); // throws: English-style
 */
export function parseTurkishAmount(text: string, path?: string): Kurus {
  if (typeof text !== 'string') refuse('a Turkish amount must be text', path);
  let s = text.trim();
  let negative = false;
  let currency = false;
  const takeMinus = () => {
    if (!negative && /^[-−]/.test(s)) {
      negative = true;
      s = s.slice(1).trimStart();
    }
  };
  takeMinus();
  if (CURRENCY_BEFORE.test(s)) {
    currency = true;
    s = s.replace(CURRENCY_BEFORE, '');
  }
  takeMinus(); // ₺-12,50 as well as -₺12,50
  if (CURRENCY_AFTER.test(s)) {
    if (currency) refuse('a Turkish amount takes one currency sign, before or after the number', path);
    s = s.replace(CURRENCY_AFTER, '');
  }
  if (s === '') refuse(`the amount is empty; ${FORM}`, path);
  if (!/^[\d., \u00A0\u202F]+$/.test(s)) refuse(FORM, path);

  const comma = s.lastIndexOf(',');
  if (comma >= 0 && (s.lastIndexOf('.') > comma || s.indexOf(',') !== comma)) {
    refuse('the amount is in English style (comma for thousands, dot for decimals); a Turkish amount is written like 1.234,56', path);
  }
  const whole = comma >= 0 ? s.slice(0, comma) : s;
  const fraction = comma >= 0 ? s.slice(comma + 1) : '';
  if (comma >= 0 && !/^\d{1,2}$/.test(fraction)) {
    if (/^\d{3}$/.test(fraction) && /^\d{1,3}$/.test(whole)) {
      refuse('a comma followed by three digits is ambiguous (decimals or thousands); a Turkish amount has at most two decimals', path);
    }
    if (/^\d{3,}$/.test(fraction)) refuse('the amount has more than two decimals', path);
    refuse(FORM, path);
  }

  let digits: string;
  if (whole === '') refuse(FORM, path);
  else if (PLAIN.test(whole)) digits = whole;
  else if (DOT_GROUPED.test(whole)) {
    // A lone `1.234` reads as 1234 in Turkish and 1.234 in English: a thousandfold difference, so it is refused.
    if (comma < 0 && whole.split('.').length === 2) {
      refuse('a dot followed by three digits and no decimal comma is ambiguous (thousands or decimals); write it like 1.234,00 or 1234', path);
    }
    digits = whole.replace(/\./g, '');
  } else if (SPACE_GROUPED.test(whole)) digits = whole.replace(/\D/g, '');
  else if (whole.includes('.') && /[ \u00A0\u202F]/.test(whole)) refuse('the amount mixes dots and spaces as thousands separators', path);
  else if (comma < 0 && /^\d+\.\d{1,2}$/.test(whole)) {
    refuse('a Turkish amount uses a comma for decimals and a dot only between thousands; read dot-decimal text with toKurus', path);
  } else refuse(`the thousands groups are malformed; ${FORM}`, path);

  return toKurus(`${negative ? '-' : ''}${digits}.${fraction || '0'}`, path);
}
