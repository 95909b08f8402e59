import { base64DecodeText } from '@odeme/core';

const B64 = /^[A-Za-z0-9+/]+={0,2}$/;
// Decoded text a person could have written: a short plain code ("AAAA", "0000") is also valid Base64, but of
// control bytes, so it is kept as sent.
// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the characters that mark a false decode
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/**
 * PayWall sends provider and bank error texts (and, per the official .NET SDK, their codes) as Base64 of UTF-8
 * (§2.2). Decodes one; a value that is not valid Base64 of readable UTF-8 text is returned unchanged (older
 * answers and the simulators of other tools send plain text).
 */
export function decodePayWallText(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const v = value.trim();
  if (v.length % 4 !== 0 || !B64.test(v)) return value;
  try {
    const text = base64DecodeText(v);
    return text === '' || NOT_TEXT.test(text) ? value : text;
  } catch {
    return value;
  }
}
