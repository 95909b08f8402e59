import type { CallOptions } from '@odeme/core';
import type { AskReportResultParams, ConfirmPinParams, LimitStatus, SetKdsLimitParams, StartLimitParams } from '../types/limits.js';

/** `haso.limits`: a shopper's HASO limit, through KKB and an SMS PIN (5.2.1–5.2.3) or from your own scoring (5.2.6). */
export interface LimitsMethods {
  /**
   * Registers the shopper and starts a KKB (credit bureau) request: KKB texts the shopper a PIN and the answer carries
   * `KkbRefNo`. A customer who already has a limit gets `CustomerInfo` instead, with no new request. Send
   * `testOn: true` in test mode to use `testResult` in the next steps.
   *
   * `POST /RequestV2/HasoAuthSendInfo` (5.2.1). Changes state (no money moves), sent once; no reference. Refused
   * with a decline code, it is a `PaymentDeclinedError`.
   * @see `docs/providers/haso.md#the-limit-and-purchase-flow`
   * @example
   * const { KkbRefNo, CustomerInfo } = await haso.limits.start({ shopperName: 'Ayşe Nur', shopperSurname: 'Yılmaz', tckn, mobileNumber: '0532 111 22 33', email });
   */
  start(params: StartLimitParams, options?: CallOptions): Promise<LimitStatus>;
  /**
   * Confirms the KKB request with the PIN the shopper received: HASO asks KKB for the report and, if it is ready,
   * decides the limit (`CustomerInfo`). No `CustomerInfo` means the report is not ready: poll `askReportResult`.
   *
   * `POST /RequestV2/SendKkbPinCode` (5.2.2). Changes state, sent once; no reference. A rejected report is a refusal
   * (`PaymentDeclinedError` with a decline code).
   * @see `docs/providers/haso.md#the-limit-and-purchase-flow`
   */
  confirmPin(params: ConfirmPinParams, options?: CallOptions): Promise<LimitStatus>;
  /**
   * Asks whether the report of a confirmed KKB request is ready; when it is, the limit is decided (`CustomerInfo`).
   * HASO also polls KKB itself, so this can be asked again later.
   *
   * `POST /RequestV2/AskKkbReportResult` (5.2.3). A read: retried on network errors, timeouts, 408, 429 and 5xx.
   * @see `docs/providers/haso.md#test-switches`
   */
  askReportResult(params: AskReportResultParams, options?: CallOptions): Promise<LimitStatus>;
  /**
   * Stores a limit your own scoring (KDS) computed, `kdsLimit` in integer kuruş, whether or not the customer's HASO
   * limit has expired. Refused when the customer has an overdue payment or is suspended.
   *
   * `POST /RequestV2/SetLimitFromKds` (5.2.6). Changes state, sent once; no reference.
   * @see `docs/providers/haso.md#methods`
   */
  setFromKds(params: SetKdsLimitParams, options?: CallOptions): Promise<LimitStatus>;
}
