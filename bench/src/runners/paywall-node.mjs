// Our @odeme/paywall client with core's node:http transport (`createNodeFetch` from `@odeme/core/node`) as its `fetch`.
import { createNodeFetch } from '@odeme/core/node';
import { loadClient } from '../detect.mjs';
import { PAYWALL_KEYS, paywallPayment } from '../fixtures.mjs';

export async function create({ baseUrl }) {
  const { Client, fromSrc } = await loadClient('paywall', 'PayWall');
  const client = new Client({ ...PAYWALL_KEYS, baseUrl, fetch: createNodeFetch() });
  const call = () => client.payments.startDirect(paywallPayment);
  call.fromSrc = fromSrc;
  return call;
}
