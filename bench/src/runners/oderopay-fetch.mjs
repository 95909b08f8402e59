// Our @odeme/oderopay client on the Web path: the global `fetch` passed as its `fetch` option.
import { loadClient } from '../detect.mjs';
import { CREDENTIALS, oderopayPayment } from '../fixtures.mjs';

export async function create({ baseUrl }) {
  const { Client, fromSrc } = await loadClient('oderopay', 'OderoPay');
  const client = new Client({ ...CREDENTIALS, baseUrl, fetch: globalThis.fetch });
  const call = () => client.payments.create(oderopayPayment);
  call.fromSrc = fromSrc;
  return call;
}
