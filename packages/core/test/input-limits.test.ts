import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT_LIMITS } from '../src/index';
import { checkInput } from '../src/input-limits';

const limits = { maxDepth: 4, maxStringLength: 8, maxItems: 3 };

describe('checkInput', () => {
  it('names the first value past a limit by its dotted path', () => {
    expect(checkInput({ a: [{ b: 'x'.repeat(9) }] }, limits)).toMatchObject({ path: 'a.0.b', code: 'too_big' });
    expect(checkInput({ a: [1, 2, 3, 4] }, limits)).toMatchObject({ path: 'a', code: 'too_big' });
    expect(checkInput({ a: { b: { c: { d: { e: 1 } } } } }, limits)).toMatchObject({ path: 'a.b.c.d', code: 'too_deep' });
    expect(checkInput({ n: 1n }, limits)).toMatchObject({ path: 'n', code: 'unserialisable' });
  });

  it('tells a cycle from a value shared by two branches', () => {
    const shared = { x: 1 };
    expect(checkInput({ a: shared, b: shared }, limits)).toBeUndefined();
    const loop: Record<string, unknown> = {};
    loop.self = { back: loop };
    expect(checkInput({ loop }, { ...limits, maxDepth: 10 })).toMatchObject({ path: 'loop.self.back', code: 'unserialisable' });
  });

  it('walks 100 000 levels without recursion and refuses them at the default depth', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkInput(deep, DEFAULT_INPUT_LIMITS)).toMatchObject({ code: 'too_deep' });
    expect(checkInput(deep, { ...DEFAULT_INPUT_LIMITS, maxDepth: 200_000 })).toBeUndefined();
  });
});
