/** Result codes HASO documents so far (the full list, section 5.17, is not public). Others pass through as strings. */
export const HASO_RESULT_CODES = {
  /** Success. */
  RS100: 'success',
  /** ChangeCustomerGsmNo: the new number cannot be used (`KkbPhones` filled). */
  RS115: 'the new phone number cannot be used; KkbPhones lists the numbers registered at KKB',
  /** Customer not found. */
  H223: 'customer not found',
  /** A refund with this `refundId` already succeeded. */
  H307: 'a refund with this refundId already succeeded',
  /** Refund not found. */
  H308: 'refund not found',
  /** ChangeCustomerGsmNo: the new number equals the current one. */
  H311: 'the new phone number equals the current one',
} as const;

/** A documented HASO result code, or any other code HASO returns. */
export type HasoResultCode = keyof typeof HASO_RESULT_CODES | (string & {});

/**
 * Test switch of 5.2.2 / 5.2.3 (only honoured when `testOn: true` was sent in 5.2.1): `A`–`F` simulate an
 * approved request (E and F give limit 0), `RETRY` simulates "KKB report not ready yet". The PIN is then ignored.
 */
export const HASO_TEST_RESULTS = ['A', 'B', 'C', 'D', 'E', 'F', 'RETRY'] as const;

/** One of {@link HASO_TEST_RESULTS}. */
export type HasoTestResult = (typeof HASO_TEST_RESULTS)[number];

/** Payment (installment) statuses, the `paymentStatuses` filter of 5.10 (spec §4.2). */
export const HASO_PAYMENT_STATUSES = {
  /** 0 Ödenmedi. */
  unpaid: 0,
  /** 1 Ödendi. */
  paid: 1,
  /** 2 Kısmi Ödeme. */
  partiallyPaid: 2,
  /** 3 Vadesi Geçmiş Ödeme. */
  overdue: 3,
  /** 4 İptal Edildi. */
  cancelled: 4,
} as const;

/** A value of {@link HASO_PAYMENT_STATUSES}. */
export type HasoPaymentStatus = (typeof HASO_PAYMENT_STATUSES)[keyof typeof HASO_PAYMENT_STATUSES];

const CODE = /^(?:RS|H)\d{3}$/;
const LEADING_CODE = /^\s*((?:RS|H)\d{3})\b/;

/** A result code found in a `Message` value or at the start of an error line; `undefined` otherwise. */
export function readResultCode(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  if (CODE.test(text.trim())) return text.trim();
  return LEADING_CODE.exec(text)?.[1];
}
