import type { CallOptions, PaginateOptions } from '@odeme/core';
import type { Acknowledgement } from '../types/acknowledgement.js';
import type {
  ApprovalReport,
  ApprovePaymentParams,
  ApprovePaymentSelfParams,
  ApproveProductsParams,
  ApproveProductsSelfParams,
  ChangeDebtParams,
  ChangeEarningParams,
  ChangeProductEarningsParams,
  DebtsByPaymentParams,
  DebtsByProductParams,
  DeleteDebtParams,
  EarningByIdParams,
  EarningReflectionDateParams,
  EarningsByMemberAllParams,
  EarningsByMemberParams,
  EarningsByPaymentParams,
  EarningsByProductParams,
  MarketplaceDebt,
  MarketplaceEarning,
  MarketplacePaymentParams,
  MemberEarning,
  MemberEarningsPage,
  PendingEarnings,
  PendingEarningsParams,
  PostponeEarningParams,
  PostponeProductEarningsParams,
  ProductEarnings,
  ProductReflectionDateParams,
  RejectProductsParams,
  RetryEarningParams,
  RetryPaymentEarningsParams,
  RetryProductEarningsParams,
  StartTriggerParams,
  TriggerInquiry,
  TriggerJob,
  TriggerJobParams,
} from '../types/marketplace.js';

/**
 * Marketplace approvals on PaymentAPI (§4.5), public pair: a marketplace payment's products carry `MemberId`s, and
 * PayWall pays the members' earnings out once the products are approved, with its own calculator (`approve…`) or
 * with earnings you worked out (`approve…Self`).
 */
export interface MarketplaceMethods {
  /**
   * Approves products of a payment, PayWall's calculator working out the earnings. `POST marketplace/approve/pw/product`
   * (#48). Moves money: sent once, never retried; reference `PaymentId`. Only `PaymentId`, `ProductIds` and
   * `Payout` are published: other fields are sent as written, checked (amounts exact to the kuruş, no card number).
   * @example
   * ```ts
   * await paywall.marketplace.approveProducts({ PaymentId: 81234, ProductIds: [5512, 5513] });
   * ```
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#approving
   */
  approveProducts(params: ApproveProductsParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Approves every product of a payment with PayWall's calculator. `POST marketplace/approve/pw/payment` (#49).
   * Moves money: sent once, never retried; reference `PaymentId`.
   * @example
   * ```ts
   * await paywall.marketplace.approvePayment({ PaymentId: 81234 });
   * ```
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#approving
   */
  approvePayment(params: ApprovePaymentParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Approves products with earnings you worked out. `POST marketplace/approve/self/product` (#50). The body is not
   * published: `PaymentId` and `ProductIds` are typed, your earnings' fields are sent as written, checked. Moves
   * money: sent once, never retried; reference `PaymentId`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#approving-with-your-own-earnings
   */
  approveProductsSelf(params: ApproveProductsSelfParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Approves a whole payment with earnings you worked out. `POST marketplace/approve/self/payment` (#51). Body not
   * published: `PaymentId` typed, the rest sent as written, checked. Moves money: sent once; reference `PaymentId`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#approving-with-your-own-earnings
   */
  approvePaymentSelf(params: ApprovePaymentSelfParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Cancels the approval of products. `POST marketplace/reject/product` (#52). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#rejecting
   */
  rejectProducts(params: RejectProductsParams, options?: CallOptions): Promise<null>;
  /**
   * Cancels the approval of a payment. `POST marketplace/reject/payment` (#53). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#rejecting
   */
  rejectPayment(params: MarketplacePaymentParams, options?: CallOptions): Promise<null>;
  /**
   * Which products of a payment are approved. `GET marketplace/report/approval` (#54; header `paymentid`). Moves no
   * money; a read, retried.
   * @example
   * ```ts
   * const { Approved, NotApproved } = await paywall.marketplace.approvalReport({ PaymentId: 81234 });
   * ```
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#reports
   */
  approvalReport(params: MarketplacePaymentParams, options?: CallOptions): Promise<ApprovalReport>;
}

/**
 * Marketplace earnings, `paywall.marketplace.earnings` (§4.5, #55–#69): reports, and changes to one earning (`…`
 * by `Id`) or to a product's earnings (`…Product`). Raising, lowering and retrying move money; postponing and moving
 * the payout date do not.
 */
export interface MarketplaceEarningsMethods {
  /**
   * A product's earnings, the platform's and the sub-merchant's. `GET marketplace/report/earning/product` (#55;
   * header `productid`). Moves no money; a read, retried.
   * @example
   * ```ts
   * const e = await paywall.marketplace.earnings.byProduct({ ProductId: 5512 });
   * console.log(e.SubMerchantEarning, e.SubMerchantReflectionDate);
   * ```
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#reports
   */
  byProduct(params: EarningsByProductParams, options?: CallOptions): Promise<ProductEarnings>;
  /**
   * The earnings of each product of a payment. `GET marketplace/report/earning/payment` (#56; header `paymentid`).
   * Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#reports
   */
  byPayment(params: EarningsByPaymentParams, options?: CallOptions): Promise<ProductEarnings[]>;
  /**
   * One earning by its id. `GET marketplace/report/earning/id` (#57; header `earningid`). Moves no money; a read.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#reports
   */
  byId(params: EarningByIdParams, options?: CallOptions): Promise<MarketplaceEarning>;
  /**
   * A page of a member's earnings (`Length` at most 50), optionally by payout-date range; `byMemberAll` walks every
   * page. `GET marketplace/report/earning/member` (#58; headers `memberid`, `start`, `length`, `sortvalue`,
   * `sortcolumn`, `datefrom`, `dateto`). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#reports
   */
  byMember(params: EarningsByMemberParams, options?: CallOptions): Promise<MemberEarningsPage>;
  /**
   * Postpones a product's earnings by `Day` days. `PUT marketplace/earning/postpone/product` (#59). Moves no money
   * (only when); sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#adjusting-earnings
   */
  postponeProduct(params: PostponeProductEarningsParams, options?: CallOptions): Promise<null>;
  /**
   * Raises a product's earnings by `Earning`. `PUT marketplace/earning/increase/product` (#60). Moves money: sent
   * once, never retried; reference `ProductId`.
   * @example
   * ```ts
   * await paywall.marketplace.earnings.increaseProduct({ ProductId: 5512, Earning: '12.50', ApplyAll: false });
   * ```
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#adjusting-earnings
   */
  increaseProduct(params: ChangeProductEarningsParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Lowers a product's earnings by `Earning`. `PUT marketplace/earning/decrease/product` (#61). Moves money: sent
   * once, never retried; reference `ProductId`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#adjusting-earnings
   */
  decreaseProduct(params: ChangeProductEarningsParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Moves the payout date of a product's earnings. `PUT marketplace/earning/reflection/product` (#62). Moves no
   * money (only when); sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#adjusting-earnings
   */
  setProductReflectionDate(params: ProductReflectionDateParams, options?: CallOptions): Promise<null>;
  /**
   * Retries the failed transfer of a product's earnings, optionally on a new payout date.
   * `PUT marketplace/earning/put/retry/product` (#63). Moves money: sent once, never retried; reference `ProductId`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#retrying-a-failed-transfer
   */
  retryProduct(params: RetryProductEarningsParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Retries a payment's failed earning transfers, optionally on a new payout date.
   * `PUT marketplace/earning/put/retry/payment` (#64). Moves money: sent once, never retried; reference `PaymentId`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#retrying-a-failed-transfer
   */
  retryPayment(params: RetryPaymentEarningsParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Postpones one unpaid earning by `Day` days. `PUT marketplace/earning/postpone/id` (#65). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#adjusting-earnings
   */
  postpone(params: PostponeEarningParams, options?: CallOptions): Promise<null>;
  /**
   * Raises one earning by `Earning`. `PUT marketplace/earning/increase/id` (#66). Moves money: sent once, never
   * retried; reference `Id`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#adjusting-earnings
   */
  increase(params: ChangeEarningParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Lowers one earning by `Earning`. `PUT marketplace/earning/decrease/id` (#67). Moves money: sent once, never
   * retried; reference `Id`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#adjusting-earnings
   */
  decrease(params: ChangeEarningParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Moves one earning's payout date. `PUT marketplace/earning/reflection/id` (#68). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#adjusting-earnings
   */
  setReflectionDate(params: EarningReflectionDateParams, options?: CallOptions): Promise<null>;
  /**
   * Retries one earning's failed transfer, optionally on a new payout date. `PUT marketplace/earning/put/retry/id`
   * (#69). Moves money: sent once, never retried; reference `Id`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#retrying-a-failed-transfer
   */
  retry(params: RetryEarningParams, options?: CallOptions): Promise<Acknowledgement>;
}

/** What `paywall.marketplace.earnings` is: the earning methods and `byMemberAll` over every page of #58. */
export interface MarketplaceEarningsResource extends MarketplaceEarningsMethods {
  /**
   * Every earning of a member, fetched a page of `Length` (default and at most 50) at a time as the loop asks:
   * `for await (const e of paywall.marketplace.earnings.byMemberAll({ MemberId: 42 })) …`. Stops after
   * `TotalRecord`, at an empty or short page or at `maxPages` (default 1,000); `signal` stops it between pages. Moves
   * no money; each page is a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#reports
   */
  byMemberAll(params: EarningsByMemberAllParams, options?: CallOptions & PaginateOptions): AsyncGenerator<MemberEarning, void, undefined>;
}

/**
 * Marketplace debts, `paywall.marketplace.debts` (§4.5, #70–#74): what a member owes the platform. PayWall has not
 * published the debt fields nor the amount field of the changes (see the guide).
 */
export interface MarketplaceDebtsMethods {
  /**
   * A product's debts, every field kept as sent. `GET marketplace/report/debt/product` (#70; header `productid`).
   * Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#debts
   */
  byProduct(params: DebtsByProductParams, options?: CallOptions): Promise<MarketplaceDebt[]>;
  /**
   * A payment's debts, every field kept as sent. `GET marketplace/report/debt/payment` (#71; header `paymentid`).
   * Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#debts
   */
  byPayment(params: DebtsByPaymentParams, options?: CallOptions): Promise<MarketplaceDebt[]>;
  /**
   * Raises a debt: `Id`, and the amount under PayWall's name for it (unpublished; sent as written, checked exact
   * to the kuruş). `PUT marketplace/debt/increase/id` (#72). Moves money: sent once, never retried; reference `Id`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#debts
   */
  increase(params: ChangeDebtParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Lowers a debt (body as `increase`). `PUT marketplace/debt/decrease/id` (#73). Moves money: sent once, never
   * retried; reference `Id`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#debts
   */
  decrease(params: ChangeDebtParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Deletes a debt (JSON body). `DELETE marketplace/debt/delete/id` (#74). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#debts
   */
  delete(params: DeleteDebtParams, options?: CallOptions): Promise<null>;
}

/**
 * The manual trigger, `paywall.marketplace.manualTrigger` (§4.5, #75–#78): with "Manual Trigger" on in the
 * marketplace configuration, the platform's earnings wait in a pool until you start their distribution.
 */
export interface MarketplaceManualTriggerMethods {
  /**
   * The platform's pooled earnings of a day range (at most 40 days) and currency.
   * `GET marketplace/manual/trigger/pending` (#75; headers `datefrom`, `dateto`, `currencyid`). Moves no money; a read.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#manual-trigger
   */
  pending(params: PendingEarningsParams, options?: CallOptions): Promise<PendingEarnings>;
  /**
   * Distributes the pooled earnings of a day range; `DateTo` must be yesterday or earlier (Turkey's day) unless
   * `TestMode`. `POST marketplace/manual/trigger/start` (#76). Moves money: sent once, never retried; reference
   * `DateFrom` (with `DateTo` and `CurrencyId`, the window).
   * @example
   * ```ts
   * const job = await paywall.marketplace.manualTrigger.start({ CurrencyId: 1, DateFrom: '2026-11-01', DateTo: '2026-11-30' });
   * if (job.JobId != null) console.log(await paywall.marketplace.manualTrigger.inquiry({ JobId: job.JobId }));
   * ```
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#manual-trigger
   */
  start(params: StartTriggerParams, options?: CallOptions): Promise<TriggerJob>;
  /**
   * A distribution job's state and results. `GET marketplace/manual/trigger/inquiry` (#77; header `jobid`). Moves no
   * money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#manual-trigger
   */
  inquiry(params: TriggerJobParams, options?: CallOptions): Promise<TriggerInquiry>;
  /**
   * Runs a distribution job again. `POST marketplace/manual/trigger/restart` (#78). Moves money: sent once, never
   * retried; reference `JobId`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/marketplace.md#manual-trigger
   */
  restart(params: TriggerJobParams, options?: CallOptions): Promise<TriggerJob>;
}

/** What `paywall.marketplace` is: approvals and the approval report, with `earnings`, `debts` and `manualTrigger`. */
export interface MarketplaceResource extends MarketplaceMethods {
  /** Earnings: reports and changes (#55–#69), and `byMemberAll`. */
  readonly earnings: MarketplaceEarningsResource;
  /** Debts (#70–#74). */
  readonly debts: MarketplaceDebtsMethods;
  /** The manual trigger (#75–#78). */
  readonly manualTrigger: MarketplaceManualTriggerMethods;
}
