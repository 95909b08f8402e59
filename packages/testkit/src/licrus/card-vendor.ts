/**
 * How the simulated tenant binds `Card.CardVendor`, as a .NET JSON binder reads an enum: a member name in any
 * case, or any whole number (numbers need not be members); a missing field is the enum's default, 0. Any other
 * name, `null`, or a value of another type, cannot be bound and the request is refused before the payment runs.
 */
export type LicrusSimVendorBinding = { ok: true; vendor: string } | { ok: false; message: string };

/** The tenant's `PaymentCardVendor` members by default: only the documented `Unknow` (0). */
export const LICRUS_SIM_CARD_VENDORS: Readonly<Record<string, number>> = { Unknow: 0 };

/** Binds a sent `CardVendor` to a member name (or the number as text when it names no member). */
export function bindCardVendor(value: unknown, members: Readonly<Record<string, number>>): LicrusSimVendorBinding {
  const byNumber = (n: number) => Object.entries(members).find(([, v]) => v === n)?.[0] ?? String(n);
  if (value === undefined) return { ok: true, vendor: byNumber(0) };
  if (typeof value === 'number' && Number.isInteger(value)) return { ok: true, vendor: byNumber(value) };
  if (typeof value === 'string') {
    if (/^-?\d+$/.test(value.trim())) return { ok: true, vendor: byNumber(Number(value)) };
    const name = Object.keys(members).find((m) => m.toLowerCase() === value.trim().toLowerCase());
    if (name) return { ok: true, vendor: name };
  }
  return { ok: false, message: `Error converting value ${JSON.stringify(value)} to type 'PaymentCardVendor'. Path 'Card.CardVendor'.` };
}
