import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import {
  AbortError,
  type AllAgree,
  type Answer,
  bindOperations,
  type CallOptions,
  defineOperation,
  type MethodsAgree,
  paginate,
  responseOf,
  type Same,
  Transport,
} from '../src/index';

const create = defineOperation({
  id: 'things.create',
  method: 'POST',
  path: '/things',
  request: z.object({ name: z.string(), size: z.optional(z.union([z.literal(1), z.literal(2)])) }),
  response: z.looseObject({ id: z.string(), lines: z.optional(z.array(z.looseObject({ amount: z.number() }))) }),
  movesMoney: false,
});
const get = defineOperation({
  id: 'things.get',
  method: 'GET',
  path: '/things/{id}',
  request: z.object({ id: z.string() }),
  response: z.looseObject({ id: z.string() }),
  movesMoney: false,
});
const rows = { create, get };

interface Thing extends Answer<z.output<typeof create.response>> {}
interface ThingsMethods {
  create(input: z.input<typeof create.request>, options?: CallOptions): Promise<Thing>;
  get(input: z.input<typeof get.request>, options?: CallOptions): Promise<Answer<z.output<typeof get.response>>>;
}

describe('answers, response facts and the binder', () => {
  it('a documented methods interface agrees with its rows, and a drifted one says where', () => {
    expectTypeOf<AllAgree<MethodsAgree<ThingsMethods, typeof rows>>>().toEqualTypeOf<true>();
    interface Drifted {
      create(input: { name: number }, options?: CallOptions): Promise<Thing>;
      extra(input: { a: string }): Promise<void>;
    }
    type Report = AllAgree<MethodsAgree<Drifted, typeof rows>>;
    expectTypeOf<Report>().toEqualTypeOf<{
      create: "the input type of create is not the row's input";
      get: 'the row get has no method';
      extra: 'the method extra has no row';
    }>();
    // A pass-through request whose fields are all optional: an interface that drops them (an `Omit` over an index
    // signature keeps only the signature) is still assignable both ways, so the
    // check compares the named fields too.
    const open = defineOperation({
      id: 'things.open',
      method: 'POST',
      path: '/things/open',
      request: z.looseObject({ name: z.optional(z.string()), note: z.optional(z.string()) }),
      response: z.looseObject({ id: z.string() }),
      movesMoney: false,
    });
    interface OpenParams extends z.input<typeof open.request> {}
    type Dropped = Omit<OpenParams, 'note'>;
    type Thin = { open(input: Dropped, options?: CallOptions): Promise<Answer<z.output<typeof open.response>>> };
    type Full = { open(input: OpenParams, options?: CallOptions): Promise<Answer<z.output<typeof open.response>>> };
    expectTypeOf<Same<Dropped, z.input<typeof open.request>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<Thin, { open: typeof open }>>>().toEqualTypeOf<{ open: "the input type of open is not the row's input" }>();
    expectTypeOf<AllAgree<MethodsAgree<Full, { open: typeof open }>>>().toEqualTypeOf<true>();
  });

  it('answers are closed to the compiler, open at run time, and carry the response facts', async () => {
    const fetch = async () =>
      new Response(JSON.stringify({ id: 't-1', lines: [{ amount: 5, later: true }], addedLater: 'x' }), { headers: { 'x-request-id': 'rq-1' } });
    const t = new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { fetch });
    const things = bindOperations<typeof rows, ThingsMethods>(t, rows);
    const thing = await things.create({ name: 'a' });
    // @ts-expect-error: a field the answer does not document fails to compile
    void thing.addedLater;
    // @ts-expect-error: closed in nested objects too
    void thing.lines?.[0]?.later;
    expect((thing as Record<string, unknown>).addedLater).toBe('x');
    const info = responseOf(thing);
    expect(info?.status).toBe(200);
    expect(info?.requestId).toBe('rq-1');
    expect((info?.data as { addedLater?: string } | undefined)?.addedLater).toBe('x');
    expect(Object.keys(thing)).toEqual(['id', 'lines', 'addedLater']);
    expect(JSON.stringify(thing)).not.toContain('rq-1');
    expect(responseOf(undefined)).toBeUndefined();
  });

  it('keeps branded primitives (known values | number & {}) as they are', () => {
    type Status = 1 | 2 | (number & {});
    expectTypeOf<Answer<{ status: Status; tag: 'a' | (string & {}) }>>().toEqualTypeOf<{ status: Status; tag: 'a' | (string & {}) }>();
  });

  it('binds every row and only the rows, frozen', () => {
    const t = new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { fetch: async () => new Response('{}') });
    const bound = bindOperations(t, rows);
    expect(Object.keys(bound)).toEqual(['create', 'get']);
    expect(Object.isFrozen(bound)).toBe(true);
  });
});

describe('paginate', () => {
  const pages = [[1, 2], [3], [4, 5]];
  const fetchPage = async (n: number | undefined) => ({ items: pages[n ?? 0] ?? [], next: (n ?? 0) + 1 < pages.length ? (n ?? 0) + 1 : undefined });

  it('yields every item across pages and stops at the last', async () => {
    const seen: number[] = [];
    for await (const x of paginate(fetchPage)) seen.push(x);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops at maxPages, at a repeating cursor, and on abort between pages', async () => {
    const loop = async () => ({ items: [0], next: 'same' });
    let n = 0;
    for await (const _ of paginate(loop)) n++;
    expect(n).toBe(2);
    const out: number[] = [];
    for await (const x of paginate(fetchPage, { maxPages: 2 })) out.push(x);
    expect(out).toEqual([1, 2, 3]);
    const stop = new AbortController();
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const x of paginate(fetchPage, { signal: stop.signal })) {
          got.push(x);
          stop.abort();
        }
      })(),
    ).rejects.toBeInstanceOf(AbortError);
    expect(got).toEqual([1, 2]);
  });
});
