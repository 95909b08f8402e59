// Our @odeme/paywall client: direct (non-3DS) payment, `payments.startDirect` → POST payment/startdirect, no option
// set. "n/a" until the package is built and exports `PayWall` (or, with --from-src, from its src).
import { loadClient } from '../detect.mjs';
import { PAYWALL_KEYS, paywallPayment } from '../fixtures.mjs';

export async function create({ baseUrl }) {
  const { Client, fromSrc } = await loadClient('paywall', 'PayWall');
  // `baseUrl` is the origin; the client adds /api/paywall/ (PaymentAPI), which the loopback server serves.
  const client = new Client({ ...PAYWALL_KEYS, baseUrl });
  const call = () => client.payments.startDirect(paywallPayment);
  call.fromSrc = fromSrc;
  return call;
}
