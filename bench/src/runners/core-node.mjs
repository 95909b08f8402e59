// Same Transport and row, with a node:http keep-alive transport given as its `fetch` (see ../node-fetch.mjs).
import { CREDENTIALS, oderopayPayment } from '../fixtures.mjs';
import { createNodeFetch } from '../node-fetch.mjs';
import { createOderoPayTransport, createPayment } from '../oderopay-row.mjs';

export async function create({ baseUrl }) {
  const transport = createOderoPayTransport({ baseUrl, ...CREDENTIALS }, { fetch: createNodeFetch() });
  return () => transport.call(createPayment, oderopayPayment);
}
