import { normaliseMsisdn } from '@odeme/bip';
import { tr } from '@odeme/bip/tr';
import { normaliseTurkishMobile, ValidationError } from '@odeme/core';
import { describe, expect, it } from 'vitest';
import { sentBody, setup } from './helpers';

const CORE_RULE = 'must be a Turkish mobile number: 10 digits starting with 5, optionally after 0, 90, +90 or 0090';
const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e as ValidationError,
  );

describe('msisdn is core’s Turkish mobile number, sent in BiP’s own 90 + 10 digits form', () => {
  it('the exported normaliser is core’s, not a copy', () => {
    expect(normaliseMsisdn).toBe(normaliseTurkishMobile);
  });

  it.each(['0532 123 45 67', '+90 (532) 123-45-67', '0090 532 123 45 67', '532.123.45.67', ' 905321234567 '])(
    '%j is sent as 905321234567 by startPayment and commit',
    async (written) => {
      const { sim, bip } = setup();
      const started = await bip.startPayment({ msisdn: written, channelId: 10, itemList: [{ id: 51, count: 1 }] });
      expect(sentBody(sim).msisdn).toBe('905321234567');
      expect(started.msisdn).toBe('905321234567');
      await bip.commit({ transactionId: started.transactionId, msisdn: written, commitToken: 'x' }).catch(() => undefined);
      expect(sentBody(sim).msisdn).toBe('905321234567');
    },
  );

  it.each(['0212 123 45 67', '+44 7911 123456', '53212345', '5321234567890', 'not a number'])(
    '%j is refused before sending, with core’s rule and without the value',
    async (written) => {
      const { sim, bip } = setup();
      const start = await failure(bip.startPayment({ msisdn: written, channelId: 11, itemList: [{ id: 50, count: 1 }] }));
      const commit = await failure(bip.commit({ transactionId: 'T', msisdn: written, commitToken: 'x' }));
      for (const e of [start, commit]) {
        expect(e).toBeInstanceOf(ValidationError);
        expect(e.issues).toEqual([{ path: 'msisdn', message: CORE_RULE, code: 'custom' }]);
        expect(e.message.includes(written.trim())).toBe(false);
        expect(e.outcome).toBe('not_sent');
      }
      expect(sim.requests).toHaveLength(0);
    },
  );

  it('the refusal in Turkish with locale tr', async () => {
    const { bip } = setup({}, { locale: tr });
    const e = await failure(bip.startPayment({ msisdn: '0212 123 45 67', channelId: 11, itemList: [{ id: 50, count: 1 }] }));
    expect(e.issues[0]?.message).not.toBe(CORE_RULE);
    expect(e.issues[0]?.message).toMatch(/5 ile başlayan/);
  });
});
