import { allOperations, OderoPay } from '@odeme/oderopay';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_ANSWERS } from './fixtures/oderopay-answers.js';
import { declaredKeys, fieldSchema } from './schema-keys.js';

// The official Node client's answer types against ours and against the simulator's answers: our response schemas must
// name every official field (so it is typed, not merely passed through), and the simulator must send every one of
// them for the flows below. Each exception is listed here with its reason.

const responseOf = (id: string) => allOperations().find((o) => o.id === id)?.response;

/** Official answer type → our operation whose response is that type. */
const ROOTS: Record<string, string> = {
  PaymentResponse: 'payments.create',
  PaymentDetailResponse: 'reporting.retrievePayment',
  PaymentRefundResponse: 'refunds.create',
  PaymentTransactionRefundResponse: 'refunds.createTransaction',
  PaymentTransactionResponse: 'paymentTransactions.update',
  CrossBookingTransactionResponse: 'crossBookings.send',
  StoredCardResponse: 'cards.search',
  Installment: 'installments.search',
  BinNumberResponse: 'installments.retrieveBin',
  LinkResponse: 'payByLink.create',
  BuyerResponse: 'onboarding.createBuyer',
  SubMerchantResponse: 'onboarding.createSubMerchant',
  InitCheckoutPaymentResponse: 'checkout.init',
  InitThreeDSPaymentResponse: 'threeDS.init',
  InitCreditPaymentResponse: 'creditPayments.init',
  PreviewCreditPaymentResponse: 'creditPayments.preview',
  MoneyTransferPaymentResult: 'moneyTransfers.createCode',
  PaymentTransactionApproval: 'paymentTransactions.approve',
  PayoutCompletedTransaction: 'settlementReporting.searchPayoutCompletedTransactions',
  BouncedSubMerchantRow: 'settlementReporting.searchBouncedSubMerchantRows',
};

/** List answers: their rows hold the official type. */
const LISTS = new Set(['StoredCardResponse', 'Installment', 'PaymentTransactionApproval', 'PayoutCompletedTransaction', 'BouncedSubMerchantRow']);

/** Official fields our schemas do not name, and why (they still pass through: every answer schema is loose). */
const NOT_TYPED: Record<string, string> = {
  'MoneyTransferPaymentResult.errorCode': 'only a refusal carries it, and a refusal becomes a ProviderError with providerCode',
  'MoneyTransferPaymentResult.errorMessage': 'only a refusal carries it, and a refusal becomes a ProviderError with providerMessage',
};

/** The schema of an official type, reached from its root operation or through a parent's nested field. */
function schemasOf(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [type, op] of Object.entries(ROOTS)) {
    const response = responseOf(op);
    out.set(type, LISTS.has(type) ? fieldSchema(response, 'items') : response);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const [type, answer] of Object.entries(OFFICIAL_ANSWERS)) {
      const schema = out.get(type);
      if (schema === undefined) continue;
      for (const [field, nested] of Object.entries(answer.nested ?? {})) {
        const name = nested.replace('[]', '');
        const child = fieldSchema(schema, field);
        if (!out.has(name) && child !== undefined) {
          out.set(name, child);
          grew = true;
        }
      }
    }
  }
  return out;
}

describe('conformance: answer types of the official client', () => {
  it('our response schemas name every field of the official answer types', () => {
    const schemas = schemasOf();
    const missing: string[] = [];
    let fields = 0;
    for (const [type, answer] of Object.entries(OFFICIAL_ANSWERS)) {
      const schema = schemas.get(type);
      expect(schema, `no schema of ours for ${type}`).toBeDefined();
      const keys = declaredKeys(schema);
      for (const f of answer.fields) {
        fields++;
        if (!keys.has(f)) missing.push(`${type}.${f}`);
      }
    }
    expect(missing.sort()).toEqual(Object.keys(NOT_TYPED).sort());
    console.log(
      `[conformance] answers: ${Object.keys(OFFICIAL_ANSWERS).length} official answer types, ${fields} fields named by our schemas (${missing.length} listed)`,
    );
  });

  it('the simulator sends every field of the official answer types', async () => {
    const keys = { apiKey: 'answers-api-key', secretKey: 'answers-secret-key' };
    const sim = new OderoPaySimulator(keys);
    const answers = new Map<string, unknown[]>();
    const odero = new OderoPay({
      ...keys,
      baseUrl: 'https://sandbox-api-gateway.oderopay.com.tr',
      logLevel: 'off',
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const res = await sim.fetch(request);
        const key = `${request.method} ${new URL(request.url).pathname}`;
        const text = await res.clone().text();
        if (text) answers.set(key, [...(answers.get(key) ?? []), (JSON.parse(text) as { data?: unknown }).data]);
        return res;
      },
    });
    const seller = await odero.onboarding.createSubMerchant({
      subMerchantType: 'PRIVATE_COMPANY',
      subMerchantExternalId: 'ext-1',
      name: 'Usta Ahşap',
      address: 'İzmir',
      email: 'usta@example.com',
      iban: 'TR330006100519786457841326',
      gsmNumber: '+905321112233',
      taxOffice: 'Konak',
      taxNumber: '1234567890',
      contactName: 'Mehmet',
      contactSurname: 'Öztürk',
      identityNumber: '10000000146',
      legalCompanyTitle: 'Usta Ahşap Ltd.',
    });
    const b = await odero.onboarding.createBuyer({
      name: 'Ayşe',
      surname: 'Yılmaz',
      email: 'a@example.com',
      gsmNumber: '+905321112233',
      identityNumber: '10000000146',
      buyerExternalId: 'b-1',
    });
    const p = await odero.payments.create({
      price: '150.50',
      paidPrice: '160.00',
      installment: 3,
      buyerId: b.id,
      currency: 'TRY',
      paymentGroup: 'PRODUCT',
      card: {
        cardHolderName: 'Ayşe Yılmaz',
        cardNumber: ODEROPAY_TEST_CARDS.success,
        expireYear: '2035',
        expireMonth: '07',
        cvc: '123',
        storeCardAfterSuccessPayment: true,
        cardAlias: 'İş',
      },
      items: [
        { name: 'Masa', price: '100.25', externalId: 'sku-1', subMerchantId: seller.id, subMerchantPrice: '90' },
        { name: 'Kargo', price: '50.25', externalId: 'sku-2', subMerchantId: seller.id, subMerchantPrice: '40' },
      ],
    });
    const tx = p.paymentTransactions?.map((t) => t.id) ?? [];
    await odero.paymentTransactions.approve({ paymentTransactionIds: tx });
    await odero.paymentTransactions.update({ id: tx[1] as number, subMerchantId: seller.id, subMerchantPrice: '45' });
    await odero.refunds.createTransaction({ paymentTransactionId: tx[0] as number, refundPrice: '10' });
    await odero.refunds.create({ paymentId: p.id });
    await odero.reporting.retrievePayment({ id: p.id });
    await odero.crossBookings.send({ reason: 'Komisyon', price: '10', currency: 'TRY', subMerchantId: seller.id });
    await odero.cards.search({ cardUserKey: p.cardUserKey as string });
    await odero.installments.search({ binNumber: '552879', price: '100', currency: 'TRY' });
    await odero.installments.retrieveBin({ binNumber: '552879' });
    await odero.payByLink.create({
      name: 'Kupa',
      price: '10',
      description: 'El yapımı',
      enabledInstallments: '1,2',
      stock: 3,
      expireDate: '2030-01-01T00:00:00',
    });
    await odero.checkout.init({
      price: '10',
      paidPrice: '10',
      currency: 'TRY',
      paymentGroup: 'PRODUCT',
      callbackUrl: 'https://shop.example/c',
      items: [{ name: 'Kupa', price: '10' }],
    });
    await odero.threeDS.init({
      price: '10',
      paidPrice: '10',
      installment: 1,
      currency: 'TRY',
      paymentGroup: 'PRODUCT',
      callbackUrl: 'https://shop.example/3ds',
      card: { cardHolderName: 'A B', cardNumber: ODEROPAY_TEST_CARDS.success, expireYear: '2035', expireMonth: '07', cvc: '123' },
      items: [{ name: 'Kupa', price: '10' }],
    });
    await odero.creditPayments.init({ price: '100', currency: 'TRY', creditorId: 1, productType: 'ALV' });
    await odero.creditPayments.preview({ amount: '100' });
    await odero.moneyTransfers.createCode({ amount: '75', transactionId: 'mt-1' });
    for (const t of sim.payment(p.id).transactions) t.transactionStatus = 'PAYOUT_STARTED';
    await odero.settlementReporting.searchPayoutCompletedTransactions({});

    const rowOf = new Map(allOperations().map((o) => [o.id, o]));
    /** Official fields the simulator leaves out, and why. */
    const OMITTED: Record<string, string> = {
      'PaymentCard.error': 'only a failed card payment carries an error',
      'PaymentRefund.error': 'only a failed refund carries an error',
      'PaymentTransactionRefund.error': 'only a failed line refund carries an error',
      'PaymentTransactionApproval.failedReason': 'only a failed approval carries a reason',
      'PaymentRefundResponse.id': 'a whole refund after a line refund is a REFUND, which carries no id (only a same-day CANCEL has one)',
    };
    const absent: string[] = [];
    const check = (type: string, value: unknown) => {
      const answer = OFFICIAL_ANSWERS[type];
      if (!answer || typeof value !== 'object' || value === null) return;
      for (const f of answer.fields) {
        const v = (value as Record<string, unknown>)[f];
        if (v === undefined) absent.push(`${type}.${f}`);
        const nested = answer.nested?.[f];
        if (nested && v != null) for (const item of Array.isArray(v) ? v : [v]) check(nested.replace('[]', ''), item);
      }
    };
    for (const [type, op] of Object.entries(ROOTS)) {
      if (type === 'BouncedSubMerchantRow') continue; // the simulator plays no bounced payouts: the list is empty
      const row = rowOf.get(op);
      const pattern = new RegExp(`^${row?.method} ${row?.path.replace(/\{\w+\}/g, '[^/]+')}$`);
      const got = [...answers.entries()].find(([k]) => pattern.test(k))?.[1];
      expect(got, `${type}: no answer recorded`).toBeDefined();
      const first = (got as unknown[])[0];
      const lines = LISTS.has(type) ? (first as { items: unknown[] }).items : [first];
      expect(lines.length, `${type}: empty`).toBeGreaterThan(0);
      for (const line of lines) check(type, line);
    }
    expect([...new Set(absent)].sort()).toEqual(Object.keys(OMITTED).sort());
  });
});
