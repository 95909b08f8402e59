// Our @odeme/bip client: payment start (`startPayment`, HTTP Basic, generated transactionId), no option set.
import { loadClient } from '../detect.mjs';
import { BIP_KEYS, bipPayment } from '../fixtures.mjs';

export async function create({ baseUrl }) {
  const { Client, fromSrc } = await loadClient('bip', 'Bip');
  const client = new Client({ ...BIP_KEYS, baseUrl: `${baseUrl}/pgw` });
  const call = () => client.startPayment(bipPayment);
  call.fromSrc = fromSrc;
  return call;
}
