import type { HasoSimInstallment } from './plan.js';
import type { HasoSimHandler } from './simulator.js';
import { HasoSimFailure, refuse } from './state.js';
import { markPaid, planOut } from './transactions.js';
import { type HasoSimBody, readInt32, readList, readText, readX100String, tl } from './wire.js';

/** A page of `items`; `pageNo` and `pageSize` are .NET `int`s, so a value the server cannot bind is refused. */
function page<T>(items: T[], body: HasoSimBody): T[] {
  const read = (name: string, fallback: number) => {
    if (body[name] === undefined) return fallback;
    const n = readInt32(body, name);
    if (n === undefined) throw refuse(undefined, `${name} geçerli bir tam sayı olmalıdır`);
    return Math.max(1, n);
  };
  const no = read('pageNo', 1);
  const size = read('pageSize', 50);
  return items.slice((no - 1) * size, no * size);
}

/** 5.9, 5.10, 5.15, 5.19. */
export const customerHandlers: Record<string, HasoSimHandler> = {
  '/Index/GetCustomerTransactions': (body, ctx) => {
    const id = readText(body, 'customerId', 10);
    if (!id || !ctx.state.customers.has(id)) throw refuse('H223', 'Müşteri bulunamadı');
    const only = readList(body, 'transactionCodes');
    const list = [...ctx.state.transactions.values()]
      .filter((t) => t.customerId === id && (!only || only.includes(t.transactionCode)))
      .sort((a, b) => b.seq - a.seq)
      .map((t) => ({ transactionCode: t.transactionCode, merchantOid: t.merchantOid, orderAmount: tl(t.orderAmountKurus), PaymentPlan: planOut(t) }));
    return { Transactions: page(list, body), TotalCount: list.length };
  },

  '/Index/GetCustomerPayments': (body, ctx) => {
    const id = readText(body, 'customerId', 10);
    if (!id || !ctx.state.customers.has(id)) throw refuse('H223', 'Müşteri bulunamadı');
    const statuses = readList(body, 'paymentStatuses')?.map(Number);
    const list = [...ctx.state.transactions.values()]
      .filter((t) => t.customerId === id)
      .sort((a, b) => b.seq - a.seq)
      .flatMap((t) => planOut(t).map((p) => ({ ...p, transactionCode: t.transactionCode, merchantOid: t.merchantOid })))
      .filter((p) => !statuses || statuses.includes(p.paymentStatus));
    return { Payments: page(list, body), TotalCount: list.length };
  },

  // [D] edition names (MerchantId, CustomerId, NewGsmNo) and its lower-case `message`.
  '/Index/ChangeCustomerGsmNo': (body, ctx) => {
    const c = ctx.state.customers.get(readText(body, 'CustomerId', 10) ?? '');
    if (!c) throw new HasoSimFailure(['H223 Müşteri bulunamadı'], { message: 'H223' });
    const gsm = readText(body, 'NewGsmNo');
    if (!gsm || !/^5\d{9}$/.test(gsm)) throw refuse(undefined, 'NewGsmNo 10 haneli olmalıdır');
    if (gsm === c.mobileNumber) throw new HasoSimFailure(['H311 Yeni numara mevcut numara ile aynı'], { message: 'H311' });
    for (const other of ctx.state.customers.values())
      if (other !== c && other.mobileNumber === gsm) throw new HasoSimFailure(['RS115 Numara kullanılamaz'], { message: 'RS115', KkbPhones: [c.mobileNumber] });
    c.mobileNumber = gsm;
    return { message: 'RS100' };
  },

  '/RequestV2/LoadCustomerBalance': (body, ctx) => {
    const c = ctx.state.customers.get(readText(body, 'customerId', 10) ?? '');
    if (!c) throw refuse('H223', 'Müşteri bulunamadı');
    const amount = readX100String(body, 'balanceAmount');
    const day = readText(body, 'paymentDate');
    if (amount === undefined || amount <= 0) throw refuse(undefined, 'balanceAmount 100 ile çarpılmış tam sayı olmalıdır');
    if (!day || !/^\d{4}-\d{2}-\d{2}/.test(day)) throw refuse(undefined, 'paymentDate geçersiz');
    c.balanceKurus += amount;
    // The balance closes unpaid installments, earliest due first, as long as it covers one in full.
    const open = [...ctx.state.transactions.values()]
      .filter((t) => t.customerId === c.customerId)
      .flatMap((t) => t.installments.filter((i) => i.status === 0).map((i) => ({ t, i })))
      .sort((a, b) => a.i.termDate.localeCompare(b.i.termDate) || a.t.seq - b.t.seq);
    const closed: string[] = [];
    for (const { t, i } of open as { t: Parameters<typeof markPaid>[1]; i: HasoSimInstallment }[]) {
      const due = i.amountKurus + i.expenseKurus;
      if (due > c.balanceKurus) break;
      c.balanceKurus -= due;
      markPaid(ctx, t, i, day.slice(0, 10), readText(body, 'paymentReferenceCode'));
      closed.push(i.paymentCode);
    }
    return { Message: 'RS100', Balance: tl(c.balanceKurus), ClosedPaymentCodes: closed };
  },
};
