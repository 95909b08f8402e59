// Our @odeme/oderopay client: card payment (`payments.create`), no option set (on Node: core's default Node
// transport). "n/a" until the package is built and exports `OderoPay` (or, with --from-src, from its src).
import { loadClient } from '../detect.mjs';
import { CREDENTIALS, oderopayPayment } from '../fixtures.mjs';

export async function create({ baseUrl }) {
  const { Client, fromSrc } = await loadClient('oderopay', 'OderoPay');
  const client = new Client({ ...CREDENTIALS, baseUrl });
  const call = () => client.payments.create(oderopayPayment);
  call.fromSrc = fromSrc;
  return call;
}
