/**
 * The simulators' own Luhn check, written apart from the SDK's so that a bug in one is caught by the other.
 * `digits` must be all digits, `min`–`max` long (12–19 unless a provider documents otherwise).
 */
export function simLuhn(digits: string, length: { min: number; max: number } = { min: 12, max: 19 }): boolean {
  if (!/^\d+$/.test(digits) || digits.length < length.min || digits.length > length.max) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
