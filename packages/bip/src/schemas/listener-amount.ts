import { type Kurus, toKurus } from '@odeme/core';

/**
 * How far a listener amount may sit from a whole kuruş and still be read as that kuruş, in units in the last place
 * (ULPs) of the value itself.
 *
 * Why ULPs of the value: Turkcell's sample merchant types `itemPrice` and `totalAmount` as Java `double`, so the
 * gateway's amounts are doubles, and a total computed as `Σ price × count` carries the rounding of every product and
 * sum: 3 × 1.10 prints as `3.3000000000000003`. Each such rounding is at most half a ULP of an intermediate no larger
 * than the total, so the error grows with the value and the number of lines, never with anything else: the
 * tolerance must scale with the value, which a fixed epsilon does not. Random carts summed as Java sums doubles
 * (two-decimal prices up to 10 000 TL, counts up to 100) ended at most 4 ULPs from their exact kuruş total with up
 * to 10 lines (two million carts) and 8 with up to 50 (half a million); 16 leaves twice that. A genuine sub-kuruş
 * amount (`56.005`, `3.3000001`) is billions of ULPs away and is still refused.
 */
export const FLOAT_NOISE_ULPS = 16;

// Half a kuruş in TL: a tolerance this wide could no longer single out one kuruş.
const HALF_KURUS_TL = 0.005;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** The gap between |x| and the next larger double (one ULP of x), for finite x. */
export function ulp(x: number): number {
  const a = Math.abs(x);
  if (a === 0) return Number.MIN_VALUE;
  bits[0] = a;
  // Adding one to the 64-bit pattern of a positive double gives the next double up; the low word is the
  // little-endian one on every platform JavaScript runs on, and a carry moves into the high word.
  const low = words[0] as number;
  if (low === 0xffffffff) {
    words[0] = 0;
    words[1] = (words[1] as number) + 1;
  } else words[0] = low + 1;
  return (bits[0] as number) - a;
}

/**
 * A TL amount of the listener payload in exact kuruş. Text must be a decimal with at most two fraction digits. A
 * number with at most two decimals is read as written; any other number is read to the nearest kuruş `k` only when
 * its distance to the double nearest `k / 100` is at most `FLOAT_NOISE_ULPS` ULPs of the number (binary-float
 * noise), and the tolerance is below half a kuruş (so below about 10^12 TL). Anything else throws.
 */
export function listenerAmountKurus(value: number | string): Kurus {
  if (typeof value === 'string' || !Number.isFinite(value)) return toKurus(value);
  try {
    return toKurus(value);
  } catch (exact) {
    const k = Math.round(value * 100);
    const tolerance = FLOAT_NOISE_ULPS * ulp(value);
    // k / 100 is the double nearest the decimal k/100, the value an exact sum would have printed.
    if (!Number.isSafeInteger(k) || tolerance >= HALF_KURUS_TL || Math.abs(value - k / 100) > tolerance) throw exact;
    return (k === 0 ? 0 : k) as Kurus;
  }
}
