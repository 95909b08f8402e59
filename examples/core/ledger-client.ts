/**
 * A complete provider client in forty lines: what every odeme provider package is made of.
 * It talks to the testkit's reference "ledger" simulator: operations as rows, one transport, HMAC signing.
 */
import { type CallOptions, type ClientOptions, defineOperation, hmacSha256Base64, kurusAmount, ProviderError, PaymentDeclinedError, responseContext, Transport, defaultUnwrap } from '@odeme/core';
import { z } from 'zod';

const charge = z.looseObject({ id: z.string(), amount: z.number(), currency: z.string(), reference: z.string(), status: z.string(), createdAt: z.string() });

export const ledgerOperations = {
  createCharge: defineOperation({
    id: 'charges.create',
    method: 'POST',
    path: '/v1/charges',
    request: z.object({ amount: kurusAmount({ positive: true }), currency: z.literal('TRY').default('TRY'), reference: z.string().min(1).max(64), cardNumber: z.string().optional() }),
    response: charge,
    movesMoney: true,
  }),
  getCharge: defineOperation({ id: 'charges.get', method: 'GET', path: '/v1/charges/{id}', request: z.object({ id: z.string().min(1) }), response: charge, movesMoney: false }),
  listCharges: defineOperation({ id: 'charges.list', method: 'GET', path: '/v1/charges', request: z.object({ limit: z.number().int().min(1).max(100).optional() }), response: z.array(charge), movesMoney: false }),
};

export interface LedgerOptions extends ClientOptions {
  apiKey: string;
  secret: string;
}

export class LedgerClient {
  private readonly transport: Transport;

  constructor(options: LedgerOptions) {
    const { apiKey, secret } = options;
    this.transport = new Transport(
      {
        provider: 'ledger',
        holdsSecrets: true,
        secrets: [secret],
        baseUrl: () => options.baseUrl ?? 'https://ledger.invalid',
        sign: async (req) => {
          const u = new URL(req.url);
          req.headers.set('x-api-key', apiKey);
          req.headers.set('x-signature', await hmacSha256Base64(secret, `${req.method}\n${u.pathname}${u.search}\n${req.body ?? ''}`));
        },
        unwrap: (raw) => {
          const err = (raw.json as { error?: { code: string; message: string; declineCode?: string } } | undefined)?.error;
          if (err) {
            const ctx = { ...responseContext(raw), providerCode: err.code, providerMessage: err.message, group: err.declineCode };
            throw err.declineCode ? new PaymentDeclinedError(`ledger declined: ${err.message}`, ctx) : new ProviderError(`ledger refused: ${err.message}`, ctx);
          }
          return (defaultUnwrap(raw) as { data: unknown }).data;
        },
      },
      options,
    );
  }

  createCharge(input: z.input<typeof ledgerOperations.createCharge.request>, options?: CallOptions) {
    return this.transport.call(ledgerOperations.createCharge, input, options);
  }
  getCharge(id: string, options?: CallOptions) {
    return this.transport.call(ledgerOperations.getCharge, { id }, options);
  }
  listCharges(input: z.input<typeof ledgerOperations.listCharges.request> = {}, options?: CallOptions) {
    return this.transport.call(ledgerOperations.listCharges, input, options);
  }
}
