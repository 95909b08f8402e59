/**
 * `lib/odero.ts` of a Next.js app: one ÖderoPay client per server process, shared by every route handler.
 * Imported only from route handlers (server code): the client holds the secret key.
 */
import type { OderoPay } from '@odeme/oderopay';
import { createOderoFromEnv } from '../../shared/odero';

let client: OderoPay | undefined;

/** The process-wide client, built on first use from ODEROPAY_API_KEY / ODEROPAY_SECRET_KEY (simulated without them). */
export function odero(): OderoPay {
  client ??= createOderoFromEnv(process.env).odero;
  return client;
}
