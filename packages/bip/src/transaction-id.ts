/**
 * Default `transactionId`, the reference of `payments.start`: 16 random decimal digits from Web Crypto. The
 * documentation asks only for a String unique per request (spec §4); every published example is a digit string
 * (16 digits in the channel 10 example, §5) and Turkcell's sample merchant sends a number as text, so digits are
 * the shape least likely to be refused. Override with the `generateTransactionId` option.
 */
export function generateTransactionId(): string {
  const out: string[] = [];
  const buf = new Uint8Array(32);
  while (out.length < 16) {
    globalThis.crypto.getRandomValues(buf);
    for (const b of buf) {
      // Rejection sampling keeps every digit equally likely (250 = 25 × 10).
      if (b >= 250) continue;
      const digit = b % 10;
      if (out.length === 0 && digit === 0) continue; // no leading zero: the id survives being read as a number
      out.push(String(digit));
      if (out.length === 16) break;
    }
  }
  return out.join('');
}
