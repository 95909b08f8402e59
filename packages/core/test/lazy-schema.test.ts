import * as z from 'zod/mini';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { lazySchema, parseOrThrow, ValidationError } from '../src/index';

describe('lazySchema', () => {
  it('builds on first use only, once, and parses as the schema it stands for', () => {
    let builds = 0;
    const card = lazySchema(() => {
      builds++;
      return z.strictObject({ number: z.string().check(z.minLength(12)) });
    });
    const payment = lazySchema(() => z.strictObject({ amount: z.number(), card }));
    expect(builds).toBe(0);
    expect(parseOrThrow(payment, { amount: 1, card: { number: '552879000000' } })).toEqual({ amount: 1, card: { number: '552879000000' } });
    expect(builds).toBe(1);
    expect(() => parseOrThrow(payment, { amount: 1, card: { number: '5' } })).toThrow(ValidationError);
    expect(() => parseOrThrow(payment, { amount: 1, card: { number: '552879000000', cvv: '1' } })).toThrow(ValidationError);
    expect(builds).toBe(1);
  });

  it('keeps the type and what zod reads of a schema (its kind, optionality, instanceof)', () => {
    const inner = lazySchema(() => z.optional(z.string()));
    const outer = lazySchema(() => z.strictObject({ note: inner }));
    expectTypeOf<z.output<typeof outer>>().toEqualTypeOf<{ note?: string | undefined }>();
    // An optional lazy field stays optional in the object that holds it.
    expect(z.safeParse(outer, {}).success).toBe(true);
    expect(outer instanceof z.ZodMiniObject).toBe(true);
    expect(outer._zod.def.type).toBe('object');
  });
});
