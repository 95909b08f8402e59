/**
 * Type consumer of @odeme/bip, checked by the runtime matrix under `moduleResolution` node16 (as ESM `.ts` and as
 * CJS `.cts`) and `bundler`. It is never run: it must compile, and the `@ts-expect-error` lines must stay errors.
 */

import {
  Bip,
  type BipAwaitingConsent,
  BipChannel,
  type BipListenerEvent,
  type BipOptions,
  createBipListener,
  createBipTransport,
  paymentsStart,
  type StartPaymentParams,
  startBipPayment,
} from '@odeme/bip';
import { basicAuthHeader, isOdemeError, ProviderError, ValidationError } from '@odeme/core';
import { BipSimulator } from '@odeme/testkit';

const creds = { username: 'u', password: 'p' };
const sim = new BipSimulator(creds);
const options: BipOptions = { ...creds, fetch: sim.fetch };
const bip = new Bip(options);

// @ts-expect-error password is required
const noPassword: BipOptions = { username: 'u' };
export const rejected = [noPassword];

const input: StartPaymentParams = { msisdn: '0532 123 45 67', channelId: BipChannel.INVOICE_RESERVE_COMMIT, itemList: [{ id: 51, count: 1 }] };
// @ts-expect-error itemList is required
const noItems: StartPaymentParams = { msisdn: '5321234567', channelId: 10 };
export const inputs = [input, noItems];

export const header: string = basicAuthHeader('u', 'p');

export const listener: (request: Request) => Promise<Response> = createBipListener({
  credentials: { username: 'turkcell', password: 'secret' },
  onPayment: (event: BipListenerEvent) => {
    const total: number | undefined = event.totalAmountKurus;
    void total;
  },
});

export async function start(): Promise<string> {
  try {
    const started: BipAwaitingConsent = await bip.startPayment(input);
    const status: 'awaiting_consent' = started.status;
    return `${status} ${started.transactionId} ${started.needsCommit}`;
  } catch (e) {
    if (e instanceof ValidationError) return e.fields.join(',');
    if (isOdemeError(e) && e instanceof ProviderError) return `${e.providerCode ?? ''} ${e.group ?? ''}`;
    throw e;
  }
}

// The smallest form: the factory's transport and the one function that generates the transactionId.
const transport = createBipTransport(options);
export const smallest: Promise<BipAwaitingConsent> = startBipPayment(transport, input);
// The row generates the transactionId (its reference) when it is left out, and returns it as `reference`.
export const rowWithoutId: Promise<string> = transport.call(paymentsStart, { ...input, channelId: 40 }).then((answer) => answer.reference);
export async function row(): Promise<number> {
  const answer = await transport.call(paymentsStart, { ...input, transactionId: '2016080230541319' });
  return answer.resultCode;
}
