import { apmOperations } from './apm.js';
import { bulkPaymentOperations } from './bulk-payments.js';
import { cardWallInsuranceOperations, cardWallOperations } from './cardwall.js';
import { clientSideOperations } from './client-side.js';
import { checkoutOperations } from './hosted-checkout.js';
import { binOperations, installmentOperations } from './lookups.js';
import { marketplaceDebtOperations, marketplaceManualTriggerOperations, marketplaceOperations } from './marketplace.js';
import { marketplaceEarningOperations } from './marketplace-earnings.js';
import { memberBankAccountOperations, memberOperations, memberValueDateOperations } from './members.js';
import { paymentLinkOperations } from './payment-links.js';
import { paymentProductOperations } from './payment-products.js';
import { campaignOperations, paymentOperations } from './payments.js';
import { payoutOperations } from './payouts.js';
import { physicalPosOperations } from './physical-pos.js';
import { prepaidCardOperations } from './prepaid-cards.js';
import { queryOperations } from './queries.js';
import { recurringOperations } from './recurring.js';
import { cancelOperations, refundOperations, revertOperations } from './refunds.js';
import { vposOperations } from './vpos.js';

export type { PayWallAuth, PayWallMeta, PayWallOperation } from './meta.js';

/**
 * Every PayWall operation row of this package, grouped as the client's members and named as its methods
 * (`payWallOperations.payments.startDirect` is `paywall.payments.startDirect`). A new endpoint is a new row in its
 * area's module and a documented method in that group's interface. Each row is also exported on its own
 * (`paymentsStartDirect`…): import those to keep a bundle to the rows it uses. Not in the API reference, whose page
 * would spell every schema out: the rows are documented there as the client's methods (`PaymentsMethods`,
 * `RefundsMethods`…) and one by one (`paymentsStartDirect`…).
 *
 * @hidden
 */
export const payWallOperations = {
  /** Card payments on PaymentAPI (#1–#8, #13). */
  payments: paymentOperations,
  /** VPos campaign inquiry (#14). */
  campaigns: campaignOperations,
  /** The installment table (#9). */
  installments: installmentOperations,
  /** BIN inquiry (#10). */
  bin: binOperations,
  /** `temptoken` and `tempcard` (#11, #12). */
  clientSide: clientSideOperations,
  /** Refunds on PaymentPrivateAPI (#15–#18). */
  refunds: refundOperations,
  /** Same-day cancels (#19–#21). */
  cancels: cancelOperations,
  /** Cancel-or-refund (#22, #23). */
  reverts: revertOperations,
  /** Payment queries (#24–#28). */
  queries: queryOperations,
  /** VPos transaction list and reconciliation (#29–#33). */
  vpos: vposOperations,
  /** CardWall e-commerce cards (#90–#93). */
  cardWall: cardWallOperations,
  /** CardWall insurance cards (#94–#97), the client's `cardWall.insurance`. */
  cardWallInsurance: cardWallInsuranceOperations,
  /** PayOut: balances, transfers and their state (#126–#132). */
  payouts: payoutOperations,
  /** APM, alternative payment methods (#115–#125), the client's `apm`. */
  apm: apmOperations,
  /** Payment link / QR (#112). */
  paymentLinks: paymentLinkOperations,
  /** Hosted checkout (#113, #114). */
  checkout: checkoutOperations,
  /** Subscriptions (#98–#111). */
  recurring: recurringOperations,
  /** Members on MemberAPI (#79–#83), the client's `members`. */
  members: memberOperations,
  /** Members' bank accounts (#84–#87), the client's `members.bankAccounts`. */
  memberBankAccounts: memberBankAccountOperations,
  /** Members' value dates (#88, #89), the client's `members.valueDates`. */
  memberValueDates: memberValueDateOperations,
  /** Prepaid card production (#133–#146), the client's `prepaidCards`. */
  prepaidCards: prepaidCardOperations,
  /** Payment product management (#45–#47), the client's `paymentProducts`. */
  paymentProducts: paymentProductOperations,
  /** Marketplace approvals and the approval report (#48–#54), the client's `marketplace`. */
  marketplace: marketplaceOperations,
  /** Marketplace earnings (#55–#69), the client's `marketplace.earnings`. */
  marketplaceEarnings: marketplaceEarningOperations,
  /** Marketplace debts (#70–#74), the client's `marketplace.debts`. */
  marketplaceDebts: marketplaceDebtOperations,
  /** The marketplace's manual trigger (#75–#78), the client's `marketplace.manualTrigger`. */
  marketplaceManualTrigger: marketplaceManualTriggerOperations,
  /** Bulk payments: Storm, Tsunami, a payments file, cancels, refunds, the query (#34–#44), the client's `bulkPayments`. */
  bulkPayments: bulkPaymentOperations,
  /** Physical POS on PhysicalAPI (§4.13, #147–#149 in our numbering), the client's `physicalPos`. */
  physicalPos: physicalPosOperations,
};
