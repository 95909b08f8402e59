// Same Transport and row, with core's node:http transport (`createNodeFetch` from `@odeme/core/node`) as its `fetch`.
import { createNodeFetch } from '@odeme/core/node';
import { CREDENTIALS, oderopayPayment } from '../fixtures.mjs';
import { createOderoPayTransport, createPayment } from '../oderopay-row.mjs';

export async function create({ baseUrl }) {
  const transport = createOderoPayTransport({ baseUrl, ...CREDENTIALS }, { fetch: createNodeFetch() });
  return () => transport.call(createPayment, oderopayPayment);
}
