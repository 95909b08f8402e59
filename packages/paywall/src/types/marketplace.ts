import type { Answer, Referenced } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  approvalReportProduct,
  approvalReportResponse,
  approvePaymentRequest,
  approvePaymentSelfRequest,
  approveProductsRequest,
  approveProductsSelfRequest,
  marketplacePaymentRequest,
  rejectProductsRequest,
} from '../schemas/marketplace.js';
import type { changeDebtRequest, debtsByPaymentRequest, debtsByProductRequest, deleteDebtRequest } from '../schemas/marketplace-debts.js';
import type {
  changeEarningRequest,
  changeProductEarningsRequest,
  earningByIdRequest,
  earningReflectionDateRequest,
  earningResponse,
  earningsByMemberAllRequest,
  earningsByMemberRequest,
  earningsByPaymentRequest,
  earningsByProductRequest,
  memberEarning,
  memberEarningsResponse,
  postponeEarningRequest,
  postponeProductEarningsRequest,
  productEarnings,
  productReflectionDateRequest,
  retryEarningRequest,
  retryPaymentEarningsRequest,
  retryProductEarningsRequest,
} from '../schemas/marketplace-earnings.js';
import type {
  pendingEarningsRequest,
  pendingEarningsResponse,
  startTriggerRequest,
  triggerInquiryResponse,
  triggerJobRequest,
  triggerJobResponse,
  triggerJobResult,
} from '../schemas/marketplace-trigger.js';

/**
 * What `marketplace.approveProducts` takes (#48): the payment, its products, and any further field of PayWall's
 * (`Payout`…), sent as written, checked (amounts exact to the kuruş, no card number or secret).
 */
export interface ApproveProductsParams extends z.input<typeof approveProductsRequest> {}
/** What `marketplace.approvePayment` takes (#49): the payment, and any further field of PayWall's, checked. */
export interface ApprovePaymentParams extends z.input<typeof approvePaymentRequest> {}
/** What `marketplace.approveProductsSelf` takes (#50): the payment, its products and your earnings' fields, checked. */
export interface ApproveProductsSelfParams extends z.input<typeof approveProductsSelfRequest> {}
/** What `marketplace.approvePaymentSelf` takes (#51): the payment and your earnings' fields, checked. */
export interface ApprovePaymentSelfParams extends z.input<typeof approvePaymentSelfRequest> {}
/** What `marketplace.rejectProducts` takes (#52): the products (and optionally their payment). */
export interface RejectProductsParams extends z.input<typeof rejectProductsRequest> {}
/** What `marketplace.rejectPayment` and `marketplace.approvalReport` take (#53, #54): PayWall's `PaymentId`. */
export interface MarketplacePaymentParams extends z.input<typeof marketplacePaymentRequest> {}

/** A product of the approval report: its PayWall `ProductId`. */
export interface ApprovalReportProduct extends Answer<z.output<typeof approvalReportProduct>> {}
/** What `marketplace.approvalReport` answers (#54): the approved products and the others. */
export interface ApprovalReport extends Omit<Answer<z.output<typeof approvalReportResponse>>, 'Approved' | 'NotApproved'> {
  /** The approved products. */
  Approved: ApprovalReportProduct[];
  /** The products not approved yet. */
  NotApproved: ApprovalReportProduct[];
}

/** What `marketplace.earnings.byProduct` takes (#55): PayWall's `ProductId`. */
export interface EarningsByProductParams extends z.input<typeof earningsByProductRequest> {}
/** What `marketplace.earnings.byPayment` takes (#56): PayWall's `PaymentId`. */
export interface EarningsByPaymentParams extends z.input<typeof earningsByPaymentRequest> {}
/** What `marketplace.earnings.byId` takes (#57): PayWall's `EarningId`. */
export interface EarningByIdParams extends z.input<typeof earningByIdRequest> {}
/** What `marketplace.earnings.byMember` takes (#58): the member, the page (`Start`, `Length` ≤ 50), sort and date range. */
export interface EarningsByMemberParams extends z.input<typeof earningsByMemberRequest> {}
/** What `marketplace.earnings.byMemberAll` takes: #58's filters and the page size (`Length`, default and at most 50). */
export interface EarningsByMemberAllParams extends z.input<typeof earningsByMemberAllRequest> {}
/** What `marketplace.earnings.postponeProduct` takes (#59): the product, the days, `ApplyAll`. */
export interface PostponeProductEarningsParams extends z.input<typeof postponeProductEarningsRequest> {}
/** What `marketplace.earnings.increaseProduct` and `decreaseProduct` take (#60, #61): the product, the amount, `ApplyAll`. */
export interface ChangeProductEarningsParams extends z.input<typeof changeProductEarningsRequest> {}
/** What `marketplace.earnings.setProductReflectionDate` takes (#62): the product, the new payout date, `ApplyAll`. */
export interface ProductReflectionDateParams extends z.input<typeof productReflectionDateRequest> {}
/** What `marketplace.earnings.retryProduct` takes (#63): the product, whether to move the payout date, `ApplyAll`. */
export interface RetryProductEarningsParams extends z.input<typeof retryProductEarningsRequest> {}
/** What `marketplace.earnings.retryPayment` takes (#64): the payment and whether to move the payout date. */
export interface RetryPaymentEarningsParams extends z.input<typeof retryPaymentEarningsRequest> {}
/** What `marketplace.earnings.postpone` takes (#65): the earning's `Id` and the days. */
export interface PostponeEarningParams extends z.input<typeof postponeEarningRequest> {}
/** What `marketplace.earnings.increase` and `decrease` take (#66, #67): the earning's `Id` and the amount. */
export interface ChangeEarningParams extends z.input<typeof changeEarningRequest> {}
/** What `marketplace.earnings.setReflectionDate` takes (#68): the earning's `Id` and the new payout date. */
export interface EarningReflectionDateParams extends z.input<typeof earningReflectionDateRequest> {}
/** What `marketplace.earnings.retry` takes (#69): the earning's `Id` and whether to move the payout date. */
export interface RetryEarningParams extends z.input<typeof retryEarningRequest> {}

/** A product's earnings (#55, items of #56): the platform's and the sub-merchant's, with dates and statuses. */
export interface ProductEarnings extends Answer<z.output<typeof productEarnings>> {}
/** One earning (#57). */
export interface MarketplaceEarning extends Answer<z.output<typeof earningResponse>> {}
/** One earning of a member (items of #58's `Data`). */
export interface MemberEarning extends Answer<z.output<typeof memberEarning>> {}
/** What `marketplace.earnings.byMember` answers (#58): a page of earnings and, when sent, the total. */
export interface MemberEarningsPage extends Omit<Answer<z.output<typeof memberEarningsResponse>>, 'Data'> {
  /** The page's earnings. */
  Data: MemberEarning[];
}

/** What `marketplace.debts.byProduct` takes (#70): PayWall's `ProductId`. */
export interface DebtsByProductParams extends z.input<typeof debtsByProductRequest> {}
/** What `marketplace.debts.byPayment` takes (#71): PayWall's `PaymentId`. */
export interface DebtsByPaymentParams extends z.input<typeof debtsByPaymentRequest> {}
/**
 * What `marketplace.debts.increase` and `decrease` take (#72, #73): the debt's `Id`, and the amount under the name
 * PayWall gives it (not published: sent as written, an amount-named field checked exact to the kuruş).
 */
export interface ChangeDebtParams extends z.input<typeof changeDebtRequest> {}
/** What `marketplace.debts.delete` takes (#74): the debt's `Id`. */
export interface DeleteDebtParams extends z.input<typeof deleteDebtRequest> {}
/** A debt as PayWall sends it (#70, #71): its fields are not published, so every field is kept. */
export interface MarketplaceDebt {
  /** A field of the debt, as PayWall sent it. */
  readonly [field: string]: unknown;
}

/** What `marketplace.manualTrigger.pending` takes (#75): the day range (≤ 40 days) and the currency. */
export interface PendingEarningsParams extends z.input<typeof pendingEarningsRequest> {}
/** What `marketplace.manualTrigger.start` takes (#76): the currency, the day range, `TestMode`, `SkipExistsControl`. */
export interface StartTriggerParams extends z.input<typeof startTriggerRequest> {}
/** What `marketplace.manualTrigger.inquiry` and `restart` take (#77, #78): the `JobId`. */
export interface TriggerJobParams extends z.input<typeof triggerJobRequest> {}
/** What `marketplace.manualTrigger.pending` answers (#75): the pooled earnings of the range and their count. */
export interface PendingEarnings extends Answer<z.output<typeof pendingEarningsResponse>> {}
/**
 * What `marketplace.manualTrigger.start` and `restart` answer (#76, #78): the job (`JobId`) and its range; any
 * field PayWall adds is kept on the object. `reference` is the call's reference (`DateFrom`, or the `JobId`).
 */
export interface TriggerJob extends Answer<z.output<typeof triggerJobResponse>>, Referenced {}
/** One result line of a job (`Results[]`). */
export interface TriggerJobResult extends Answer<z.output<typeof triggerJobResult>> {}
/** What `marketplace.manualTrigger.inquiry` answers (#77): the job's range, amounts and results. */
export interface TriggerInquiry extends Omit<Answer<z.output<typeof triggerInquiryResponse>>, 'Results'> {
  /** The results. */
  Results: TriggerJobResult[];
}
