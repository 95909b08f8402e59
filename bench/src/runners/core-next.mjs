// The proposed core (bench/proposal: no ky, zod namespace import), same ÖderoPay row, global fetch.
import { existsSync } from 'node:fs';
import { NotAvailable } from '../detect.mjs';
import { CREDENTIALS, oderopayPayment } from '../fixtures.mjs';

export async function create({ baseUrl }) {
  const bundle = new URL('../../.cache/core-next.mjs', import.meta.url);
  if (!existsSync(bundle)) throw new NotAvailable('proposal does not apply to core any more');
  const { createOderoPayTransport, createPayment } = await import(bundle.href);
  const transport = createOderoPayTransport({ baseUrl, ...CREDENTIALS });
  return () => transport.call(createPayment, oderopayPayment);
}
