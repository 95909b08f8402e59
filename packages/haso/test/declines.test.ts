import { DECLINE_REASONS, PaymentDeclinedError, ProviderError, shopperMessage, tcknValid } from '@odeme/core';
import { HASO_DECISION_OPERATIONS, HASO_DECLINE_CODES, Haso, hasoDeclineReason } from '@odeme/haso';
import {
  HASO_DECLINE_TRIGGERS,
  HASO_SIM_DECLINE_CODES,
  HASO_SIM_KKB_REJECTED_TCKN,
  HASO_SIM_SUSPENDED_TCKN,
  type HasoSimDeclineReason,
  type HasoSimulator,
} from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { BASE, creds, customerWithLimit, IP, provokeDecline, shopper, simAndClient } from './helpers.js';

const fail = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e as PaymentDeclinedError,
  );

/** The simulator behind a fetch that keeps every answer, to check the envelope HASO would send. */
function recorded(options: Parameters<typeof simAndClient>[0] = { declineCodes: HASO_SIM_DECLINE_CODES }) {
  const answers: { status: number; json: Record<string, unknown> }[] = [];
  let sim: HasoSimulator | undefined;
  const { haso, sim: s } = simAndClient({
    ...options,
    fetch: async (input, init) => {
      const res = await (sim as HasoSimulator).fetch(input, init);
      answers.push({ status: res.status, json: await res.clone().json() });
      return res;
    },
  });
  sim = s;
  return { haso, sim: s, answers };
}

describe('HASO declines: the reasons HASO can express, end to end', () => {
  it('a trigger for every reason HASO can express, each a shared DeclineReason with its own code; test TCKNs pass the checksum', () => {
    const reasons = Object.keys(HASO_DECLINE_TRIGGERS).sort();
    expect(reasons).toEqual(['do_not_honor', 'insufficient_funds', 'invalid_card', 'limit_exceeded', 'other', 'restricted_card']);
    for (const r of reasons) expect(DECLINE_REASONS).toContain(r);
    const codes = Object.values(HASO_DECLINE_TRIGGERS).map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [reason, t] of Object.entries(HASO_DECLINE_TRIGGERS))
      expect(HASO_SIM_DECLINE_CODES[t.code] ?? HASO_DECLINE_CODES[t.code]?.reason, reason).toBe(reason);
    expect([HASO_SIM_KKB_REJECTED_TCKN, HASO_SIM_SUSPENDED_TCKN].map(tcknValid)).toEqual([true, true]);
  });

  it.each(Object.keys(HASO_DECLINE_TRIGGERS) as HasoSimDeclineReason[])(
    '%s: HASO refuses in its envelope with the code, the client raises a PaymentDeclinedError with that reason',
    async (reason) => {
      const { haso, sim, answers } = recorded();
      const e = await fail(provokeDecline(reason, { haso, sim }) as Promise<unknown>);
      const code = HASO_DECLINE_TRIGGERS[reason].code;
      // What HASO answers: HTTP 200, Success false, the code in Data.Message and leading the Errors line.
      const answer = answers.at(-1) ?? expect.unreachable('no answer');
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ Success: false, Data: { Message: code } });
      expect((answer.json.Errors as string[])[0]).toMatch(new RegExp(`^${code} `));
      expect(e).toBeInstanceOf(PaymentDeclinedError);
      expect(e).toMatchObject({
        code: 'payment_declined',
        reason,
        providerCode: code,
        outcome: 'rejected',
        operation: HASO_DECLINE_TRIGGERS[reason].operation,
      });
      expect(e.message).toMatch(new RegExp(`^haso declined ${HASO_DECLINE_TRIGGERS[reason].operation}: ${code} `));
      expect(e.shopperMessage('tr')).toBe(shopperMessage(reason, 'tr'));
    },
  );

  it('H223 on a purchase is invalid_card without any option (a published code); the simulator codes need declineCodes', async () => {
    const plain = recorded({});
    const unknownCustomer = await fail(plain.haso.transactions.create({ orderAmount: 100, selectedInstallment: 1, customerId: '9999999999' }));
    expect(unknownCustomer).toBeInstanceOf(PaymentDeclinedError);
    expect(unknownCustomer).toMatchObject({ reason: 'invalid_card', providerCode: 'H223', group: 'customer not found', retryWithAnotherCard: true });
    // Without the account's codes, a code HASO does not publish is a refusal, not a decline.
    const overLimit = await fail(provokeDecline('insufficient_funds', plain));
    expect(overLimit).toBeInstanceOf(ProviderError);
    expect(overLimit).not.toBeInstanceOf(PaymentDeclinedError);
    expect(overLimit).toMatchObject({ providerCode: 'H901', outcome: 'rejected' });
  });

  it('a refusal of a call that decides nothing about the shopper is never a decline, whatever its code', async () => {
    const { haso } = recorded();
    const gsm = await fail(haso.customers.changeGsmNo({ CustomerId: '99', NewGsmNo: '5551234567' }));
    expect(gsm).toBeInstanceOf(ProviderError);
    expect(gsm).not.toBeInstanceOf(PaymentDeclinedError);
    expect(gsm.providerCode).toBe('H223');
    const duplicate = simAndClient({ declineCodes: HASO_SIM_DECLINE_CODES });
    const customerId = await customerWithLimit(duplicate.haso, duplicate.sim);
    await duplicate.haso.transactions.create({ merchantOid: 'DUP-1', orderAmount: 100, selectedInstallment: 1, customerId });
    const again = await fail(duplicate.haso.transactions.create({ merchantOid: 'DUP-1', orderAmount: 100, selectedInstallment: 1, customerId }));
    expect(again).not.toBeInstanceOf(PaymentDeclinedError);
  });

  it('a declined purchase moved no money: the limit stays free, the same customer buys within it', async () => {
    const { haso, sim } = recorded();
    const customerId = await customerWithLimit(haso, sim);
    const e = await fail(haso.transactions.create({ merchantOid: 'BIG-1', orderAmount: 1_000_001, selectedInstallment: 3, customerId }));
    expect(e).toMatchObject({ reason: 'insufficient_funds', reference: 'BIG-1' });
    expect(sim.state.customers.get(customerId)?.usedKurus).toBe(0);
    expect((await haso.transactions.create({ orderAmount: 1_000_000, selectedInstallment: 3, customerId })).transactionCode).toBeDefined();
  });

  it('test switches decide on their own: the rejected TCKN is approved with testResult, and limit 0 (E) declines any purchase', async () => {
    const { haso } = recorded();
    const who = { ...shopper, tckn: HASO_SIM_KKB_REJECTED_TCKN, testOn: true };
    const kkbRefNo = (await haso.limits.start(who)).KkbRefNo as string;
    const zero = await haso.limits.confirmPin({ kkbRefNo, pinCode: 'any', testResult: 'E' });
    expect(zero.CustomerInfo?.CustomerLimitKurus).toBe(0);
    const e = await fail(haso.transactions.create({ orderAmount: 1, selectedInstallment: 1, customerId: zero.CustomerInfo?.CustomerId as string }));
    expect(e.reason).toBe('insufficient_funds');
  });

  it('a rejected KKB request stays rejected; a report that was not ready is rejected when polled', async () => {
    const { haso, sim } = recorded();
    const who = { ...shopper, tckn: HASO_SIM_KKB_REJECTED_TCKN };
    const kkbRefNo = (await haso.limits.start(who)).KkbRefNo as string;
    await fail(haso.limits.confirmPin({ kkbRefNo, pinCode: sim.pinFor(kkbRefNo) as string }));
    expect((await fail(haso.limits.askReportResult({ kkbRefNo }))).reason).toBe('do_not_honor');
    // RETRY in test mode leaves the report pending; a poll without a switch lets the report decide.
    const pending = simAndClient({ declineCodes: HASO_SIM_DECLINE_CODES });
    const ref = (await pending.haso.limits.start({ ...who, testOn: true })).KkbRefNo as string;
    await pending.haso.limits.confirmPin({ kkbRefNo: ref, pinCode: 'x', testResult: 'RETRY' });
    pending.sim.state.kkbRequests.get(ref)!.testOn = false;
    expect((await fail(pending.haso.limits.askReportResult({ kkbRefNo: ref }))).reason).toBe('do_not_honor');
  });

  it('a suspended customer gets no KDS limit either (5.2.6)', async () => {
    const { haso } = recorded();
    const who = { ...shopper, tckn: HASO_SIM_SUSPENDED_TCKN, birthDate: '1990-01-01', dealerSegment: 'S', kdsLimit: 100_000 };
    await haso.limits.setFromKds(who);
    expect((await fail(haso.limits.setFromKds(who))).reason).toBe('restricted_card');
  });

  it('hasoDeclineReason: published codes on their calls, the account codes on every decision call, nothing elsewhere', () => {
    expect(HASO_DECISION_OPERATIONS).toContain('transactions.create');
    expect(hasoDeclineReason('H223', 'transactions.create')).toBe('invalid_card');
    expect(hasoDeclineReason('H223', 'limits.confirmPin')).toBeUndefined();
    expect(hasoDeclineReason('H307', 'transactions.create')).toBeUndefined();
    expect(hasoDeclineReason(undefined, 'transactions.create')).toBeUndefined();
    expect(hasoDeclineReason('H412', 'limits.confirmPin', { H412: 'do_not_honor' })).toBe('do_not_honor');
    expect(hasoDeclineReason('H412', 'refunds.create', { H412: 'do_not_honor' })).toBeUndefined();
    expect(hasoDeclineReason('H223', 'transactions.create', { H223: 'other' })).toBe('other');
    for (const d of Object.values(HASO_DECLINE_CODES)) expect(DECLINE_REASONS).toContain(d.reason);
  });

  it('a code in unknownOutcomeCodes is not a decline: the money may have moved', async () => {
    const answer = { Success: false, Errors: ['H901 Müşteri limiti yetersiz'], Data: { Message: 'H901' } };
    const haso = new Haso({
      ...creds,
      baseUrl: BASE,
      ipAddress: IP,
      logLevel: 'off',
      declineCodes: HASO_SIM_DECLINE_CODES,
      unknownOutcomeCodes: ['H901'],
      fetch: async () => Response.json(answer),
    });
    const e = await fail(haso.transactions.create({ orderAmount: 100, selectedInstallment: 1, customerId: '5001' }));
    expect(e).not.toBeInstanceOf(PaymentDeclinedError);
    expect(e.outcome).toBe('unknown');
  });
});
