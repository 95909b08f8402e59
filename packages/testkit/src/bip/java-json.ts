/**
 * JSON as Turkcell's Java side writes it. Its sample merchant types `itemPrice` and `totalAmount` as `double`, and
 * a Java JSON writer prints a double with `Double.toString`: the shortest digits that read back to the same double
 * (JDK 19 and later; older JDKs sometimes print one digit more), always with a fraction (`56.0`), and in
 * scientific notation below 10^-3 and from 10^7 up (`1.25E7`). So a total summed in doubles reaches the listener
 * as `3.3000000000000003`, and a round price as `56.0`.
 */

/** A double as Java's `Double.toString` prints it. */
export function javaDouble(n: number): string {
  if (!Number.isFinite(n)) throw new Error('bip simulator: a JSON amount must be finite');
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const a = Math.abs(n);
  if (a >= 1e-3 && a < 1e7) {
    // JavaScript prints the same shortest digits, and in plain decimal form over this whole range.
    const text = String(n);
    return text.includes('.') ? text : `${text}.0`;
  }
  const [mantissa = '', exponent = '0'] = n.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}

/**
 * Serialises a payload with the fields named in `doubles` printed as Java doubles and every other value as
 * `JSON.stringify` would (integers stay integers, as Java `int` fields do).
 */
export function javaJson(value: unknown, doubles: ReadonlySet<string>, key?: string): string {
  if (typeof value === 'number') return key !== undefined && doubles.has(key) ? javaDouble(value) : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => javaJson(v, doubles)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${javaJson(v, doubles, k)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The listener fields Turkcell's sample merchant types as `double`. */
export const BIP_SIM_DOUBLE_FIELDS: ReadonlySet<string> = new Set(['itemPrice', 'totalAmount']);
