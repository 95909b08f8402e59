import { ConfigurationError, isOdemeError, type OdemeError, ProviderError, UnexpectedResponseError, ValidationError } from '@odeme/core';
import { OderoPay } from '@odeme/oderopay';
import { describe, expect, it } from 'vitest';
import {
  craftgateLineRefund,
  craftgatePayment,
  craftgateRefund,
  LINE_REFUND_INFORMATIONAL,
  PAYMENT_INFORMATIONAL,
  PAYOUT_FIELDS,
  REFUND_INFORMATIONAL,
  TRANSACTION_INFORMATIONAL,
  variants,
} from './craftgate-shapes';
import { basket, card, creds, setup } from './helpers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A client whose fetch records each request body and answers from `answer` (a status and a body text). */
function scripted(answer: (body: Record<string, unknown>, url: string) => { status: number; body: string }, extra: Record<string, unknown> = {}) {
  const sent: { url: string; body: Record<string, unknown> }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const text = await request.text();
    const body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    sent.push({ url: request.url, body });
    const a = answer(body, request.url);
    return new Response(a.body === '' ? null : a.body, { status: a.status, headers: { 'content-type': 'application/json' } });
  };
  const odero = new OderoPay({ ...creds, environment: 'sandbox', fetch, logLevel: 'off', ...extra });
  return { odero, sent };
}

const data = (value: unknown) => ({ status: 200, body: JSON.stringify({ data: value }) });

async function failure(p: Promise<unknown>): Promise<OdemeError> {
  const e = await p.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!isOdemeError(e)) throw new Error(`expected an odeme error, got ${String(e)}`);
  return e;
}

const withoutCard = () => {
  const { conversationId: _c, ...rest } = basket();
  return rest;
};
const noConversation = () => ({ ...withoutCard(), card: card() });

describe('success is never lost over an informational field (Craftgate-shaped answers)', () => {
  const moneyCalls = {
    'payments.create': (o: OderoPay) => o.payments.create(noConversation()),
    'threeDS.complete': (o: OderoPay) => o.threeDS.complete({ paymentId: 5001 }),
    'payments.postAuth': (o: OderoPay) => o.payments.postAuth({ paymentId: 5001, paidPrice: '150.50' }),
  } as const;

  for (const [id, call] of Object.entries(moneyCalls)) {
    it(`${id}: a Craftgate PaymentResponse succeeds as it is`, async () => {
      const { odero, sent } = scripted((b) => data(craftgatePayment((b.conversationId as string) ?? null)));
      const out = await call(odero);
      expect(out.id).toBe(5001);
      expect(out.paymentStatus).toBe('SUCCESS');
      expect(sent).toHaveLength(1);
    });

    it(`${id}: succeeds with each informational field missing, null or of another type`, async () => {
      let cases = 0;
      for (const key of PAYMENT_INFORMATIONAL) {
        for (const v of variants(craftgatePayment('order-1'), key)) {
          const { odero } = scripted(() => data(v.body));
          const out = await call(odero);
          expect(out.paymentStatus, `${key} ${v.how}`).toBe('SUCCESS');
          cases++;
        }
      }
      const base = craftgatePayment('order-1');
      for (const key of TRANSACTION_INFORMATIONAL) {
        for (const v of variants(base.paymentTransactions[0] as Record<string, unknown>, key)) {
          const { odero } = scripted(() => data({ ...base, paymentTransactions: [v.body, base.paymentTransactions[1]] }));
          expect((await call(odero)).paymentTransactions?.length, `transaction ${key} ${v.how}`).toBe(2);
          cases++;
        }
      }
      for (const key of PAYOUT_FIELDS) {
        for (const v of variants(base.paymentTransactions[0]?.payout as Record<string, unknown>, key)) {
          const tx = { ...base.paymentTransactions[0], payout: v.body };
          const { odero } = scripted(() => data({ ...base, paymentTransactions: [tx] }));
          expect((await call(odero)).id, `payout ${key} ${v.how}`).toBe(5001);
          cases++;
        }
      }
      expect(cases).toBe(3 * (PAYMENT_INFORMATIONAL.length + TRANSACTION_INFORMATIONAL.length + PAYOUT_FIELDS.length));
    });
  }

  it('checkout.retrieve reads a Craftgate PaymentResponse without the informational fields', async () => {
    const bare = Object.fromEntries(Object.entries(craftgatePayment('order-1')).filter(([k]) => !(PAYMENT_INFORMATIONAL as readonly string[]).includes(k)));
    const { odero } = scripted(() => data(bare));
    expect((await odero.checkout.retrieve({ token: 'tok-1' })).paymentStatus).toBe('SUCCESS');
  });

  it('refunds.create: a Craftgate PaymentRefundResponse succeeds, with each informational field missing, null or of another type', async () => {
    for (const key of REFUND_INFORMATIONAL) {
      for (const v of variants(craftgateRefund('refund-1'), key)) {
        const { odero } = scripted(() => data(v.body));
        const out = await odero.refunds.create({ paymentId: 5001, conversationId: 'refund-1' });
        expect(out.status, `${key} ${v.how}`).toBe('SUCCESS');
        expect(out.refundPrice).toBe(150.5);
      }
    }
  });

  it('refunds.createTransaction and createByPaymentId: a Craftgate line refund succeeds with each informational field missing, null or of another type', async () => {
    for (const key of LINE_REFUND_INFORMATIONAL) {
      for (const v of variants(craftgateLineRefund('line-1'), key)) {
        const { odero } = scripted(() => data(v.body));
        expect((await odero.refunds.createTransaction({ paymentTransactionId: 7001, refundPrice: '20' })).status, `${key} ${v.how}`).toBe('SUCCESS');
        expect((await odero.refunds.createByPaymentId({ paymentId: 5001, refundPrice: '20' })).refundPrice).toBe(20);
      }
    }
  });

  it('what identifies and settles a payment is still required: without it the answer is not a success', async () => {
    for (const key of ['id', 'paymentStatus', 'price', 'paidPrice', 'currency']) {
      const { [key]: _gone, ...body } = craftgatePayment('order-1') as Record<string, unknown>;
      const { odero } = scripted(() => data(body));
      const e = await failure(odero.payments.create(noConversation()));
      expect(e, key).toBeInstanceOf(UnexpectedResponseError);
      expect(e.outcome).toBe('unknown');
    }
  });
});

describe('a 2xx is success only with the data envelope', () => {
  const bodies: [string, { status: number; body: string }][] = [
    ['200 {}', { status: 200, body: '{}' }],
    ['200 with no body', { status: 200, body: '' }],
    ['200 {"data":null}', { status: 200, body: '{"data":null}' }],
    ['200 bare payment without the envelope', { status: 200, body: JSON.stringify(craftgatePayment('order-1')) }],
    ['200 JSON null', { status: 200, body: 'null' }],
  ];
  for (const [name, answer] of bodies) {
    it(`${name} on a money call is UnexpectedResponseError, outcome unknown, sent once`, async () => {
      const { odero, sent } = scripted(() => answer);
      const e = await failure(odero.payments.create(noConversation()));
      expect(e).toBeInstanceOf(UnexpectedResponseError);
      expect(e.outcome).toBe('unknown');
      expect(e.reference).toBe(sent[0]?.body.conversationId);
      expect(sent).toHaveLength(1);
    });
  }

  it('a 204 is success for a money row whose answer may be empty, and for a read', async () => {
    const { odero } = scripted(() => ({ status: 204, body: '' }));
    const out = await odero.paymentTransactions.reorganize({ paymentId: 5001, items: [{ paymentTransactionId: 7001, price: '100.25' }] });
    expect(out).toBeUndefined();
    expect(await odero.cards.delete({ cardUserKey: 'a'.repeat(36), cardToken: 'b'.repeat(36) })).toBeUndefined();
  });

  it('a 200 with no body is success for a read that answers nothing, not for a money row', async () => {
    const { odero } = scripted(() => ({ status: 200, body: '' }));
    expect(await odero.cards.delete({ cardUserKey: 'a'.repeat(36), cardToken: 'b'.repeat(36) })).toBeUndefined();
    const e = await failure(odero.paymentTransactions.reorganize({ paymentId: 5001, items: [{ paymentTransactionId: 7001, price: '100.25' }] }));
    expect(e).toBeInstanceOf(UnexpectedResponseError);
    expect(e.outcome).toBe('unknown');
    expect(e.reference).toBe('5001');
  });

  it('money transfer: isSuccess true only; false is the provider refusing (rejected), absent is unknown', async () => {
    const ok = scripted(() => data({ paymentId: 1, isSuccess: true, errorCode: null }));
    expect((await ok.odero.moneyTransfers.createCode({ amount: '75', transactionId: 'mt-1' })).reference).toBe('mt-1');
    const refused = scripted(() => data({ isSuccess: false, errorCode: 'MT-12', errorMessage: 'iban kapalı' }));
    const e = await failure(refused.odero.moneyTransfers.createCode({ amount: '75', transactionId: 'mt-2' }));
    expect(e).toBeInstanceOf(ProviderError);
    expect((e as ProviderError).providerCode).toBe('MT-12');
    expect(e.outcome).toBe('rejected');
    expect(e.reference).toBe('mt-2');
    const silent = scripted(() => data({ paymentId: 2 }));
    const u = await failure(silent.odero.moneyTransfers.createCode({ amount: '75', transactionId: 'mt-3' }));
    expect(u).toBeInstanceOf(UnexpectedResponseError);
    expect(u.outcome).toBe('unknown');
  });
});

describe('refusal codes that do not prove the money stayed', () => {
  const refusal = (code: string) => ({ status: 422, body: JSON.stringify({ errors: { errorCode: code, errorDescription: 'sistem hatası' } }) });

  it('a code listed in unknownOutcomeCodes gives outcome unknown on a money call; other codes stay rejected', async () => {
    const listed = scripted(() => refusal('10999'), { unknownOutcomeCodes: ['10999', '5000'] });
    const e = await failure(listed.odero.payments.create(noConversation()));
    expect(e).toBeInstanceOf(ProviderError);
    expect(e.outcome).toBe('unknown');
    expect(e.reference).toBe(listed.sent[0]?.body.conversationId);
    const other = scripted(() => refusal('10051'), { unknownOutcomeCodes: ['10999'] });
    expect((await failure(other.odero.payments.create(noConversation()))).outcome).toBe('rejected');
    const read = scripted(() => refusal('10999'), { unknownOutcomeCodes: ['10999'] });
    expect((await failure(read.odero.payments.retrieve({ id: 5001 }))).outcome).toBeUndefined();
  });

  it('an errors object with neither code nor text is an error whose outcome is unknown, not a refusal', async () => {
    for (const errors of ['{}', '[]', '{"errorGroup":"X"}']) {
      const { odero } = scripted(() => ({ status: 200, body: `{"errors":${errors},"data":{"id":5001}}` }));
      const e = await failure(odero.payments.create(noConversation()));
      // An empty list is no error entry at all: the answer is then judged as a success, and this one lacks its amounts.
      expect(e, errors).toBeInstanceOf(errors === '[]' ? UnexpectedResponseError : ProviderError);
      expect(e.outcome, errors).toBe('unknown');
    }
  });

  it('unknownOutcomeCodes must be a list of strings', () => {
    expect(() => new OderoPay({ ...creds, environment: 'sandbox', unknownOutcomeCodes: '10999' as never })).toThrow(ConfigurationError);
    expect(() => new OderoPay({ ...creds, environment: 'sandbox', unknownOutcomeCodes: [10999] as never })).toThrow(ConfigurationError);
  });
});

describe('references of money rows', () => {
  it('conversationId is generated when left out, sent, and returned as reference; a given one is kept', async () => {
    const { odero, sent } = scripted((b) => data(craftgatePayment((b.conversationId as string) ?? null)));
    const out = await odero.payments.create(noConversation());
    expect(sent[0]?.body.conversationId).toMatch(UUID);
    expect(out.reference).toBe(sent[0]?.body.conversationId);
    const mine = await odero.payments.create({ ...basket(), card: card() });
    expect(mine.reference).toBe('order-1001');
    expect(sent[1]?.body.conversationId).toBe('order-1001');
  });

  it('every row ÖderoPay lets the merchant name generates its conversationId; the others carry their natural reference', async () => {
    const { odero, sent } = scripted((b, url) => {
      if (url.includes('3ds-init')) return data({ htmlContent: btoa('<html></html>') });
      if (url.includes('checkout-payments/init')) return data({ token: 't', pageUrl: 'https://p' });
      if (url.includes('/refunds')) return data(craftgateRefund((b.conversationId as string) ?? null));
      if (url.includes('refund-transactions')) return data(craftgateLineRefund((b.conversationId as string) ?? null));
      if (url.includes('multi_post-auth')) return data({ conversationId: 'multi-1', paymentMultiCardStatus: 'SUCCESS', paymentIdList: [1, 2] });
      if (url.includes('cross-bookings')) return data({ id: 44, price: 10, transactionStatus: 'CANCELLED' });
      if (url.includes('credit-payments') || url.includes('wallet')) return data({ resultCode: 0 });
      return data(craftgatePayment(null));
    });
    const generated = [
      await odero.threeDS.init({ ...noConversation(), callbackUrl: 'https://shop.example/3ds' }),
      await odero.checkout.init({ ...withoutCard(), callbackUrl: 'https://shop.example/checkout' }),
      await odero.refunds.create({ paymentId: 5001 }),
      await odero.refunds.createTransaction({ paymentTransactionId: 7001, refundPrice: '20' }),
      await odero.creditPayments.init({ price: '100', currency: 'TRY' }),
    ];
    generated.forEach((out, i) => {
      expect(out.reference).toMatch(UUID);
      expect(sent[i]?.body.conversationId).toBe(out.reference);
    });
    expect(new Set(generated.map((o) => o.reference)).size).toBe(generated.length);
    expect((await odero.threeDS.complete({ paymentId: 5001 })).reference).toBe('5001');
    expect((await odero.payments.postAuth({ paymentId: '5001' })).reference).toBe('5001');
    expect((await odero.payments.multiCardPostAuth({ conversationId: 'multi-1', paidPrice: '300' })).reference).toBe('multi-1');
    expect((await odero.refunds.createByPaymentId({ paymentId: 5001, refundPrice: '20' })).reference).toBe('5001');
    expect((await odero.crossBookings.cancel({ crossBookingId: 44 })).reference).toBe('44');
    // The wallet body is not published: nothing is added to it, and a conversationId the caller gives is the reference.
    await odero.walletPayments.init({ orderId: 'w-1', price: '20', currency: 'TRY' });
    expect(sent.at(-1)?.body).not.toHaveProperty('conversationId');
    expect((await odero.walletPayments.init({ orderId: 'w-2', conversationId: 'wallet-2' })).reference).toBe('wallet-2');
  });

  it('the simulator takes a generated conversationId, echoes it, and finds the payment by it', async () => {
    const { odero } = setup();
    const out = await odero.payments.create(noConversation());
    expect(out.reference).toMatch(UUID);
    expect(out.conversationId).toBe(out.reference);
    const found = await odero.payments.findByConversationId(out.reference);
    expect(found.map((p) => [p.id, p.paymentStatus])).toEqual([[out.id, 'SUCCESS']]);
    expect(await odero.payments.findByConversationId('no-such-order')).toEqual([]);
  });
});

describe('payments.findByConversationId', () => {
  it('keeps only rows with that exact conversationId (a gateway that ignores the filter cannot mislead it)', async () => {
    const rows = [
      { id: 1, price: 1, paidPrice: 1, paymentStatus: 'SUCCESS', conversationId: 'other-order' },
      { id: 2, price: 1, paidPrice: 1, paymentStatus: 'FAILURE', conversationId: 'order-7' },
      { id: 3, price: 1, paidPrice: 1, paymentStatus: 'SUCCESS', conversationId: null },
    ];
    const { odero, sent } = scripted(() => data({ items: rows, page: 0, size: 50, totalSize: 3 }));
    const found = await odero.payments.findByConversationId('order-7');
    expect(found.map((p) => p.id)).toEqual([2]);
    expect(new URL(sent[0]?.url as string).searchParams.get('conversationId')).toBe('order-7');
  });

  it('reads further pages while they are full, and refuses an empty id before sending', async () => {
    const row = (id: number) => ({ id, price: 1, paidPrice: 1, paymentStatus: 'SUCCESS', conversationId: 'multi-9' });
    const { odero, sent } = scripted((_b, url) => {
      const page = Number(new URL(url).searchParams.get('page'));
      const items = page === 0 ? Array.from({ length: 50 }, (_, i) => row(i + 1)) : [row(51)];
      return data({ items, page, size: 50, totalSize: 51 });
    });
    expect(await odero.payments.findByConversationId('multi-9')).toHaveLength(51);
    expect(sent).toHaveLength(2);
    const e = await failure(odero.payments.findByConversationId(' '));
    expect(e).toBeInstanceOf(ValidationError);
    expect(sent).toHaveLength(2);
  });
});
