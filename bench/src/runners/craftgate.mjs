// @craftgate/craftgate (axios): the same card payment, base URL pointed at the loopback server.
import Craftgate from '@craftgate/craftgate';
import { CREDENTIALS, oderopayPayment } from '../fixtures.mjs';

export async function create({ baseUrl }) {
  const client = new Craftgate.Client({ ...CREDENTIALS, baseUrl });
  return () => client.payment().createPayment(oderopayPayment);
}
