// Our core Transport with an ÖderoPay-style operation row (validation, signing, parsing), no option set: on Node
// that sends with core's default Node transport (node:http keep-alive).
import { CREDENTIALS, oderopayPayment } from '../fixtures.mjs';
import { createOderoPayTransport, createPayment } from '../oderopay-row.mjs';

export async function create({ baseUrl }) {
  const transport = createOderoPayTransport({ baseUrl, ...CREDENTIALS });
  return () => transport.call(createPayment, oderopayPayment);
}
