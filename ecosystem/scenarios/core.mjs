/**
 * Portable smoke scenario of @odeme/core (with @odeme/testkit's reference LedgerSimulator).
 * Contract: see ecosystem/scenarios/README.md. Packages arrive in `pkgs` (loaded by the leg: `import` in ESM legs,
 * `require` in CJS legs, bundled in workerd and Chromium), so this file imports nothing.
 */

/** Exports this scenario needs; the runner skips the scenario (and says so) while one is missing from a packed dist. */
export const requires = {
  '@odeme/core': [
    'Transport',
    'defineOperation',
    'defaultUnwrap',
    'responseContext',
    'kurusAmount',
    'hmacSha256Hex',
    'hmacSha256Base64',
    'sha256Base64',
    'base64Encode',
    'base64DecodeText',
    'basicAuthHeader',
    'timingSafeEqual',
    'toKurus',
    'fromKurus',
    'sumKurus',
    'allocate',
    'toX100String',
    'formatTRY',
    'isOdemeError',
    'OdemeError',
    'ProviderError',
    'PaymentDeclinedError',
    'ValidationError',
    'ConfigurationError',
  ],
  '@odeme/testkit': ['LedgerSimulator', 'LEDGER_DECLINED_CARD'],
  zod: ['z'],
};

/**
 * Bundles checked by the packaging step (tree-shaking: the listed packages contribute no bytes, the listed strings are
 * gone) and measured by `pnpm size` as this package's smallest useful import.
 */
export const bundle = {
  smallest: {
    code: "export { toKurus, fromKurus, sumKurus } from '@odeme/core';",
    absentPackages: ['ky', 'zod'],
  },
};

const CREDENTIALS = { apiKey: 'ak_demo_000001', secret: 'sk_demo_secret_000001' };

/** A tiny ledger client built on core's Transport, the way every provider package is built. */
function createLedgerClient(pkgs, options) {
  const core = pkgs['@odeme/core'];
  const { z } = pkgs.zod;
  const charge = z.looseObject({ id: z.string(), amount: z.number(), currency: z.string(), reference: z.string(), status: z.string(), refunded: z.number() });
  const ops = {
    create: core.defineOperation({
      id: 'charges.create',
      method: 'POST',
      path: '/v1/charges',
      request: z.object({
        amount: core.kurusAmount({ positive: true }),
        currency: z.literal('TRY').default('TRY'),
        reference: z.string().min(1),
        cardNumber: z.string().optional(),
      }),
      response: charge,
      movesMoney: true,
    }),
    get: core.defineOperation({
      id: 'charges.get',
      method: 'GET',
      path: '/v1/charges/{id}',
      request: z.object({ id: z.string().min(1) }),
      response: charge,
      movesMoney: false,
    }),
    list: core.defineOperation({
      id: 'charges.list',
      method: 'GET',
      path: '/v1/charges',
      request: z.object({ limit: z.number().int().optional() }),
      response: z.array(charge),
      movesMoney: false,
    }),
    refund: core.defineOperation({
      id: 'charges.refund',
      method: 'POST',
      path: '/v1/charges/{id}/refunds',
      request: z.object({ id: z.string().min(1), amount: core.kurusAmount({ positive: true }) }),
      response: charge,
      movesMoney: true,
    }),
  };
  const { apiKey, secret } = options;
  const transport = new core.Transport(
    {
      provider: 'ledger',
      holdsSecrets: true,
      secrets: [secret],
      baseUrl: () => options.baseUrl ?? 'https://ledger.invalid',
      sign: async (req) => {
        const u = new URL(req.url);
        req.headers.set('x-api-key', apiKey);
        req.headers.set('x-signature', await core.hmacSha256Base64(secret, `${req.method}\n${u.pathname}${u.search}\n${req.body ?? ''}`));
      },
      unwrap: (raw) => {
        const err = raw.json?.error;
        if (err) {
          const ctx = { ...core.responseContext(raw), providerCode: err.code, providerMessage: err.message, group: err.declineCode };
          throw err.declineCode
            ? new core.PaymentDeclinedError(`ledger declined: ${err.message}`, ctx)
            : new core.ProviderError(`ledger refused: ${err.message}`, ctx);
        }
        return core.defaultUnwrap(raw).data;
      },
    },
    options,
  );
  return {
    createCharge: (input, o) => transport.call(ops.create, input, o),
    getCharge: (id, o) => transport.call(ops.get, { id }, o),
    listCharges: (input = {}, o) => transport.call(ops.list, input, o),
    refund: (id, amount, o) => transport.call(ops.refund, { id, amount }, o),
  };
}

/** Used by the harness for the browser guard: builds a secret-holding client with the given extra options. */
export function secretClient(pkgs, options) {
  const sim = new pkgs['@odeme/testkit'].LedgerSimulator(CREDENTIALS);
  return createLedgerClient(pkgs, { ...CREDENTIALS, fetch: sim.fetch, ...options });
}

export async function run(pkgs, ctx) {
  const { step, check, clientOptions } = ctx;
  const core = pkgs['@odeme/core'];
  const { LedgerSimulator, LEDGER_DECLINED_CARD } = pkgs['@odeme/testkit'];

  await step('signing vectors', async () => {
    const jefe = await core.hmacSha256Hex('Jefe', 'what do ya want for nothing?'); // RFC 4231 test case 2
    check.equal(jefe, '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843', 'HMAC-SHA256 hex (RFC 4231 case 2)');
    check.equal(
      await core.hmacSha256Hex('gizli-anahtar-ğüşiöç', 'Ödeme tutarı: 1.234,56 ₺'),
      '6fc5b89ac352ab18f907375ac0338d2e38e86e63eafd230bb8b105a5bf718b73',
      'HMAC of UTF-8 text',
    );
    check.equal(
      await core.hmacSha256Base64(CREDENTIALS.secret, 'POST\n/v1/charges\n{"amount":1234}'),
      'FuwzrQCjoLEKHEuibxf3RVK0CQfwtW0NR9kk0pNkVt4=',
      'HMAC base64',
    );
    check.equal(await core.sha256Base64('İĞÜŞÖÇ ığüşöç'), 'AJJWG/qE5zfxK5pbSElzPoByMCMCgCSLSwBYymBGom4=', 'SHA-256 base64');
    check.equal(core.base64Encode('Ödeme ₺'), 'w5ZkZW1lIOKCug==', 'base64 of UTF-8');
    check.equal(core.base64DecodeText('w5ZkZW1lIOKCug=='), 'Ödeme ₺', 'base64 back to text');
    check.equal(core.basicAuthHeader('Aladdin', 'open sesame'), 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'Basic auth (RFC 7617)');
    check.ok(core.timingSafeEqual('abc', 'abc') && !core.timingSafeEqual('abc', 'abd'), 'timingSafeEqual');
  });

  await step('money helpers', () => {
    check.equal(core.toKurus('12.34'), 1234, 'toKurus("12.34")');
    check.equal(core.toKurus(12.3), 1230, 'toKurus(12.3)');
    check.equal(core.fromKurus(-5), '-0.05', 'fromKurus(-5)');
    check.equal(core.sumKurus([core.toKurus('0.10'), core.toKurus('0.20')]), 30, 'sum of 0.10 and 0.20 is exact');
    check.deepEqual(core.allocate(100, [1, 1, 1]), [34, 33, 33], 'allocate');
    check.equal(core.toX100String(1234), '1234', 'toX100String');
    check.ok(core.formatTRY(123456).includes('1.234,56'), `formatTRY(123456) in tr-TR, got ${core.formatTRY(123456)}`);
    const e = check.throws(
      () => core.toKurus(0.1 + 0.2),
      (err) => core.isOdemeError(err),
    );
    check.equal(e.code, 'validation_error', 'more than two decimals is refused, not rounded');
  });

  const sim = new LedgerSimulator(CREDENTIALS);
  const client = createLedgerClient(pkgs, { ...CREDENTIALS, fetch: sim.fetch, retry: { initialDelayMs: 1, maxDelayMs: 5 }, ...clientOptions });

  const created = await step('full flow: create, get, list, refund against the simulator', async () => {
    const c = await client.createCharge({ amount: 1234, reference: 'order-1', cardNumber: '4111111111111111' });
    check.ok(typeof c.id === 'string' && c.id.startsWith('ch_'), `charge id, got ${c.id}`);
    check.equal(c.status, 'captured');
    check.equal(c.amount, 1234);
    const got = await client.getCharge(c.id);
    check.equal(got.id, c.id, 'get returns the charge');
    const list = await client.listCharges({ limit: 5 });
    check.equal(list.length, 1, 'list');
    const refunded = await client.refund(c.id, 234);
    check.equal(refunded.status, 'partially_refunded');
    check.equal(refunded.refunded, 234);
    check.ok(
      sim.requests.every((r) => typeof r.headers['x-signature'] === 'string' && r.status !== 401),
      'every request signed and accepted',
    );
    return c;
  });

  await step('a read retries a 503 and succeeds', async () => {
    const before = sim.count('GET');
    sim.injectFault({ kind: 'status', status: 503 }, { times: 1 });
    const again = await client.getCharge(created.id);
    check.equal(again.id, created.id);
    check.equal(sim.count('GET') - before, 2, 'one failed attempt, one retry');
  });

  await step('input validation is refused before sending', async () => {
    const before = sim.requests.length;
    const e = await client.createCharge({ amount: 12.5, reference: 'order-2' }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(core.isOdemeError(e) && e instanceof core.ValidationError, `expected a ValidationError, got ${e}`);
    check.equal(e.code, 'validation_error');
    check.ok(
      e.issues.some((i) => i.path === 'amount'),
      'issue names the field',
    );
    check.equal(sim.requests.length, before, 'nothing sent');
  });

  await step('a busy row answers and refuses as before once its schemas are compiled (Node, Bun, Deno) or not (elsewhere)', async () => {
    // Core parses a row with zod's compiled parser after its 100th call where the runtime generates code
    // (package.json "imports" #schema-compiler); 110 reads take the row past that in every leg.
    for (let i = 0; i < 110; i++) {
      const got = await client.getCharge(created.id);
      check.equal(got.id, created.id);
      check.equal(got.amount, 1234);
    }
    const e = await client.getCharge('').then(
      () => undefined,
      (err) => err,
    );
    check.ok(e instanceof core.ValidationError && e.issues.some((i) => i.path === 'id'), `expected a ValidationError naming id, got ${e}`);
  });

  await step('a decline is a typed PaymentDeclinedError, sent once', async () => {
    const before = sim.count('POST', '/v1/charges');
    const e = await client.createCharge({ amount: 500, reference: 'order-3', cardNumber: LEDGER_DECLINED_CARD }).then(
      () => undefined,
      (err) => err,
    );
    check.ok(core.isOdemeError(e), `expected an odeme error, got ${e}`);
    check.equal(e.code, 'payment_declined');
    check.ok(e instanceof core.PaymentDeclinedError && e instanceof core.ProviderError && e instanceof core.OdemeError, 'class tree');
    check.equal(e.providerCode, 'card_declined');
    check.equal(e.status, 402);
    check.equal(e.provider, 'ledger');
    check.ok(!JSON.stringify(e).includes(CREDENTIALS.secret), 'secret never in the error');
    check.equal(sim.count('POST', '/v1/charges') - before, 1, 'a money-moving call is sent once');
  });

  await step("a client given no fetch sends with the runtime's default: core's node:http transport on Node, the global fetch elsewhere", async () => {
    // An ftp: URL fails at once in every runtime, without network or permissions; only core's Node transport words
    // the refusal this way (package.json "imports" #default-fetch picked the `node` target).
    const bare = createLedgerClient(pkgs, { ...CREDENTIALS, baseUrl: 'ftp://ledger.invalid', maxRetries: 0, logLevel: 'off', ...clientOptions });
    const e = await bare.getCharge('ch_1').then(
      () => undefined,
      (err) => err,
    );
    check.ok(core.isOdemeError(e) && e.code === 'network_error', `expected a NetworkError, got ${e}`);
    const nodeTransport = /fetch failed: unsupported protocol ftp:/.test(String(e.message));
    check.equal(nodeTransport, ctx.env.runtime === 'node', `core's Node transport used (${ctx.env.runtime}): ${e.message}`);
  });
}
