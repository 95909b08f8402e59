/** A form post as a framework hands it over: the raw body, parsed params, `FormData`, a plain object, or the `Request`. */
export type PayWallFormInput = string | URLSearchParams | FormData | Record<string, unknown> | Request;

/** A JSON callback: the raw body text (preferred: numbers are hashed as sent), the parsed object, or the `Request`. */
export type PayWallJsonInput = string | Record<string, unknown> | Request;

const text = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v));

/** Form fields as text, each exactly as posted. */
export async function readForm(input: PayWallFormInput): Promise<Record<string, string>> {
  if (typeof Request !== 'undefined' && input instanceof Request) return readForm(await input.text());
  if (typeof input === 'string') return Object.fromEntries(new URLSearchParams(input));
  if (input instanceof URLSearchParams) return Object.fromEntries(input);
  if (typeof FormData !== 'undefined' && input instanceof FormData) {
    const out: Record<string, string> = {};
    input.forEach((v, k) => {
      if (typeof v === 'string') out[k] = v;
    });
    return out;
  }
  return Object.fromEntries(Object.entries(input as Record<string, unknown>).map(([k, v]) => [k, text(v)]));
}

/**
 * A JSON callback as its object plus the raw text of each top-level scalar field: PayWall hashes values as
 * sent, and `JSON.parse` would turn `"Amount": 10.50` into `10.5`.
 */
export async function readJson(input: PayWallJsonInput): Promise<{ body: Record<string, unknown>; raw: Record<string, string> }> {
  if (typeof Request !== 'undefined' && input instanceof Request) return readJson(await input.text());
  if (typeof input === 'string') {
    const body = JSON.parse(input) as Record<string, unknown>;
    const raw: Record<string, string> = {};
    for (const [k, v] of Object.entries(body)) {
      if (typeof v === 'number') {
        const m = new RegExp(`"${k.replace(/[^\w]/g, '')}"\\s*:\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)`).exec(input);
        raw[k] = m ? (m[1] as string) : String(v);
      } else if (v === null || typeof v !== 'object') raw[k] = text(v);
    }
    return { body, raw };
  }
  const body = input as Record<string, unknown>;
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (v === null || typeof v !== 'object') raw[k] = text(v);
  return { body, raw };
}
