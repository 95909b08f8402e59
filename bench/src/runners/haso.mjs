// Our @odeme/haso client: a purchase in installments (`transactions.create`, 5.5 CreateTransaction, HMAC token in
// the body), no option set.
import { loadClient } from '../detect.mjs';
import { HASO_KEYS, hasoPurchase } from '../fixtures.mjs';

export async function create({ baseUrl }) {
  const { Client, fromSrc } = await loadClient('haso', 'Haso');
  const client = new Client({ ...HASO_KEYS, baseUrl });
  const call = () => client.transactions.create(hasoPurchase);
  call.fromSrc = fromSrc;
  return call;
}
