/**
 * One ÖderoPay client per process, built from the environment. Without keys it runs against the in-memory
 * simulator of `@odeme/testkit`, so every framework example starts on a laptop with nothing configured.
 *
 *   ODEROPAY_API_KEY, ODEROPAY_SECRET_KEY   your sandbox or production keys
 *   ODEROPAY_ENVIRONMENT                     'sandbox' (default) or 'production'
 *   ODEROPAY_BASE_URL                        another host, e.g. a simulator served with listen() in a test
 */
import type { FetchLike } from '@odeme/core';
import { OderoPay, type OderoPayEnvironment } from '@odeme/oderopay';
import { OderoPaySimulator } from '@odeme/testkit';

/** The settings a deployment passes in (process.env in Node and Bun, Deno.env, or a Worker's bindings). */
export interface OderoEnv {
  // Any other setting may be there too: \`process.env\` under Next.js's types declares NODE_ENV, and a type with only
  // optional members would refuse it ("no properties in common").
  [name: string]: string | undefined;
  ODEROPAY_API_KEY?: string;
  ODEROPAY_SECRET_KEY?: string;
  ODEROPAY_ENVIRONMENT?: string;
  ODEROPAY_BASE_URL?: string;
}

/** The keys the simulator accepts when no real keys are configured. */
export const SIMULATOR_KEYS = { apiKey: 'sim-api-key-0001', secretKey: 'sim-secret-key-0001' } as const;

/** Builds the client: real keys when given, otherwise a simulator (returned too, for tests and demos). */
export function createOderoFromEnv(env: OderoEnv, options: { fetch?: FetchLike } = {}): { odero: OderoPay; simulator?: OderoPaySimulator } {
  if (env.ODEROPAY_API_KEY && env.ODEROPAY_SECRET_KEY) {
    const where = env.ODEROPAY_BASE_URL
      ? { baseUrl: env.ODEROPAY_BASE_URL }
      : { environment: (env.ODEROPAY_ENVIRONMENT ?? 'sandbox') as OderoPayEnvironment };
    return { odero: new OderoPay({ apiKey: env.ODEROPAY_API_KEY, secretKey: env.ODEROPAY_SECRET_KEY, ...where, fetch: options.fetch }) };
  }
  const simulator = new OderoPaySimulator(SIMULATOR_KEYS);
  return { odero: new OderoPay({ ...SIMULATOR_KEYS, environment: 'sandbox', fetch: simulator.fetch, logLevel: 'off' }), simulator };
}
