import { decodePayWallText } from './base64-text.js';

// The fields PayWall sends as Base64 (§2.2; the official .NET SDK decodes all four of `Body.Error`), and the 3D
// return's names for them. Compared without case: PayWall reads and writes names case-insensitively.
const BASE64_FIELDS = new Set([
  'providererrorcode',
  'providererrormessage',
  'bankerrorcode',
  'bankerrormessage',
  'errormessage',
  'providerbankerrorcode',
  'providerbankerrormessage',
]);
const MAX_DEPTH = 8;

/**
 * A copy of an answer body with PayWall's Base64 text fields decoded, for the errors built from it: a card number
 * a bank echoes inside a Base64 message is then plain text that core's redaction masks in `body`, `details` and the
 * message, instead of staying hidden in Base64 until someone decodes it. Other values are kept as sent.
 */
export function decodeBase64Fields(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => decodeBase64Fields(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = typeof v === 'string' && BASE64_FIELDS.has(k.toLowerCase()) ? (decodePayWallText(v) ?? v) : decodeBase64Fields(v, depth + 1);
  }
  return out;
}
