import { Bip, type BipOptions } from '@odeme/bip';
import { BipSimulator, type BipSimulatorOptions } from '@odeme/testkit';

export const creds = { username: 'bip-svc-demo', password: 'bip-secret-0001' };

/** A simulator and a client wired to it through `sim.fetch`. */
export function setup(simOptions: Partial<BipSimulatorOptions> = {}, clientOptions: Partial<BipOptions> = {}) {
  const sim = new BipSimulator({ ...creds, ...simOptions });
  const bip = new Bip({
    ...creds,
    baseUrl: 'https://apigw.tvoip.turkcell.com.tr/pgw',
    fetch: sim.fetch,
    logLevel: 'off',
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...clientOptions,
  });
  return { sim, bip };
}

/** The JSON body of the n-th request the simulator received. */
export const sentBody = (sim: BipSimulator, n = -1) => JSON.parse(sim.requests.at(n)?.body ?? 'null') as Record<string, unknown>;
