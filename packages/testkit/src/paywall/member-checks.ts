// The simulator's own checks of the identifiers a member carries (it must not share the client's code): TCKN, VKN,
// IBAN (ISO 13616 mod 97), e-mail and phone, as PayWall refuses them with codes 213–216 and 222.

/** A TCKN: 11 digits, not starting with 0, with both check digits right. */
export function simTckn(v: string): boolean {
  if (!/^[1-9]\d{10}$/.test(v)) return false;
  const d = [...v].map(Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return d[9] === tenth && d[10] === eleventh;
}

/** A VKN: 10 digits whose last is the check digit of the first nine (the Revenue Administration's algorithm). */
export function simVkn(v: string): boolean {
  if (!/^\d{10}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const t = (Number(v[i]) + 9 - i) % 10;
    let p = (t * 2 ** (9 - i)) % 9;
    if (t !== 0 && p === 0) p = 9;
    sum += p;
  }
  return (10 - (sum % 10)) % 10 === Number(v[9]);
}

/** An IBAN in electronic form: country, check digits, 11–30 letters or digits, and mod 97 equal to 1. */
export function simIban(v: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(v)) return false;
  if (v.startsWith('TR') && v.length !== 26) return false;
  const moved = `${v.slice(4)}${v.slice(0, 4)}`;
  let rest = 0;
  for (const ch of moved) {
    const n = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of n) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/** An e-mail address: something, `@`, a domain with a dot. */
export const simEmail = (v: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);

/** A phone: a Turkish mobile (`5XXXXXXXXX`, optionally after 0, 90, +90) or `+` and 7–15 digits. */
export const simPhone = (v: string): boolean => /^(?:\+?90|0)?5\d{9}$/.test(v) || /^\+\d{7,15}$/.test(v);
