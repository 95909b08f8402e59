import { describe, expect, it } from 'vitest';
import { z as classic } from 'zod';
import * as z from 'zod/mini';
import { issueMessage, parseOrThrow, ValidationError } from '../src/index';

const messagesOf = (schema: Parameters<typeof parseOrThrow>[0], input: unknown): string[] => {
  try {
    parseOrThrow(schema, input);
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => `${i.path}: ${i.message}`);
    throw e;
  }
  return [];
};

describe('issueMessage: our wording for zod/mini, which ships no locale', () => {
  const card = '5528790000000008';
  const schema = z.strictObject({
    name: z.string().check(z.minLength(2), z.maxLength(5)),
    count: z.number().check(z.minimum(1), z.maximum(3)),
    kind: z.enum(['A', 'B']),
    tag: z.optional(z.string().check(z.regex(/^[a-z]+$/))),
    items: z.array(z.string()).check(z.minLength(1)),
    either: z.optional(z.union([z.number(), z.boolean()])),
  });

  it('names the expectation for every issue code the schemas use', () => {
    expect(messagesOf(schema, {})).toEqual(['name: required (string)', 'count: required (number)', 'kind: must be one of "A", "B"', 'items: required (array)']);
    expect(messagesOf(schema, { name: 'x', count: 9, kind: 'C', tag: 'X1', items: [], either: 'no', extra: 1 })).toEqual([
      'name: must have at least 2 characters',
      'count: must be at most 3',
      'kind: must be one of "A", "B"',
      'tag: does not have the expected format',
      'items: must have at least 1 items',
      'either: matches none of the accepted forms',
      ': unknown field: extra',
    ]);
    expect(messagesOf(schema, { name: 7, count: Number.NaN, kind: null, items: 'x' })).toEqual([
      'name: expected string, got number',
      'count: expected number, got NaN',
      'kind: must be one of "A", "B"',
      'items: expected array, got string',
    ]);
  });

  it('never quotes the input, which may be a card number', () => {
    const all = [
      ...messagesOf(schema, { name: card, count: card, kind: card, tag: card, items: card, either: card }),
      ...messagesOf(z.literal('x'), card),
      ...messagesOf(z.number().check(z.multipleOf(7)), 5528790000000008),
    ];
    expect(all.length).toBeGreaterThan(5);
    for (const m of all) expect(m).not.toContain(card);
  });

  it('leaves messages set by a schema alone, and applies to classic zod schemas too', () => {
    expect(messagesOf(z.string().check(z.refine((v) => v === 'ok', 'must be ok')), 'no')).toEqual([': must be ok']);
    expect(messagesOf(classic.object({ a: classic.string().max(1) }), { a: 'long' })).toEqual(['a: must have at most 1 characters']);
    expect(messagesOf(z.object({ n: z.int() }), { n: 1.5 })).toEqual(['n: must be a whole number']);
    expect(messagesOf(z.object({ n: z.int() }), { n: '1' })).toEqual(['n: expected number, got string']);
    expect(issueMessage({ code: 'too_big', origin: 'number', maximum: 5, inclusive: false, input: 9, path: [] })).toBe('must be less than 5');
    expect(issueMessage({ code: 'too_small', origin: 'string', minimum: 4, exact: true, inclusive: true, input: '', path: [] })).toBe(
      'must be exactly 4 characters',
    );
  });
});
