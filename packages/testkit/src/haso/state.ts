import type { HasoSimInstallment } from './plan.js';

/** A HASO customer as the simulator keeps it (amounts in kuruş). */
export interface HasoSimCustomer {
  /** HASO's customer id (`CustomerId`). */
  customerId: string;
  /** 11-digit Turkish ID number. */
  tckn: string;
  /** First name. */
  shopperName: string;
  /** Surname. */
  shopperSurname: string;
  /** GSM number, 10 digits starting with 5. */
  mobileNumber: string;
  /** E-mail address. */
  email: string;
  /** Credit limit granted by the KKB approval, in kuruş. */
  limitKurus: number;
  /** Limit taken by unpaid installments. */
  usedKurus: number;
  /** Balance loaded with 5.19 and not yet spent on installments. */
  balanceKurus: number;
  /** Suspended at HASO (5.16): its purchases and new limits are refused. */
  suspended: boolean;
}

/** A KKB limit request (5.2.1 → 5.2.2 → 5.2.3). */
export interface HasoSimKkbRequest {
  /** `KkbRefNo` returned by the first step. */
  kkbRefNo: string;
  /** The PIN "sent by SMS" (see `HasoSimulator.pinFor`). */
  pinCode: string;
  /** `testOn` was sent: `testResult` (A–F, RETRY) then decides the outcome instead of the PIN. */
  testOn: boolean;
  /** Waiting for the PIN, report not ready (RETRY), approved with a limit, or refused. */
  state: 'awaiting-pin' | 'pending' | 'approved' | 'rejected';
  /** The shopper as sent in the first step. */
  shopper: Omit<HasoSimCustomer, 'customerId' | 'limitKurus' | 'usedKurus' | 'balanceKurus' | 'suspended'>;
  /** `PreDefinedLimit` sent by the merchant, in kuruş: granted on approval instead of a KKB limit. */
  predefinedLimitKurus?: number;
  /** The customer created or updated on approval. */
  customerId?: string;
}

/** A transaction with its payment plan. */
export interface HasoSimTransaction {
  /** HASO's transaction code. */
  transactionCode: string;
  /** The merchant's order id (at most 20 characters, unique). */
  merchantOid: string;
  /** The customer who bought. */
  customerId: string;
  /** Order amount in kuruş. */
  orderAmountKurus: number;
  /** Refunded so far, in kuruş. */
  refundedKurus: number;
  /** Reported as sent to debt enforcement (icra). */
  inEnforcement: boolean;
  /** Day of creation, `yyyy-MM-dd`. */
  createdAt: string;
  /** Creation order, for "latest first" lists. */
  seq: number;
  /** The payment plan. */
  installments: HasoSimInstallment[];
}

/** A refund (5.7), looked up by 5.8. */
export interface HasoSimRefund {
  /** The merchant's refund id (unique: a repeat is refused with H307). */
  refundId: string;
  /** Transaction refunded. */
  transactionCode: string;
  /** Its merchant order id. */
  merchantOid: string;
  /** Refunded amount in kuruş. */
  amountKurus: number;
  /** Always `Succeeded` in the simulator. */
  status: 'Succeeded';
  /** Day of the refund, `yyyy-MM-dd`. */
  createdAt: string;
}

/** Everything the simulator remembers. */
export interface HasoSimState {
  /** Customers by `customerId`. */
  customers: Map<string, HasoSimCustomer>;
  /** KKB limit requests by `kkbRefNo`. */
  kkbRequests: Map<string, HasoSimKkbRequest>;
  /** Transactions by `transactionCode`. */
  transactions: Map<string, HasoSimTransaction>;
  /** Refunds by `refundId`. */
  refunds: Map<string, HasoSimRefund>;
  /** Browser-flow tokens issued by `GetToken`. */
  tokens: Set<string>;
}

/** A refusal in HASO's envelope: `Success: false`, the error lines, and optional `Data` (e.g. `message`, `KkbPhones`). */
export class HasoSimFailure extends Error {
  constructor(
    /** Lines of `Errors`, e.g. `H223 Müşteri bulunamadı`. */
    readonly errors: string[],
    /** `Data` of the refusal (`null` when absent). */
    readonly data?: Record<string, unknown>,
  ) {
    super(errors.join('; '));
  }
}

/** Shorthand for a refusal carrying a result code both in `Errors` and in `Data.Message`. */
export function refuse(code: string | undefined, text: string, extra: Record<string, unknown> = {}): HasoSimFailure {
  return new HasoSimFailure([code ? `${code} ${text}` : text], code ? { Message: code, ...extra } : undefined);
}
