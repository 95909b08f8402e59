import type { CallOptions } from '@odeme/core';
import type {
  ApmCancelProvisionParams,
  ApmCloseProvisionParams,
  ApmConfirmOtpParams,
  ApmListParams,
  ApmPartialRefundParams,
  ApmPayByIdParams,
  ApmPayByKeyParams,
  ApmPayment,
  ApmPaymentState,
  ApmPayParams,
  ApmProvider,
  ApmProvisionResult,
  ApmQrGenerateParams,
  ApmQrPayment,
  ApmQueryParams,
  ApmRedirect,
  ApmRefundParams,
  ApmTransaction,
} from '../types/apm.js';

/** APM, alternative payment methods on PaymentAPI (§4.10): wallets and other providers, their payments, queries and refunds. */
export interface ApmMethods {
  /**
   * The APM providers you are connected to, with what each supports (`Features`). `GET apm/list` (#115; headers
   * `currencyid`, `externalid`, `focusedfeature`, `distinctduplicates`). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/apm.md#providers
   */
  list(params?: ApmListParams, options?: CallOptions): Promise<ApmProvider[]>;
  /**
   * Charges the payer through a provider connection. `POST apm/pay` (#116). Moves money: sent once, never retried;
   * reference `MerchantUniqueCode` (a UUID is generated when you leave it out). With `PendingOtpConfirm: true` the
   * payment waits for `confirmOtp`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/apm.md#a-payment-with-an-otp
   */
  pay(params: ApmPayParams, options?: CallOptions): Promise<ApmPayment>;
  /**
   * Completes an OTP-based payment with the code the payer received. `POST apm/pay/confirm/otp` (#117). Moves money:
   * sent once, never retried; reference `UniqueCode` (PayWall's code of the payment).
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/apm.md#a-payment-with-an-otp
   */
  confirmOtp(params: ApmConfirmOtpParams, options?: CallOptions): Promise<ApmTransaction>;
  /**
   * A payment the payer makes by scanning the QR code in the answer (`QrDetail.Content`). `POST apm/pay/qr/generate`
   * (#118). Moves money: sent once, never retried; reference `MerchantUniqueCode`. Follow it with `query`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/apm.md#a-qr-payment
   */
  qrGenerate(params: ApmQrGenerateParams, options?: CallOptions): Promise<ApmQrPayment>;
  /**
   * A payment on the provider's own page, provider chosen by id: open `RedirectUrl`; the payer comes back to your
   * success or fail URL. `POST apm/pay/byid` (#119). `Amount` is a whole number (unit not published). Moves money:
   * sent once, never retried; reference `MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/apm.md#a-payment-on-the-providers-page
   */
  payById(params: ApmPayByIdParams, options?: CallOptions): Promise<ApmRedirect>;
  /**
   * As `payById`, provider chosen by key. `POST apm/pay/bykey` (#120). Moves money: sent once, never retried;
   * reference `MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/apm.md#a-payment-on-the-providers-page
   */
  payByKey(params: ApmPayByKeyParams, options?: CallOptions): Promise<ApmRedirect>;
  /**
   * An APM payment's state by your `MerchantUniqueCode`: what resolves an unknown outcome. `GET apm/query` (#121;
   * header `merchantuniquecode`). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/apm.md#when-the-outcome-is-unknown
   */
  query(params: ApmQueryParams, options?: CallOptions): Promise<ApmPaymentState>;
  /**
   * Refunds what is left of an APM payment. `POST apm/refund` (#122). Moves money: sent once, never retried;
   * reference `UniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/apm.md#refunds
   */
  refund(params: ApmRefundParams, options?: CallOptions): Promise<ApmTransaction>;
  /**
   * Refunds `Amount` of an APM payment, at most what is left of it. `POST apm/refund/partial` (#123). Moves money:
   * sent once, never retried; reference `UniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/apm.md#refunds
   */
  refundPartial(params: ApmPartialRefundParams, options?: CallOptions): Promise<ApmTransaction>;
  /**
   * Captures `Amount` of an APM pre-authorisation. `POST apm/provision/close` (#124; from the docs only, the .NET SDK
   * lacks it; its answer body is undocumented). Moves money: sent once, never retried; reference `UniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/apm.md#pre-authorisations
   */
  closeProvision(params: ApmCloseProvisionParams, options?: CallOptions): Promise<ApmProvisionResult>;
  /**
   * Releases an APM pre-authorisation. `POST apm/provision/cancel` (#125; from the docs only). Moves money: sent
   * once, never retried; reference `UniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/apm.md#pre-authorisations
   */
  cancelProvision(params: ApmCancelProvisionParams, options?: CallOptions): Promise<ApmProvisionResult>;
}
