// The proposed core with the node:http transport as its `fetch` (the Node option the issue asks for).
import { existsSync } from 'node:fs';
import { NotAvailable } from '../detect.mjs';
import { CREDENTIALS, oderopayPayment } from '../fixtures.mjs';
import { createNodeFetch } from '@odeme/core/node';

export async function create({ baseUrl }) {
  const bundle = new URL('../../.cache/core-next.mjs', import.meta.url);
  if (!existsSync(bundle)) throw new NotAvailable('proposal does not apply to core any more');
  const { createOderoPayTransport, createPayment } = await import(bundle.href);
  const transport = createOderoPayTransport({ baseUrl, ...CREDENTIALS }, { fetch: createNodeFetch() });
  return () => transport.call(createPayment, oderopayPayment);
}
