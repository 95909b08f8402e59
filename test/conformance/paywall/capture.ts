// Runs one row through our client with an injected fetch and records exactly what went on the wire.
import type { PayWallDataCenter, PayWallEnvironment, PayWallOperation } from '@odeme/paywall';
import { createPayWallTransport } from '@odeme/paywall';

export const keys = { apiKeyPublic: 'pk-conformance', apiClientPublic: 'pc-conformance', apiKeyPrivate: 'sk-conformance', apiClientPrivate: 'sc-conformance' };

/** The PhysicalAPI base the captures use: PayWall publishes none, so every client configures one. */
export const PHYSICAL_BASE = 'https://physical.conformance.test/';

/** A request as sent. */
export interface Sent {
  /** HTTP method. */
  method: string;
  /** Full URL. */
  url: string;
  /** Header names (lower case) and values. */
  headers: Record<string, string>;
  /** The body text (`''` when none). */
  text: string;
}

/** What one call sent and how it ended. */
export interface Capture {
  /** Every request (one: nothing here is retried). */
  sent: Sent[];
  /** The call's result, when it resolved. */
  result?: unknown;
  /** The call's error, when it threw. */
  error?: unknown;
}

/** Where to send: the environment and data centre the client is built for. */
export interface Target {
  /** `test` or `production`. */
  environment: PayWallEnvironment;
  /** Production data centre. */
  dataCenter?: PayWallDataCenter;
}

/** Calls `row` with `input` and answers every request with the success envelope around `body`. */
export async function capture(row: PayWallOperation, input: unknown, body: unknown = null, target: Target = { environment: 'test' }): Promise<Capture> {
  const sent: Sent[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers), text: await request.text() });
    return new Response(JSON.stringify({ ErrorCode: 0, Result: true, Message: '', Body: body }), { headers: { 'content-type': 'application/json' } });
  };
  // PhysicalAPI has no published host (spec §1.1): the physical POS rows are sent to a configured one.
  const transport = createPayWallTransport({ ...keys, baseUrls: { physical: PHYSICAL_BASE }, ...target, fetch, logLevel: 'off', maxRetries: 0 });
  try {
    return { sent, result: await transport.call(row, input as never) };
  } catch (error) {
    return { sent, error };
  }
}
