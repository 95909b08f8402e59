import { base64DecodeText } from '@odeme/core';

const B64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * PayWall sends provider and bank error texts as Base64 of UTF-8 (§2.2). Decodes one; a value that is not
 * valid Base64 of valid UTF-8 is returned unchanged (older answers and the simulators of other tools send plain text).
 */
export function decodePayWallText(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const v = value.trim();
  if (v.length % 4 !== 0 || !B64.test(v)) return value;
  try {
    return base64DecodeText(v);
  } catch {
    return value;
  }
}
