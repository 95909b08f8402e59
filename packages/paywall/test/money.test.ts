import { inspect } from 'node:util';
import { isOdemeError, type OdemeError, PaymentDeclinedError, ProviderError, UnexpectedResponseError, ValidationError } from '@odeme/core';
import { decodePayWallText, isUnknownOutcomeCode, PayWall, payWallSchemas } from '@odeme/paywall';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { creds, directPayment } from './helpers';

/** A client whose every answer is `answer(request)`; the requests are kept. */
function answering(answer: (req: Request) => { status?: number; body: unknown }) {
  const seen: Request[] = [];
  const pw = new PayWall({
    ...creds,
    environment: 'test',
    logLevel: 'off',
    maxRetries: 0,
    fetch: async (input, init) => {
      const req = new Request(input as string, init);
      seen.push(req.clone());
      const a = answer(req);
      return new Response(typeof a.body === 'string' ? a.body : JSON.stringify(a.body), { status: a.status ?? 200 });
    },
  });
  return { pw, seen };
}
const env = (Body: unknown, ErrorCode = 0, Result = ErrorCode === 0) => ({ body: { ErrorCode, Result, Message: '', Body } });
const fail = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => {
      if (!isOdemeError(e)) throw e;
      return e as OdemeError;
    },
  );
const b64 = (t: string) => Buffer.from(t, 'utf8').toString('base64');

describe('PayWall money safety', () => {
  it('generates a MerchantUniqueCode when left out, sends it inside PaymentDetail, and returns it as reference', async () => {
    const { pw, seen } = answering(() => env({ Payment: { PaymentId: 1 } }));
    const { PaymentDetail, ...rest } = directPayment();
    const { MerchantUniqueCode: _drop, ...withoutCode } = PaymentDetail;
    const out = await pw.payments.startDirect({ ...rest, PaymentDetail: withoutCode });
    const body = (await seen[0]?.json()) as { PaymentDetail: { MerchantUniqueCode: string }; MerchantUniqueCode?: string };
    expect(body.PaymentDetail.MerchantUniqueCode).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.MerchantUniqueCode).toBeUndefined();
    expect(out.reference).toBe(body.PaymentDetail.MerchantUniqueCode);
    // Written into a copy: the caller's PaymentDetail is left as it was.
    expect(withoutCode).not.toHaveProperty('MerchantUniqueCode');
  });

  it("the caller's code is the reference from the start: on a refusal before sending too, never a generated one", async () => {
    const { pw, seen } = answering(() => env(null));
    const e = await fail(pw.payments.startDirect({ ...directPayment('order-77'), Products: [] }));
    expect(e).toMatchObject({ outcome: 'not_sent', reference: 'order-77' });
    // The code has one place, inside PaymentDetail: a top-level one is an unknown key, refused before sending.
    const { PaymentDetail, ...rest } = directPayment();
    const { MerchantUniqueCode: _drop, ...bare } = PaymentDetail;
    // @ts-expect-error a payment start's input has no top-level MerchantUniqueCode
    const stray = await fail(pw.payments.startDirect({ ...rest, PaymentDetail: bare, MerchantUniqueCode: 'top-1' }));
    expect(stray).toBeInstanceOf(ValidationError);
    expect(stray.outcome).toBe('not_sent');
    expect(seen).toHaveLength(0);
  });

  it('refuses, before sending, a new MerchantUniqueCode that a header cannot carry (it could not be queried by)', async () => {
    const { pw, seen } = answering(() => env(null));
    for (const code of ['sipariş-1', ' x', 'x ', 'a\u0000b', '']) {
      const e = await fail(pw.payments.startDirect(directPayment(code)));
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).fields).toEqual(['PaymentDetail.MerchantUniqueCode']);
      expect(e.outcome).toBe('not_sent');
      // The caller's own code is the reference (an empty one is refused, never replaced by a generated one).
      expect(e.reference).toBe(code === '' ? undefined : code);
    }
    expect(seen).toHaveLength(0);
  });

  it('success is Result true with ErrorCode 0; a contradictory envelope is an UnexpectedResponseError of outcome unknown', async () => {
    for (const [ErrorCode, Result] of [
      [3, true],
      [0, false],
    ] as const) {
      const { pw } = answering(() => env(null, ErrorCode, Result));
      const e = await fail(pw.refunds.create({ MerchantUniqueCode: 'm-1' }));
      expect(e).toBeInstanceOf(UnexpectedResponseError);
      expect(e).toMatchObject({ outcome: 'unknown', reference: 'm-1' });
    }
  });

  it('codes that do not prove a refusal give a money row outcome unknown; others are rejected', async () => {
    expect([-1, 5, 500, 502, 503, 504].every(isUnknownOutcomeCode)).toBe(true);
    expect([0, 1, 4, 26, 56, 92, 112].some(isUnknownOutcomeCode)).toBe(false);
    const outcomeOf = async (code: number) => (await fail(answering(() => env(null, code)).pw.refunds.create({ MerchantUniqueCode: 'm-1' }))).outcome;
    expect(await outcomeOf(504)).toBe('unknown');
    expect(await outcomeOf(-1)).toBe('unknown');
    expect(await outcomeOf(112)).toBe('rejected');
  });

  it('decodes the Base64 error fields before the error is built, so a card number in them is masked everywhere', async () => {
    const card = '4355084355084358';
    const { pw } = answering(() =>
      env(
        {
          Error: {
            ProviderErrorCode: b64('10051'),
            ProviderErrorMessage: b64(`kart ${card}`),
            BankErrorCode: '51',
            BankErrorMessage: b64(`Kart ${card} reddedildi`),
          },
        },
        1,
      ),
    );
    const e = (await fail(pw.payments.startDirect(directPayment()))) as PaymentDeclinedError;
    expect(e).toBeInstanceOf(PaymentDeclinedError);
    expect(e.details).toMatchObject({ providerErrorCode: '10051', bankErrorCode: '51' });
    expect(String((e.details as { bankErrorMessage: string }).bankErrorMessage)).toMatch(/^Kart 435508\*+4358 reddedildi$/);
    for (const view of [
      e.message,
      String(e),
      JSON.stringify(e),
      inspect(e, { depth: 8 }),
      JSON.stringify(e.body),
      JSON.stringify(e.details),
      String(e.providerMessage),
    ])
      expect(view).not.toContain(card);
  });

  it('keeps plain text that only looks like Base64 (a short code, control bytes) as sent', () => {
    expect(decodePayWallText('AAAA')).toBe('AAAA');
    expect(decodePayWallText('0000')).toBe('0000');
    expect(decodePayWallText(b64('Bakiye yetersiz'))).toBe('Bakiye yetersiz');
    expect(decodePayWallText('MD-0')).toBe('MD-0');
  });

  it('a success with null, missing or wrong-typed informational fields parses; only PaymentId is required', () => {
    const { paymentStartResponse, queryResponse } = payWallSchemas;
    for (const body of [
      null,
      {},
      { Payment: { PaymentId: 1, ActivityId: null, UniqueCode: null, MerchantUniqueKey: null, Products: null } },
      { Message: 3, Error: 'x' },
    ])
      expect(z.safeParse(paymentStartResponse, body).success).toBe(true);
    expect(z.parse(paymentStartResponse, { Payment: { PaymentId: 1, Products: null } }).Payment?.Products).toEqual([]);
    expect(z.safeParse(paymentStartResponse, { Payment: { UniqueCode: 'u' } }).success).toBe(false);
    expect(z.safeParse(queryResponse, { Paywall: { PaymentId: 1, StatusId: null, CardNumber: null, IP: 5 } }).success).toBe(true);
    expect(z.safeParse(queryResponse, { Paywall: { StatusId: 4 } }).success).toBe(false);
  });

  it('findByReference queries by MerchantUniqueCode; error 56 is "no such payment", other refusals are thrown', async () => {
    let code = 0;
    const { pw, seen } = answering(() => (code ? env(null, code) : env({ Paywall: { PaymentId: 9, StatusId: 4 } })));
    expect(await pw.payments.findByReference('order-1')).toMatchObject({ PaymentId: 9, StatusId: 4 });
    expect(seen.at(-1)?.headers.get('merchantuniquecode')).toBe('order-1');
    expect(new URL(seen.at(-1)?.url as string).pathname).toBe('/api/paywall/private/query');
    code = 56;
    expect(await pw.payments.findByReference('order-2')).toBeUndefined();
    code = 2;
    expect(await fail(pw.payments.findByReference('order-3'))).toBeInstanceOf(ProviderError);
  });
});
