/**
 * Reads a request's or response's body as UTF-8 text, up to `maxBytes`. Returns `undefined` when it is larger, told
 * by `content-length` or counted while it streams; the rest is then cancelled, never buffered. With `signal`, each
 * read also ends when it aborts (rejecting with its reason), for bodies whose source ignores the abort.
 *
 * @example
 * const text = await readBodyText(request, 64 * 1024);
 * if (text === undefined) return new Response('too large', { status: 413 });
 */
export async function readBodyText(message: Request | Response, maxBytes: number, signal?: AbortSignal): Promise<string | undefined> {
  if (Number(message.headers.get('content-length')) > maxBytes) {
    await message.body?.cancel().catch(() => {});
    return undefined;
  }
  if (!message.body) return '';
  const reader = message.body.getReader();
  const stopped = signal ? whenAborted(signal) : undefined;
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await (stopped ? Promise.race([reader.read(), stopped]) : reader.read());
    } catch (e) {
      await reader.cancel().catch(() => {});
      throw e;
    }
    if (chunk.done) return text + decoder.decode();
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
}

/**
 * Reads a stream's bytes, up to `maxBytes`. Returns `undefined` when it is larger, counted while it streams; the rest
 * is then cancelled, never buffered (a decompression bomb read through a `DecompressionStream` stops at the bound).
 *
 * @example
 * const bytes = await readStreamBytes(request.body, 1024 * 1024);
 * if (bytes === undefined) return new Response('too large', { status: 413 });
 */
export async function readStreamBytes(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concatBytes(chunks, size);
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
}

/** The chunks joined into one array of `size` bytes (their total). */
export function concatBytes(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Rejects with the signal's reason when it aborts; never resolves. Its rejection is handled where it is raced. */
export function whenAborted(signal: AbortSignal): Promise<never> {
  const stopped = new Promise<never>((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  stopped.catch(() => {});
  return stopped;
}
