/** One installment the simulator keeps. */
export interface HasoSimInstallment {
  /** 1 for the first installment. */
  installmentNo: number;
  /** HASO's code of this installment, which `SetPaidPayment` names (`<transactionCode>-<n>` here). */
  paymentCode: string;
  /** Installment amount in kuruş (after refunds). */
  amountKurus: number;
  /** Enforcement expenses reflected on this installment, in kuruş. */
  expenseKurus: number;
  /** Due date, `yyyy-MM-dd`: one month apart from the transaction's day. */
  termDate: string;
  /** 0 unpaid, 1 paid, 2 partially paid, 3 overdue, 4 cancelled. */
  status: 0 | 1 | 2 | 3 | 4;
  /** Day it was reported paid, `yyyy-MM-dd`. */
  paidOn?: string;
  /** The merchant's payment-channel reference given when it was reported paid. */
  paymentReferenceCode?: string;
}

/** Splits `total` kuruş into `count` installments that add up exactly: the leftover kuruş go to the first ones. */
export function splitKurus(total: number, count: number): number[] {
  const base = Math.floor(total / count);
  const left = total - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < left ? 1 : 0));
}

/** `yyyy-MM-dd` of a Date in Türkiye (UTC+3 all year). */
export function simDay(d: Date): string {
  return new Date(d.getTime() + 3 * 3600_000).toISOString().slice(0, 10);
}

/** The day `months` months after `day` (`yyyy-MM-dd`), clamped to the end of a shorter month. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
