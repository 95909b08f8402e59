// Our core Transport with an ÖderoPay-style operation row (validation, signing with Web Crypto, the global fetch, parsing).
import { CREDENTIALS, oderopayPayment } from '../fixtures.mjs';
import { createOderoPayTransport, createPayment } from '../oderopay-row.mjs';

export async function create({ baseUrl }) {
  const transport = createOderoPayTransport({ baseUrl, ...CREDENTIALS });
  return () => transport.call(createPayment, oderopayPayment);
}
