/**
 * `app/api/payments/route.ts` of a Next.js App Router app: POST /api/payments charges a card with ÖderoPay.
 * Written against the standard Request and Response only, so it needs nothing from `next` to compile or test.
 */
import { createCheckoutHandler } from '../../../../shared/checkout';
import { odero } from '../../../lib/odero';

/** Node.js runtime (the default). `'edge'` works too: the SDK uses Web standards only. */
export const runtime = 'nodejs';
/** Never cache a payment. */
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  // request.signal is passed down: if the browser disconnects, the ÖderoPay call is aborted too.
  return createCheckoutHandler(odero())(request);
}
