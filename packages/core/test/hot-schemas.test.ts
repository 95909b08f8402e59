import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { COMPILE_AFTER, hot, parseRow, watchRowParses } from '../src/hot-schemas';
import { defineOperation, Transport } from '../src/index';
import { compileSchema } from '../src/schema-compiler.codegen';

// zod's compiler came with 4.6: with the lowest zod of the peer range (`pnpm test:zod-range`) rows keep zod's parser.
const canCompile = compileSchema !== undefined;

afterEach(() => {
  watchRowParses();
  z.config({ jitless: false });
});

const card = () => z.strictObject({ number: z.string().check(z.regex(/^\d{12,19}$/)), amount: z.number().check(z.positive()) });

describe('hot: a row schema compiled once it has been parsed COMPILE_AFTER times', () => {
  it.skipIf(!canCompile)('parses with the schema itself up to the threshold, then with its compiled twin, kept', () => {
    const schema = card();
    for (let i = 0; i < COMPILE_AFTER; i++) expect(hot(schema)).toBe(schema);
    const twin = hot(schema);
    expect(twin).not.toBe(schema);
    expect(hot(schema)).toBe(twin);
    const input = { number: '5528790000000008', amount: 12.5 };
    expect(z.safeParse(twin, input)).toEqual(z.safeParse(schema, input));
    // What the compiled parser cannot decide goes to zod's own: the same issues, paths and messages.
    const bad = { number: '55', amount: -1, extra: true };
    expect(z.safeParse(twin, bad).error?.issues).toEqual(z.safeParse(schema, bad).error?.issues);
  });

  it.skipIf(!canCompile)('a compiled parser that throws sends the row back to zod’s own parser for good', () => {
    // The refinement throws on its first call only: the compiled parser meets the throw, zod's own parser then passes.
    let calls = 0;
    const schema = z.strictObject({
      id: z.string().check(
        z.refine(() => {
          calls++;
          if (calls === 1) throw new Error('first call');
          return true;
        }),
      ),
    });
    watchRowParses({ after: 0 });
    expect(parseRow(schema, { id: 'pay-1' })).toEqual({ success: true, data: { id: 'pay-1' } });
    expect(hot(schema)).toBe(schema);
    expect(calls).toBe(2);
  });

  it('never compiles when zod is told not to generate code (z.config({ jitless: true }))', () => {
    z.config({ jitless: true });
    const schema = card();
    for (let i = 0; i < COMPILE_AFTER * 2; i++) expect(hot(schema)).toBe(schema);
  });

  it('without zod’s compiler every parse uses the schema itself', () => {
    const schema = card();
    for (let i = 0; i < COMPILE_AFTER + 5; i++) hot(schema);
    expect(hot(schema) === schema).toBe(!canCompile);
  });

  it.skipIf(!canCompile)('a transport row answers the same before and after its schemas are compiled', async () => {
    const op = defineOperation({
      id: 'cards.charge',
      method: 'POST',
      path: '/charge',
      movesMoney: false,
      request: card(),
      response: z.looseObject({ id: z.string(), paid: z.number(), when: z.optional(z.string()) }),
    });
    const seen: boolean[] = [];
    watchRowParses({ after: 3, watch: (row, used) => seen.push(row !== used) });
    const fetch = async (_url: string | URL | Request, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body));
      return Response.json({ id: `ch-${body.number.slice(-4)}`, paid: body.amount, extra: 'kept' });
    };
    const transport = new Transport({ provider: 'test', baseUrl: () => 'https://pay.test' }, { fetch, logLevel: 'off' });
    const answers: unknown[] = [];
    for (let i = 0; i < 6; i++) answers.push(await transport.call(op, { number: '5528790000000008', amount: 10 + i }));
    // Request and answer parses alternate; each schema is compiled at its fourth parse.
    expect(seen).toEqual([false, false, false, false, false, false, true, true, true, true, true, true]);
    answers.forEach((a, i) => {
      expect({ ...(a as object) }).toEqual({ id: 'ch-0008', paid: 10 + i, extra: 'kept' });
    });
    await expect(transport.call(op, { number: '55', amount: 1 })).rejects.toMatchObject({ name: 'ValidationError', fields: ['number'] });
  });
});
