import { Bip, type BipListenerEvent, type BipListenerOptions, type BipOptions, createBipListener } from '@odeme/bip';
import type { PaymentDeclinedError } from '@odeme/core';
import { BIP_DECLINE_TRIGGERS, type BipSimDeclineReason, BipSimulator, type BipSimulatorOptions } from '@odeme/testkit';

export const creds = { username: 'bip-svc-demo', password: 'bip-secret-0001' };
export const listenerCreds = { username: 'turkcell-caller', password: 'listener-secret-42' };

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

/** `setup` plus the merchant's listener, with the credentials the simulator sends: every event it accepts lands in `events`. */
export function setupWithListener(clientOptions: Partial<BipOptions> = {}, listenerOptions: Partial<BipListenerOptions> = {}) {
  const events: BipListenerEvent[] = [];
  const listener = createBipListener({ credentials: listenerCreds, logLevel: 'off', onPayment: (e) => void events.push(e), ...listenerOptions });
  const world = setup({ listener: { handler: listener }, listenerCredentials: listenerCreds }, clientOptions);
  return { ...world, events };
}

/**
 * A payment that fails for `reason` end to end: started by the client for the simulator's trigger number, approved
 * by the simulated user, reported to the listener. Rejects with the event's `decline`.
 */
export async function provokeDecline(reason: BipSimDeclineReason, channelId = 11): Promise<never> {
  const { sim, bip, events } = setupWithListener();
  const started = await bip.startPayment({ msisdn: BIP_DECLINE_TRIGGERS[reason].msisdn, channelId, itemList: [{ id: 50, count: 1 }] });
  const delivery = await sim.approve(started.transactionId);
  if (!delivery.acknowledged) throw new Error(`bip test: the listener did not acknowledge the ${reason} callback`);
  const decline: PaymentDeclinedError | undefined = events[0]?.decline;
  throw decline ?? new Error(`bip test: the ${reason} payment did not fail`);
}

/** The JSON body of the n-th request the simulator received. */
export const sentBody = (sim: BipSimulator, n = -1) => JSON.parse(sim.requests.at(n)?.body ?? 'null') as Record<string, unknown>;
