// Our @odeme/paywall client on the Web path: the global `fetch` passed as its `fetch` option.
import { loadClient } from '../detect.mjs';
import { PAYWALL_KEYS, paywallPayment } from '../fixtures.mjs';

export async function create({ baseUrl }) {
  const { Client, fromSrc } = await loadClient('paywall', 'PayWall');
  const client = new Client({ ...PAYWALL_KEYS, baseUrl, fetch: globalThis.fetch });
  const call = () => client.payments.startDirect(paywallPayment);
  call.fromSrc = fromSrc;
  return call;
}
