import { simRandomHex } from '../frame/crypto.js';
import { HASO_SIM_MERCHANT_LIMIT_KURUS } from './declines.js';
import { addMonths, type HasoSimInstallment, splitKurus } from './plan.js';
import type { HasoSimContext, HasoSimHandler } from './simulator.js';
import { type HasoSimCustomer, type HasoSimTransaction, refuse } from './state.js';
import { type HasoSimBody, readList, readText, readX100String, tl } from './wire.js';

/** Installment counts the simulator offers (simulator choice). */
export const HASO_SIM_INSTALLMENT_COUNTS = [1, 3, 6, 9, 12] as const;

/** A payment plan as the simulator answers it (the field names of 5.14's output). */
export function planOut(t: HasoSimTransaction) {
  return t.installments.map((i) => ({
    InstallmentNo: i.installmentNo,
    installmentPayment: tl(i.amountKurus),
    termDate: i.termDate,
    totalExpenseAmount: tl(i.expenseKurus),
    paymentCode: i.paymentCode,
    paymentStatus: i.status,
  }));
}

function planData(t: HasoSimTransaction) {
  return {
    transactionCode: t.transactionCode,
    merchantOid: t.merchantOid,
    CustomerId: t.customerId,
    orderAmount: tl(t.orderAmountKurus),
    PaymentPlan: planOut(t),
  };
}

/** The transaction named by `merchantOid` + `transactionCode` (both must match). */
function transactionOf(ctx: HasoSimContext, body: HasoSimBody): HasoSimTransaction {
  const code = readText(body, 'transactionCode');
  const oid = readText(body, 'merchantOid', 20);
  const t = code ? ctx.state.transactions.get(code) : undefined;
  if (!t || t.merchantOid !== oid) throw refuse(undefined, 'İşlem bulunamadı');
  return t;
}

function byOid(ctx: HasoSimContext, oid: string | undefined): HasoSimTransaction {
  for (const t of ctx.state.transactions.values()) if (t.merchantOid === oid) return t;
  throw refuse(undefined, 'merchantOid ile işlem bulunamadı');
}

function customerOf(ctx: HasoSimContext, t: HasoSimTransaction): HasoSimCustomer {
  return ctx.state.customers.get(t.customerId) as HasoSimCustomer;
}

/** Marks an installment paid and gives its amount back to the customer's limit. */
export function markPaid(ctx: HasoSimContext, t: HasoSimTransaction, i: HasoSimInstallment, day: string, reference?: string): void {
  i.status = 1;
  i.paidOn = day;
  if (reference) i.paymentReferenceCode = reference;
  const c = customerOf(ctx, t);
  c.usedKurus = Math.max(0, c.usedKurus - i.amountKurus);
}

function paidDate(body: HasoSimBody): string {
  const d = readText(body, 'paymentDate');
  if (!d || !/^\d{4}-\d{2}-\d{2}/.test(d)) throw refuse(undefined, 'paymentDate geçersiz');
  return d.slice(0, 10);
}

function options(amount: number) {
  return HASO_SIM_INSTALLMENT_COUNTS.map((n) => {
    const parts = splitKurus(amount, n);
    return { InstallmentNo: n, installmentPayment: tl(parts[0] as number), totalAmount: tl(amount) };
  });
}

/** 5.3, 5.5, 5.6, 5.7, 5.8, 5.12, 5.14, 5.20, 5.21 and [D] GetToken. */
export const transactionHandlers: Record<string, HasoSimHandler> = {
  '/RequestV2/CreateTransaction': (body, ctx) => {
    const oid = readText(body, 'merchantOid', 20);
    const customerId = readText(body, 'customerId', 10);
    const amount = readX100String(body, 'orderAmount');
    const count = Number(body.selectedInstallment);
    if (!oid) throw refuse(undefined, 'merchantOid zorunludur (en çok 20 karakter)');
    if (amount === undefined || amount <= 0) throw refuse(undefined, 'orderAmount 100 ile çarpılmış tam sayı olmalıdır');
    if (!(HASO_SIM_INSTALLMENT_COUNTS as readonly number[]).includes(count)) throw refuse(undefined, 'selectedInstallment geçersiz');
    const customer = customerId ? ctx.state.customers.get(customerId) : undefined;
    if (!customer) throw refuse('H223', 'Müşteri bulunamadı');
    for (const t of ctx.state.transactions.values()) if (t.merchantOid === oid) throw refuse(undefined, 'Bu merchantOid ile daha önce işlem yapıldı');
    // 5.3: HASO checks the amount against the merchant's and the customer's limits.
    if (amount > (ctx.options.merchantLimitKurus ?? HASO_SIM_MERCHANT_LIMIT_KURUS)) throw refuse('H902', 'İşlem tutarı üye işyeri limitini aşıyor');
    if (customer.suspended) throw refuse('H904', 'Müşteri askıya alınmış');
    if (customer.limitKurus - customer.usedKurus < amount) throw refuse('H901', 'Müşteri limiti yetersiz');
    const code = ctx.newId('T');
    const today = ctx.today();
    const installments = splitKurus(amount, count).map(
      (amountKurus, k): HasoSimInstallment => ({
        installmentNo: k + 1,
        paymentCode: `${code}-${k + 1}`,
        amountKurus,
        expenseKurus: 0,
        termDate: addMonths(today, k + 1),
        status: 0,
      }),
    );
    const t: HasoSimTransaction = {
      transactionCode: code,
      merchantOid: oid,
      customerId: customer.customerId,
      orderAmountKurus: amount,
      refundedKurus: 0,
      inEnforcement: false,
      createdAt: today,
      seq: ctx.seq(),
      installments,
    };
    ctx.state.transactions.set(code, t);
    customer.usedKurus += amount;
    return planData(t);
  },

  '/Index/GetPaymentsOfTransaction': (body, ctx) => planData(transactionOf(ctx, body)),

  '/RequestV2/SetPaidPayment': (body, ctx) => {
    const t = byOid(ctx, readText(body, 'merchantOid', 20));
    const day = paidDate(body);
    const i = t.installments.find((x) => x.paymentCode === readText(body, 'paymentCode'));
    if (!i) throw refuse(undefined, 'paymentCode bu siparişe ait değil');
    if (i.status === 1) throw refuse(undefined, 'Bu ödeme daha önce ödendi olarak işaretlendi');
    if (i.status === 4) throw refuse(undefined, 'İptal edilmiş ödeme ödendi yapılamaz');
    markPaid(ctx, t, i, day, readText(body, 'paymentReferenceCode'));
    return { Message: 'RS100', paymentfunds: { paymentCode: i.paymentCode, amount: tl(i.amountKurus + i.expenseKurus) } };
  },

  '/RequestV2/SetBulkPaidPayment': (body, ctx) => {
    const t = byOid(ctx, readText(body, 'merchantOid', 20));
    const day = paidDate(body);
    const codes = readList(body, 'paymentCodes');
    if (!codes || codes.length === 0) throw refuse(undefined, 'paymentCodes zorunludur');
    const items = codes.map((c) => t.installments.find((x) => x.paymentCode === c));
    if (items.some((i) => i?.status !== 0)) throw refuse(undefined, 'paymentCodes içinde bulunamayan ya da ödenmiş kayıt var');
    for (const i of items as HasoSimInstallment[]) markPaid(ctx, t, i, day, readText(body, 'paymentReferenceCode'));
    return { Message: 'RS100', paymentfunds: { paymentCodes: codes } };
  },

  '/RequestV2/RefundTransaction': (body, ctx) => {
    const refundId = readText(body, 'refundId');
    if (!refundId) throw refuse(undefined, 'refundId zorunludur');
    if (ctx.state.refunds.has(refundId)) throw refuse('H307', 'Bu refundId ile iade daha önce başarıyla yapıldı');
    const t = transactionOf(ctx, body);
    const amount = readX100String(body, 'refundAmount');
    if (amount === undefined || amount <= 0) throw refuse(undefined, 'refundAmount 100 ile çarpılmış tam sayı olmalıdır');
    if (t.refundedKurus + amount > t.orderAmountKurus) throw refuse(undefined, 'İade tutarı işlem tutarını aşıyor');
    // A refund shrinks the unpaid installments from the last one backwards and frees that much limit.
    let left = amount;
    for (const i of [...t.installments].reverse()) {
      if (left === 0) break;
      if (i.status !== 0) continue;
      const cut = Math.min(i.amountKurus, left);
      i.amountKurus -= cut;
      left -= cut;
      if (i.amountKurus === 0) i.status = 4;
    }
    const c = customerOf(ctx, t);
    c.usedKurus = Math.max(0, c.usedKurus - (amount - left));
    t.refundedKurus += amount;
    ctx.state.refunds.set(refundId, {
      refundId,
      transactionCode: t.transactionCode,
      merchantOid: t.merchantOid,
      amountKurus: amount,
      status: 'Succeeded',
      createdAt: ctx.today(),
    });
    return { Message: 'RS100', RefundId: refundId, RefundStatus: 'Succeeded', refundAmount: tl(amount), PaymentPlan: planOut(t) };
  },

  '/RequestV2/CheckRefund': (body, ctx) => {
    const id = readText(body, 'refundId');
    const r = id ? ctx.state.refunds.get(id) : undefined;
    if (!r) throw refuse('H308', 'İade bulunamadı');
    return { RefundId: r.refundId, RefundStatus: r.status, refundAmount: tl(r.amountKurus), transactionCode: r.transactionCode, merchantOid: r.merchantOid };
  },

  '/RequestV2/SendExecutionTransaction': (body, ctx) => {
    const t = transactionOf(ctx, body);
    t.inEnforcement = true;
    return { Message: 'RS100' };
  },

  '/RequestV2/SendTransactionExpense': (body, ctx) => {
    const t = transactionOf(ctx, body);
    if (!t.inEnforcement) throw refuse(undefined, 'İşlem icraya gönderilmemiş');
    const fee = readX100String(body, 'counterPartyAttorneyFee');
    const expense = readX100String(body, 'expenseAmount');
    if (fee === undefined || expense === undefined) throw refuse(undefined, 'counterPartyAttorneyFee ve expenseAmount 100 ile çarpılmış tam sayı olmalıdır');
    // The total replaces any earlier total and sits on the last installment.
    for (const i of t.installments) i.expenseKurus = 0;
    (t.installments[t.installments.length - 1] as HasoSimInstallment).expenseKurus = fee + expense;
    return { PaymentPlan: planOut(t) };
  },

  '/Index/GetPaymentPlanByDealerSegment': (body) => {
    const amount = readX100String(body, 'orderAmount');
    if (amount === undefined || amount <= 0) throw refuse(undefined, 'orderAmount 100 ile çarpılmış tam sayı olmalıdır');
    return { Installments: options(amount) };
  },

  '/Index/GetToken': (_body, ctx) => {
    const token = simRandomHex(16);
    ctx.state.tokens.add(token);
    return { Token: token };
  },
};
