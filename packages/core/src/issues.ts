import type * as zc from 'zod/v4/core';

/**
 * Messages for zod's issues, written here so that no zod locale is bundled (`zod/mini` ships none).
 * A message never quotes the input: it may be a card number or a secret.
 * Schema-level messages (`{ error: '...' }`, refinements) take precedence over these.
 */
export function issueMessage(issue: zc.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input)) return 'must be a whole number';
      return issue.input === undefined ? `required (${issue.expected})` : `expected ${issue.expected}, got ${typeName(issue.input)}`;
    case 'too_small':
      return bound(issue.origin, issue.minimum, issue.inclusive, 'at least', 'more than', issue.exact);
    case 'too_big':
      return bound(issue.origin, issue.maximum, issue.inclusive, 'at most', 'less than', issue.exact);
    case 'invalid_format':
      return issue.format === 'regex' ? 'does not have the expected format' : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return issue.keys.length === 1 ? `unknown field: ${issue.keys.join(', ')}` : `unknown fields: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the accepted forms';
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? show(issue.values[0]) : `one of ${issue.values.slice(0, 12).map(show).join(', ')}${issue.values.length > 12 ? ', …' : ''}`}`;
    case 'invalid_key':
      return 'has an invalid key';
    case 'invalid_element':
      return 'has an invalid element';
    default:
      return 'invalid value';
  }
}

function bound(origin: string, limit: unknown, inclusive: boolean | undefined, incl: string, excl: string, exact?: boolean): string {
  const n = String(limit);
  const unit = origin === 'string' ? ' characters' : origin === 'array' || origin === 'set' ? ' items' : '';
  if (exact) return `must be exactly ${n}${unit}`;
  return unit ? `must have ${inclusive === false ? excl : incl} ${n}${unit}` : `must be ${inclusive === false ? excl : incl} ${n}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
