import type { Answer, Referenced } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  apmConfirmOtpRequest,
  apmFeatures,
  apmListRequest,
  apmPartialRefundRequest,
  apmPayByIdRequest,
  apmPayByKeyRequest,
  apmPayRequest,
  apmPayResponse,
  apmProvider,
  apmProviderResponse,
  apmProvisionCancelRequest,
  apmProvisionCloseRequest,
  apmProvisionResponse,
  apmQrDetail,
  apmQrGenerateRequest,
  apmQrResponse,
  apmQueryRequest,
  apmQueryResponse,
  apmRedirectResponse,
  apmRedirectTransaction,
  apmRefundRequest,
  apmTransactionResponse,
} from '../schemas/apm.js';
import type { PayWallCurrencyId } from '../schemas/enums.js';

/** What `apm.list` takes (#115): optional filters, sent as headers. */
export interface ApmListParams extends z.input<typeof apmListRequest> {}
/** What `apm.pay` takes (#116): the provider connection, the amount, the payer, your code of the payment. */
export interface ApmPayParams extends z.input<typeof apmPayRequest> {}
/** What `apm.confirmOtp` takes (#117): PayWall's `UniqueCode` of the payment and the payer's code. */
export interface ApmConfirmOtpParams extends z.input<typeof apmConfirmOtpRequest> {}
/** What `apm.qrGenerate` takes (#118): the provider connection, the amount, the return URLs, your code. */
export interface ApmQrGenerateParams extends z.input<typeof apmQrGenerateRequest> {}
/** What `apm.payById` takes (#119): the provider's id, a whole amount (unit not published), the return URLs. */
export interface ApmPayByIdParams extends z.input<typeof apmPayByIdRequest> {}
/** What `apm.payByKey` takes (#120): the provider's key, a whole amount (unit not published), the return URLs. */
export interface ApmPayByKeyParams extends z.input<typeof apmPayByKeyRequest> {}
/** What `apm.query` takes (#121): your `MerchantUniqueCode` of the payment. */
export interface ApmQueryParams extends z.input<typeof apmQueryRequest> {}
/** What `apm.refund` takes (#122): PayWall's `UniqueCode` of the payment. */
export interface ApmRefundParams extends z.input<typeof apmRefundRequest> {}
/** What `apm.refundPartial` takes (#123): PayWall's `UniqueCode` of the payment and the amount to refund. */
export interface ApmPartialRefundParams extends z.input<typeof apmPartialRefundRequest> {}
/** What `apm.closeProvision` takes (#124): PayWall's `UniqueCode` of the payment and the amount to capture. */
export interface ApmCloseProvisionParams extends z.input<typeof apmProvisionCloseRequest> {}
/** What `apm.cancelProvision` takes (#125): PayWall's `UniqueCode` of the payment. */
export interface ApmCancelProvisionParams extends z.input<typeof apmProvisionCancelRequest> {}

/** What a provider supports: OTP, QR, its own page, or a direct charge. */
export interface ApmFeatures extends Answer<z.output<typeof apmFeatures>> {}

/** One APM provider you are connected to (#115). */
export interface ApmProvider extends Omit<Answer<z.output<typeof apmProvider>>, 'Features'> {
  /** What the provider supports. */
  Features?: ApmFeatures | null | undefined;
}

/** The provider's answer as PayWall relays it (`ProviderDummyResponse`). */
export interface ApmProviderResponse extends Answer<z.output<typeof apmProviderResponse>> {}

/** What `apm.pay` answers (#116): the payment; `PendingOtpConfirm` says an OTP must follow. `reference` is your code. */
export interface ApmPayment extends Answer<z.output<typeof apmPayResponse>>, Referenced {}

/** What `apm.confirmOtp`, `apm.refund` and `apm.refundPartial` answer: the transaction and the provider's answer. */
export interface ApmTransaction extends Answer<z.output<typeof apmTransactionResponse>>, Referenced {}

/** The QR code of a QR payment: what to show the payer. */
export interface ApmQrDetail extends Answer<z.output<typeof apmQrDetail>> {}

/** What `apm.qrGenerate` answers (#118): the payment and its QR code; `reference` is your code. */
export interface ApmQrPayment extends Answer<z.output<typeof apmQrResponse>>, Referenced {}

/** The transaction of a redirect payment. */
export interface ApmRedirectTransaction extends Answer<z.output<typeof apmRedirectTransaction>> {}

/** What `apm.payById` and `apm.payByKey` answer (#119, #120): the `RedirectUrl` to open; `reference` is your code. */
export interface ApmRedirect extends Answer<z.output<typeof apmRedirectResponse>>, Referenced {}

/** An APM payment's state (#121). */
export interface ApmPaymentState extends Omit<Answer<z.output<typeof apmQueryResponse>>, 'CurrencyId'> {
  /** Currency id (§5, `PayWallCurrency`). */
  CurrencyId?: PayWallCurrencyId | (number & {}) | null | undefined;
}

/** What `apm.closeProvision` and `apm.cancelProvision` answer (docs only): whatever object PayWall sends. */
export interface ApmProvisionResult extends Answer<z.output<typeof apmProvisionResponse>>, Referenced {}
