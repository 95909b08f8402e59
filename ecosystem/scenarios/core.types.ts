/**
 * Type consumer of @odeme/core and @odeme/testkit, checked by the runtime matrix under `moduleResolution` node16
 * (as ESM `.ts` and as CJS `.cts`, i.e. against both `index.d.ts` and `index.d.cts`) and `bundler`.
 * It is never run: it must compile, and the `@ts-expect-error` lines must stay errors.
 */
import {
  type CallOptions,
  type ClientOptions,
  defineOperation,
  hmacSha256Base64,
  isOdemeError,
  type Kurus,
  kurusAmount,
  type OdemeErrorCode,
  type OperationInput,
  type OperationOutput,
  PaymentDeclinedError,
  type ProviderRuntime,
  Transport,
  toKurus,
} from '@odeme/core';
import { LedgerSimulator, type Simulator } from '@odeme/testkit';
import { z } from 'zod';

const charge = z.looseObject({ id: z.string(), amount: z.number(), status: z.string() });
const createCharge = defineOperation({
  id: 'charges.create',
  method: 'POST',
  path: '/v1/charges',
  request: z.object({ amount: kurusAmount({ positive: true }), reference: z.string() }),
  response: charge,
  movesMoney: true,
});

type In = OperationInput<typeof createCharge>;
type Out = OperationOutput<typeof createCharge>;
const input: In = { amount: 1234, reference: 'order-1' };
// @ts-expect-error reference is required
const missing: In = { amount: 1234 };

const runtime: ProviderRuntime = {
  provider: 'ledger',
  holdsSecrets: true,
  baseUrl: () => 'https://ledger.invalid',
  sign: async (req) => {
    req.headers.set('x-signature', await hmacSha256Base64('secret', req.body ?? ''));
  },
};
const sim: Simulator = new LedgerSimulator({ apiKey: 'k', secret: 's' });
const options: ClientOptions = { fetch: sim.fetch, timeout: 1000, maxRetries: 0 };
const transport = new Transport(runtime, options);

export async function typed(callOptions?: CallOptions): Promise<string> {
  const out: Out = await transport.call(createCharge, input, callOptions);
  const id: string = out.id;
  // Unknown fields pass through a loose object, typed as unknown.
  const extra: unknown = out.somethingNew;
  void extra;
  try {
    await transport.call(createCharge, missing);
  } catch (e) {
    if (isOdemeError(e)) {
      const code: OdemeErrorCode = e.code;
      if (e instanceof PaymentDeclinedError) return `${code} ${e.providerCode ?? ''} ${e.status ?? ''}`;
    }
  }
  return id;
}

const k: Kurus = toKurus('12.34');
// @ts-expect-error a plain number is not Kurus
const notKurus: Kurus = 1234;
export const amounts = [k, notKurus];
