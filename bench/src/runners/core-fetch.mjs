// The Web path on Node: the same Transport and row with the global `fetch` passed as the client's `fetch` option
// (what Workers, Deno, Bun and browsers use by default, and what a Node user gets by injecting a fetch).
import { CREDENTIALS, oderopayPayment } from '../fixtures.mjs';
import { createOderoPayTransport, createPayment } from '../oderopay-row.mjs';

export async function create({ baseUrl }) {
  const transport = createOderoPayTransport({ baseUrl, ...CREDENTIALS }, { fetch: globalThis.fetch });
  return () => transport.call(createPayment, oderopayPayment);
}
