import type { CallOptions } from '@odeme/core';
import type { Acknowledgement } from '../types/acknowledgement.js';
import type {
  CampaignInquiryParams,
  CampaignInquiryResult,
  CancelProvisionParams,
  CaptureProvisionParams,
  DirectPaymentParams,
  End3dParams,
  InsuranceDirectPaymentParams,
  PaymentStart,
  PayWallVersion,
  SplitPaymentParams,
  SplitPaymentResult,
  ThreeDPaymentParams,
} from '../types/payments.js';
import type { PaymentState } from '../types/queries.js';

/** Card payments on PaymentAPI, with the public pair (§4.1). One method per operation row. */
export interface PaymentsMethods {
  /**
   * PayWall's service version, as sent. `GET payment/version` (#1). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  version(params?: Record<string, never>, options?: CallOptions): Promise<PayWallVersion>;
  /**
   * A non-3D card payment, answered synchronously. `POST payment/startdirect` (#2). Moves money: sent once, never
   * retried; its reference is `PaymentDetail.MerchantUniqueCode` (a UUID is generated when you leave it out).
   * `PaymentDetail.Half2D` keeps it as a pre-auth for `captureProvision`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#when-the-outcome-is-unknown
   */
  startDirect(params: DirectPaymentParams, options?: CallOptions): Promise<PaymentStart>;
  /**
   * A non-3D payment with an insurance-sector card (first and last digits, identity number).
   * `POST payment/startdirect/insurance` (#3). Moves money; reference `PaymentDetail.MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  startDirectInsurance(params: InsuranceDirectPaymentParams, options?: CallOptions): Promise<PaymentStart>;
  /**
   * Starts a 3D payment: open the answer's `RedirectUrl` in the buyer's browser; PayWall posts the result to your
   * return URL (verify it with `callbacks.verifyThreeDReturn`). `POST payment/start3d` (#4). Moves money; reference
   * `PaymentDetail.MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#callbacks
   */
  start3d(params: ThreeDPaymentParams, options?: CallOptions): Promise<PaymentStart>;
  /**
   * Starts a "3D model" payment (the same input as `start3d`; PayWall does not document its completion).
   * `POST payment/start3dmodel` (#5). Moves money; reference `PaymentDetail.MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  start3dModel(params: ThreeDPaymentParams, options?: CallOptions): Promise<PaymentStart>;
  /**
   * Completes a 3D payment started with `Half3D` (PayWall's Android SDK calls it after every 3D payment).
   * `POST payment/end3d` (#6). Moves money; reference `MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  end3d(params: End3dParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Captures a pre-auth (`Half2D`), in full or `ProvisionAmount` of it. `POST payment/provision` (#7). Moves money;
   * reference `MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  captureProvision(params: CaptureProvisionParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Releases a pre-auth. `POST payment/provision/cancel` (#8). Moves money; reference `MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  cancelProvision(params: CancelProvisionParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * One basket paid with several cards; the answer is not documented, so it is kept as sent.
   * `POST payment/start/split` (#13). Moves money; reference `PaymentDetail.MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  startSplit(params: SplitPaymentParams, options?: CallOptions): Promise<SplitPaymentResult>;
}

/** What `paywall.payments` is: the payment rows' methods, and the lookup that settles an unknown outcome. */
export interface PaymentsResource extends PaymentsMethods {
  /**
   * The state of the payment whose `MerchantUniqueCode` is `reference` (the `error.reference` of a payment start, or
   * of a refund, cancel, revert, capture or release by `MerchantUniqueCode`), by `GET private/query`; `undefined`
   * when PayWall has no payment with that code. Needs the private pair. Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#when-the-outcome-is-unknown
   */
  findByReference(reference: string, options?: CallOptions): Promise<PaymentState | undefined>;
}

/** VPos campaign inquiry on PaymentAPI (#14). */
export interface CampaignsMethods {
  /**
   * VPos campaign inquiry; body and answer are not documented (any JSON object in, the answer as sent).
   * `POST campaign/vpos/inquiry` (#14). Moves no money; an undocumented write all the same, so sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  vposInquiry(params: CampaignInquiryParams, options?: CallOptions): Promise<CampaignInquiryResult>;
}
