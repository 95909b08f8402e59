import { simRandomHex } from '../frame/crypto.js';
import type { SimRequest } from '../frame/http.js';
import { ODEROPAY_SIM_ERRORS } from './errors.js';
import { percentOf, simDate, simKurus, tl } from './money.js';
import type { OderoPaySimulator } from './simulator.js';
import type { OderoPaySimPayment } from './state.js';

// ÖderoPay-only flows, answered in the shapes the official clients define: InitCreditPaymentResponse,
// PreviewCreditPaymentResponse, MoneyTransferPaymentResult, and PaymentResponse for a wallet payment's status.

/** Loan terms the simulated lender offers, with its monthly interest (percent × 100). */
const LOAN_TERMS: readonly [number, number][] = [
  [3, 199],
  [6, 219],
  [12, 249],
];

const text2 = (k: number) => tl(k).toFixed(2);

/** Registers credit (shopping loan), money transfer and wallet payments. */
export function registerExtraRoutes(sim: OderoPaySimulator): void {
  const on = (method: string, path: string, handler: (r: SimRequest) => ReturnType<OderoPaySimulator['ok']>) =>
    sim.route(method, path, (r) => sim.authed(r, () => handler(r)));
  const optionalAmount = (b: Record<string, unknown>, key: string) => {
    if (b[key] === undefined) return undefined;
    const k = simKurus(b[key]);
    if (k === undefined) throw sim.validation(`${key} must be a decimal amount`);
    return k;
  };

  on('POST', '/payment/v1/credit-payments/init', (r) => {
    const b = sim.body(r);
    const price = optionalAmount(b, 'price');
    optionalAmount(b, 'paidPrice');
    if (b.callbackUrl !== undefined && (typeof b.callbackUrl !== 'string' || !/^https?:\/\//.test(b.callbackUrl)))
      throw sim.validation('callbackUrl must be an http(s) URL');
    const paymentId = sim.nextId();
    sim.records.creditPayments.set(paymentId, {
      id: paymentId,
      conversationId: b.conversationId,
      price: price === undefined ? undefined : tl(price),
      createdDate: simDate(),
    });
    return sim.ok({
      resultCode: 0,
      resultExplanation: 'Kredi başvurusu başlatıldı',
      htmlContent: null,
      redirectURL: `https://sandbox-credit.oderopay.com.tr/apply/${paymentId}`,
      errorMessage: null,
      paymentId,
    });
  });

  // Both official clients send `amount` (as text); the lender answers with one offer per term, every value as text.
  on('POST', '/payment/v1/credit-payments/preview', (r) => {
    const amount = simKurus(sim.body(r).amount);
    if (amount === undefined || amount <= 0) throw sim.validation('amount must be a positive decimal');
    const offerProductTable = LOAN_TERMS.map(([term, monthly]) => {
      const interest = percentOf(amount, monthly * term);
      const total = amount + interest;
      return {
        productCode: `ALV-${term}`,
        productName: `${term} ay vadeli alışveriş kredisi`,
        term: String(term),
        installmentAmount: text2(Math.ceil(total / term)),
        totalPaymentAmount: text2(total),
        creditInterest: text2(interest),
        insuranceAmount: '0.00',
        effectiveInterestRateMonthly: (monthly / 100).toFixed(2),
        effectiveInterestRate: ((monthly * 12) / 100).toFixed(2),
      };
    });
    return sim.ok({ offerProductTable, resultCode: 0, resultExplanation: 'Teklifler hazır' });
  });

  on('POST', '/payment/v1/money-transfers/code', (r) => {
    // MoneyTransferPaymentResult of the official Node client: success is `isSuccess: true`.
    const b = sim.body(r);
    const amount = simKurus(b.amount);
    if (amount === undefined || amount <= 0) throw sim.validation('amount must be a positive decimal');
    const paymentId = sim.nextId();
    return sim.ok({
      paymentId,
      conversationId: typeof b.conversationId === 'string' ? b.conversationId : null,
      token: simRandomHex(16),
      callbackUrl: null,
      isSuccess: true,
      errorCode: null,
      errorMessage: null,
    });
  });

  // A wallet payment waits for the customer in the wallet (`simulateWalletPayment`); its status is a PaymentResponse.
  on('POST', '/payment/v1/wallet/init', (r) => {
    const b = sim.body(r);
    const price = optionalAmount(b, 'price') ?? optionalAmount(b, 'paidPrice');
    if (price === undefined || price <= 0) throw sim.validation('price must be a positive decimal');
    const paid = optionalAmount(b, 'paidPrice') ?? price;
    const orderId = typeof b.orderId === 'string' && b.orderId !== '' ? b.orderId : `order-${sim.nextId()}`;
    if (sim.wallets.has(orderId)) throw sim.fail(400, ODEROPAY_SIM_ERRORS.invalidState, `wallet order ${orderId} already exists`);
    const id = sim.nextId();
    const payment: OderoPaySimPayment = {
      id,
      createdDate: simDate(),
      ...(typeof b.conversationId === 'string' ? { conversationId: b.conversationId } : {}),
      price,
      paidPrice: paid,
      walletPrice: paid,
      currency: typeof b.currency === 'string' ? b.currency : 'TRY',
      installment: 1,
      paymentType: 'WALLET_PAYMENT',
      paymentGroup: typeof b.paymentGroup === 'string' ? b.paymentGroup : 'PRODUCT',
      paymentStatus: 'WAITING',
      paymentPhase: 'AUTH',
      isThreeDS: false,
      merchantCommissionRate: 0,
      pfCommission: percentOf(paid, 149),
      paidWithStoredCard: false,
      transactions: [
        {
          id: sim.nextId(),
          paymentId: id,
          name: 'Cüzdan ödemesi',
          price,
          paidPrice: paid,
          walletPrice: paid,
          refunded: 0,
          transactionStatus: 'WAITING_FOR_APPROVAL',
        },
      ],
      refunded: 0,
    };
    sim.payments.set(id, payment);
    sim.wallets.set(orderId, id);
    return sim.ok({ ...sim.paymentJson(payment), orderId });
  });
  on('GET', '/payment/v1/wallet/status/{orderId}', (r) => {
    const id = sim.wallets.get(r.params.orderId as string);
    if (id === undefined) throw sim.notFound(`wallet order ${r.params.orderId}`);
    return sim.ok(sim.paymentJson(sim.payment(id)));
  });
}
