// The simulator's own money parsing (it must not share the client's code): JSON numbers or decimal strings
// in TL, at most two decimals, to integer kuruş.

/** TL → kuruş; `undefined` when not a decimal with at most two fraction digits. */
export function simKurus(value: unknown): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return undefined;
  const k = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -k : k;
}

/** Kuruş → a JSON number in TL. */
export const simTl = (kurus: number): number => kurus / 100;

/** Kuruş → `"12.34"`. */
export function simTlText(kurus: number): string {
  const abs = Math.abs(kurus);
  return `${kurus < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** `Math.round(amount × bp / 10000)` in integers. */
export function simPercentOf(kurus: number, bp: number): number {
  return Math.round((kurus * bp) / 10_000);
}
