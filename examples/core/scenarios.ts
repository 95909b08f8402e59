import { allocate, formatTRY, fromKurus, hmacSha256Base64, maskCardNumber, PaymentDeclinedError, sumKurus, toKurus } from '@odeme/core';
import { LEDGER_DECLINED_CARD, LedgerSimulator } from '@odeme/testkit';
import { check, type Scenario } from '../demo-kit';
import { LedgerClient } from './ledger-client';

const creds = { apiKey: 'ak_demo_000001', secret: 'sk_demo_secret_000001' };

export const scenarios: Scenario[] = [
  {
    name: 'HMAC-SHA256 signing (RFC 4231 case 2)',
    provider: 'core',
    async run({ step }) {
      step('sign "what do ya want for nothing?" with key "Jefe"');
      const sig = await hmacSha256Base64('Jefe', 'what do ya want for nothing?');
      check(sig === 'W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=', `unexpected signature ${sig}`);
    },
  },
  {
    name: 'Exact money: basket in kuruş, 3-way split',
    provider: 'core',
    async run({ step, log }) {
      step('parse TL amounts exactly');
      const items = ['19.99', '0.01', '100.10'].map((a) => toKurus(a));
      step('sum in kuruş');
      const total = sumKurus(items);
      check(fromKurus(total) === '120.10', 'sum must be 120.10');
      step('split 100.00 TL in three without losing a kuruş');
      const parts = allocate(toKurus('100'), [1, 1, 1]);
      check(sumKurus(parts) === 10000, 'parts must add up to the total');
      log(`${formatTRY(total)} ; split ${parts.map((p) => fromKurus(p)).join(' + ')}`);
      step('refuse a third decimal');
      let refused = false;
      try {
        toKurus('1.005');
      } catch {
        refused = true;
      }
      check(refused, '1.005 TL must be refused');
    },
  },
  {
    name: 'Signed request through the transport (reference simulator)',
    provider: 'core',
    async run({ step, log }) {
      const sim = new LedgerSimulator(creds);
      const client = new LedgerClient({ ...creds, baseUrl: 'https://ledger.example', fetch: sim.fetch, logLevel: 'off' });
      step('create a charge of 12.34 TL');
      const charge = await client.createCharge({ amount: toKurus('12.34'), reference: 'demo-1' });
      check(charge.status === 'captured', 'charge must be captured');
      step('read it back');
      check((await client.getCharge(charge.id)).amount === 1234, 'amount must round-trip');
      step('a declined card becomes PaymentDeclinedError');
      const err = await client.createCharge({ amount: 100, reference: 'demo-2', cardNumber: LEDGER_DECLINED_CARD }).catch((e: unknown) => e);
      check(err instanceof PaymentDeclinedError, 'decline must be typed');
      log(`declined ${maskCardNumber(LEDGER_DECLINED_CARD)}: ${err.providerCode}`);
    },
  },
];
