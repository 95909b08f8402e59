/**
 * BiP charges a GSM number written as `90` + 10 digits (`905321234567`). Turkish mobile numbers start with 5,
 * so the local forms `05321234567` and `5321234567` (and `+90…`, with spaces, dashes, dots or parentheses)
 * are unambiguous and are rewritten; any other shape is refused rather than guessed.
 */
const SEPARATORS = /[\s\-.()]/g;
const FORMS: readonly RegExp[] = [/^\+?90(5\d{9})$/, /^0(5\d{9})$/, /^(5\d{9})$/];

/** The `90XXXXXXXXXX` form of a Turkish mobile number, or `undefined` when the text is not one. */
export function normaliseMsisdn(input: string): string | undefined {
  const compact = input.replace(SEPARATORS, '');
  for (const form of FORMS) {
    const m = form.exec(compact);
    if (m) return `90${m[1]}`;
  }
  return undefined;
}
