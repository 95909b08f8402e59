import { tcknValid, ValidationError } from '@odeme/core';
import * as hasoModule from '@odeme/haso';
import { describe, expect, it } from 'vitest';
import { shopper, simAndClient } from './helpers.js';

const wire = (sim: ReturnType<typeof simAndClient>['sim'], i = -1) => JSON.parse(sim.requests.at(i)?.body ?? '{}') as Record<string, unknown>;

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
};

describe('identifiers: core checks before sending, HASO wire forms', () => {
  it('mobile numbers in any common writing are sent as HASO takes them, 10 digits from 5; TCKN trimmed', async () => {
    const { haso, sim } = simAndClient();
    // The simulator verifies the token over the wire values, so each answer also proves the token signed them.
    await haso.limits.start({ ...shopper, tckn: ' 10000000146 ', mobileNumber: '0532 111 22 33' });
    expect(wire(sim)).toMatchObject({ tckn: '10000000146', mobileNumber: '5321112233' });
    const kds = await haso.limits.setFromKds({
      ...shopper,
      tckn: '10000000078',
      mobileNumber: '+90 (533) 999 88 77',
      birthDate: '1990-05-17',
      dealerSegment: 'GOLD',
      kdsLimit: 100_000,
    });
    expect(wire(sim)).toMatchObject({ tckn: '10000000078', mobileNumber: '5339998877' });
    await haso.customers.changeGsmNo({ CustomerId: kds.CustomerInfo?.CustomerId as string, NewGsmNo: '0090 553 662 50 50' });
    expect(wire(sim)).toMatchObject({ NewGsmNo: '5536625050' });
    const form = haso.browser.getLimit({
      token: 't',
      okUrl: 'https://s.example/ok',
      failUrl: 'https://s.example/f',
      callbackUrl: 'https://s.example/c',
      mobileNumber: '0553 661 60 20',
    });
    expect(form.fields.mobileNumber).toBe('5536616020');
  });

  it('a wrong TCKN or mobile number is refused with the rule, never the value; nothing is sent', async () => {
    const { haso, sim } = simAndClient();
    const start = await refusal(haso.limits.start({ ...shopper, tckn: '10000000147', mobileNumber: '0212 111 22 33' }));
    expect(Object.fromEntries(start.issues.map((i) => [i.path, i.message]))).toEqual({
      tckn: 'TCKN check digits (10th and 11th) do not match the first nine digits',
      mobileNumber: 'must be a Turkish mobile number: 10 digits starting with 5, optionally after 0, 90, +90 or 0090',
    });
    expect(start.message).not.toContain('10000000147');
    expect(start.message).not.toContain('2121112233');
    const kds = await refusal(haso.limits.setFromKds({ ...shopper, tckn: '01234567890', birthDate: '1990-01-01', dealerSegment: 'S', kdsLimit: 1 }));
    expect(kds.issues[0]).toMatchObject({ path: 'tckn', message: 'TCKN must not start with 0' });
    const gsm = await refusal(haso.customers.changeGsmNo({ CustomerId: '5004', NewGsmNo: '553662505' }));
    expect(gsm.issues[0]?.path).toBe('NewGsmNo');
    expect(() =>
      haso.browser.getLimit({ token: 't', okUrl: 'https://s/ok', failUrl: 'https://s/f', callbackUrl: 'https://s/c', mobileNumber: '4536616020' }),
    ).toThrow(ValidationError);
    expect(sim.requests).toHaveLength(0);
  });

  it("the package's own TCKN check is gone: the tcknValid it exports is core's (from @odeme/core/app), and no tckn schema", () => {
    expect(hasoModule.tcknValid).toBe(tcknValid);
    expect(Object.keys(hasoModule)).not.toContain('tckn');
  });
});
