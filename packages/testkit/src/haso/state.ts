import type { HasoSimInstallment } from './plan.js';

/** A HASO customer as the simulator keeps it (amounts in kuruş). */
export interface HasoSimCustomer {
  customerId: string;
  tckn: string;
  shopperName: string;
  shopperSurname: string;
  mobileNumber: string;
  email: string;
  limitKurus: number;
  /** Limit taken by unpaid installments. */
  usedKurus: number;
  /** Balance loaded with 5.19 and not yet spent on installments. */
  balanceKurus: number;
}

/** A KKB limit request (5.2.1 → 5.2.2 → 5.2.3). */
export interface HasoSimKkbRequest {
  kkbRefNo: string;
  pinCode: string;
  testOn: boolean;
  state: 'awaiting-pin' | 'pending' | 'approved' | 'rejected';
  shopper: Omit<HasoSimCustomer, 'customerId' | 'limitKurus' | 'usedKurus' | 'balanceKurus'>;
  predefinedLimitKurus?: number;
  customerId?: string;
}

/** A transaction with its payment plan. */
export interface HasoSimTransaction {
  transactionCode: string;
  merchantOid: string;
  customerId: string;
  orderAmountKurus: number;
  refundedKurus: number;
  inEnforcement: boolean;
  createdAt: string;
  seq: number;
  installments: HasoSimInstallment[];
}

/** A refund (5.7), looked up by 5.8. */
export interface HasoSimRefund {
  refundId: string;
  transactionCode: string;
  merchantOid: string;
  amountKurus: number;
  status: 'Succeeded';
  createdAt: string;
}

/** Everything the simulator remembers. */
export interface HasoSimState {
  customers: Map<string, HasoSimCustomer>;
  kkbRequests: Map<string, HasoSimKkbRequest>;
  transactions: Map<string, HasoSimTransaction>;
  refunds: Map<string, HasoSimRefund>;
  tokens: Set<string>;
}

/** A refusal in HASO's envelope: `Success: false`, the error lines, and optional `Data` (e.g. `message`, `KkbPhones`). */
export class HasoSimFailure extends Error {
  constructor(
    readonly errors: string[],
    readonly data?: Record<string, unknown>,
  ) {
    super(errors.join('; '));
  }
}

/** Shorthand for a refusal carrying a result code both in `Errors` and in `Data.Message`. */
export function refuse(code: string | undefined, text: string, extra: Record<string, unknown> = {}): HasoSimFailure {
  return new HasoSimFailure([code ? `${code} ${text}` : text], code ? { Message: code, ...extra } : undefined);
}
