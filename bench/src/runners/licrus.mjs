// Our @odeme/licrus client: card payment of an approved order (`payments.pay`), no option set; the first call logs in,
// the AuthTicket is then reused (the bench server never expires it).
import { loadClient } from '../detect.mjs';
import { LICRUS_USER, licrusPayment } from '../fixtures.mjs';

export async function create({ baseUrl }) {
  const { Client, fromSrc } = await loadClient('licrus', 'Licrus');
  const client = new Client({ ...LICRUS_USER, baseUrl });
  const call = () => client.payments.pay(licrusPayment);
  call.fromSrc = fromSrc;
  return call;
}
