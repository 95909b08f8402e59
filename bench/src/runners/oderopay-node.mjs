// Our @odeme/oderopay client with core's node:http transport (`createNodeFetch` from `@odeme/core/node`) as its
// `fetch`: what a Node service gets by passing one option.
import { createNodeFetch } from '@odeme/core/node';
import { loadClient } from '../detect.mjs';
import { CREDENTIALS, oderopayPayment } from '../fixtures.mjs';

export async function create({ baseUrl }) {
  const { Client, fromSrc } = await loadClient('oderopay', 'OderoPay');
  const client = new Client({ ...CREDENTIALS, baseUrl, fetch: createNodeFetch() });
  const call = () => client.payments.create(oderopayPayment);
  call.fromSrc = fromSrc;
  return call;
}
