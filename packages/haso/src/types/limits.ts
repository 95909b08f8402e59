import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { askKkbReportResultRequest, hasoAuthSendInfoRequest, sendKkbPinCodeRequest, setLimitFromKdsRequest } from '../schemas/limit.js';
import type { customerInfo, limitData } from '../schemas/responses.js';

/** What `limits.start` (5.2.1 HasoAuthSendInfo) takes: the shopper as on their ID card, and how to reach them. */
export interface StartLimitParams extends z.input<typeof hasoAuthSendInfoRequest> {}

/** What `limits.confirmPin` (5.2.2 SendKkbPinCode) takes: the KKB request and the PIN KKB sent by SMS. */
export interface ConfirmPinParams extends z.input<typeof sendKkbPinCodeRequest> {}

/** What `limits.askReportResult` (5.2.3 AskKkbReportResult) takes: the confirmed KKB request. */
export interface AskReportResultParams extends z.input<typeof askKkbReportResultRequest> {}

/** What `limits.setFromKds` (5.2.6 SetLimitFromKds) takes: the shopper and the limit your scoring computed (integer kuruş). */
export interface SetKdsLimitParams extends z.input<typeof setLimitFromKdsRequest> {}

/** A HASO customer and their limit: HASO's TL decimals, each with its integer-kuruş twin. */
export interface CustomerInfo extends Answer<z.output<typeof customerInfo>> {}

/**
 * Where a customer's limit stands (the limit methods and 5.1): `KkbRefNo` when a KKB request was started,
 * `CustomerInfo` once the limit exists. No `CustomerInfo` after a PIN means the KKB report is not ready yet.
 */
export interface LimitStatus extends Omit<Answer<z.output<typeof limitData>>, 'CustomerInfo'> {
  /** The customer and limit, once a limit exists; absent while the KKB report is not ready. */
  CustomerInfo?: CustomerInfo | null;
}
