/**
 * Default `transactionId`: 16 random decimal digits from Web Crypto. The documentation only asks for a value
 * unique per request; every published example is a string of digits (16 of them in the channel 10 example),
 * so a digit string is the shape least likely to be refused. Override with the `generateTransactionId` option.
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
