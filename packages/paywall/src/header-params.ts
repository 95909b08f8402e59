import { ValidationError, type ValidationIssue } from '@odeme/core';

// A header carries visible ASCII unchanged. `Headers` throws (an untyped TypeError) on control characters and on
// anything past U+00FF (ş, ğ, ı, emoji); Latin-1 letters go out as single bytes the server does not read as
// UTF-8; surrounding spaces are trimmed away. Each would look up another value than the one given.
const SAFE_VALUE = /^(?:[\x21-\x7E](?:[\x20-\x7E]*[\x21-\x7E])?)?$/;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** One input value that travels as a request header. */
export interface HeaderParam {
  /** Dotted input path, for the error. */
  path: string;
  /** Header name. */
  name: string;
  /** Header value as it would be sent. */
  value: string;
}

/**
 * Refuses, naming the input field, a parameter that cannot travel as a header unchanged (PayWall takes GET
 * parameters and the `tempcard` token as headers, §2.1): a `ValidationError` before anything is sent.
 */
export function assertHeaderParams(operation: string, params: readonly HeaderParam[]): void {
  const issues: ValidationIssue[] = [];
  for (const p of params) {
    if (!TOKEN.test(p.name)) issues.push({ path: p.path, message: 'not a valid header name (letters, digits and - only)', code: 'header_name' });
    else if (!SAFE_VALUE.test(p.value))
      issues.push({
        path: p.path,
        message: 'sent as a header, so it must be visible ASCII without surrounding spaces (no Turkish letters, emoji or control characters)',
        code: 'header_value',
      });
  }
  if (issues.length) throw new ValidationError(issues, { provider: 'paywall', operation });
}

/** True for a configured value (a key, the locale) `Headers` sends: visible ASCII once the surrounding whitespace it trims is gone. */
export function isHeaderText(value: string): boolean {
  return /^[\x20-\x7E]*$/.test(value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, ''));
}

/** True for a valid header name. */
export const isHeaderName = (name: string): boolean => TOKEN.test(name);
