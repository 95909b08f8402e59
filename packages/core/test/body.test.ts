import { describe, expect, it } from 'vitest';
import { readStreamBytes } from '../src/index';

/** A stream of `chunks` that records how many it handed out and whether it was cancelled. */
function source(chunks: Uint8Array[]) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[seen.pulled++];
      if (next) controller.enqueue(next);
      else controller.close();
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

describe('readStreamBytes', () => {
  it('joins the chunks in order, up to and including the bound', async () => {
    const chunks = [bytes(3, 1), bytes(0, 0), bytes(5, 2), bytes(2, 3)];
    const { stream } = source(chunks);
    const out = await readStreamBytes(stream, 10);
    expect(Buffer.from(out as Uint8Array).equals(Buffer.concat(chunks))).toBe(true);
  });

  it('stops past the bound: undefined, the stream cancelled, nothing more read', async () => {
    const { stream, seen } = source([bytes(6, 1), bytes(6, 2), bytes(6, 3), bytes(6, 4)]);
    expect(await readStreamBytes(stream, 10)).toBeUndefined();
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThanOrEqual(3);
  });

  it('reads an empty stream as no bytes', async () => {
    const { stream } = source([]);
    expect(await readStreamBytes(stream, 0)).toEqual(new Uint8Array());
  });
});
