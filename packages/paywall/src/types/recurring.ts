import type { Answer, Referenced } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  addSubscriptionCardRequest,
  createSubscriptionRequest,
  createSubscriptionResponse,
  removeSubscriptionCardRequest,
  subscriptionCard,
  subscriptionCardsRequest,
  subscriptionKeyRequest,
  subscriptionPaymentRequest,
  subscriptionPaymentResponse,
  subscriptionResponse,
  updateSubscriptionRequest,
} from '../schemas/recurring.js';
import type {
  customerPoolRequest,
  customerPoolResponse,
  customerSearchRequest,
  itemPoolRequest,
  itemPoolResponse,
  itemSearchRequest,
  poolCustomer,
  poolItem,
} from '../schemas/recurring-pools.js';

/** What `recurring.create` takes (#98): the card, plan, subscriber and items of a new subscription. */
export interface CreateSubscriptionParams extends z.input<typeof createSubscriptionRequest> {}
/** What `recurring.update` takes (#99): the subscription by your key, and its new plan and items. */
export interface UpdateSubscriptionParams extends z.input<typeof updateSubscriptionRequest> {}
/** What `recurring.get`, `unsubscribe`, `remove` and `resubscribe` take (#100–#103): your key of the subscription. */
export interface SubscriptionKeyParams extends z.input<typeof subscriptionKeyRequest> {}
/** What `recurring.getPayment` takes (#104): the subscription's and the charge's PayWall ids. */
export interface SubscriptionPaymentParams extends z.input<typeof subscriptionPaymentRequest> {}
/** What `recurring.listCards` takes (#105): the subscription's PayWall id. */
export interface SubscriptionCardsParams extends z.input<typeof subscriptionCardsRequest> {}
/** What `recurring.addCard` takes (#106): the subscription's PayWall id and a stored card's `UniqueCode`. */
export interface AddSubscriptionCardParams extends z.input<typeof addSubscriptionCardRequest> {}
/** What `recurring.removeCard` takes (#107): the card's `Id` from `listCards`. */
export interface RemoveSubscriptionCardParams extends z.input<typeof removeSubscriptionCardRequest> {}
/** What `recurring.customerPool` takes (#108): paging and filters (sent as headers: ASCII only). */
export interface CustomerPoolParams extends z.input<typeof customerPoolRequest> {}
/** What `recurring.customerPoolAll` takes: the filters of `customerPool`, `Length` as the page size. */
export interface CustomerPoolAllParams extends Omit<CustomerPoolParams, 'Start'> {}
/** What `recurring.searchCustomers` takes (#109). */
export interface CustomerSearchParams extends z.input<typeof customerSearchRequest> {}
/** What `recurring.itemPool` takes (#110): paging and filters. */
export interface ItemPoolParams extends z.input<typeof itemPoolRequest> {}
/** What `recurring.itemPoolAll` takes: the filters of `itemPool`, `Length` as the page size. */
export interface ItemPoolAllParams extends Omit<ItemPoolParams, 'Start'> {}
/** What `recurring.searchItems` takes (#111). */
export interface ItemSearchParams extends z.input<typeof itemSearchRequest> {}

/** What `recurring.create` answers: PayWall's `SubscriptionId`, the first charge's date, and `reference` (your key). */
export interface SubscriptionCreated extends Answer<z.output<typeof createSubscriptionResponse>>, Referenced {}
/** A subscription (#100): plan, subscriber, items, the charge schedule (`Jobs`) and whether it is active. */
export interface Subscription extends Answer<z.output<typeof subscriptionResponse>> {}
/** One charge of a subscription (#104): whether it succeeded, and the payment with its activities. */
export interface SubscriptionPayment extends Answer<z.output<typeof subscriptionPaymentResponse>> {}
/** A card a subscription charges (#105). */
export interface SubscriptionCard extends Answer<z.output<typeof subscriptionCard>> {}
/** A subscriber of your pool (#108, #109). */
export interface PoolCustomer extends Answer<z.output<typeof poolCustomer>> {}
/** An item of your pool (#110, #111). */
export interface PoolItem extends Answer<z.output<typeof poolItem>> {}
/** One page of subscribers (#108). */
export interface CustomerPoolPage extends Omit<Answer<z.output<typeof customerPoolResponse>>, 'Data'> {
  /** The page's subscribers (`[]` when PayWall sends none). */
  Data: PoolCustomer[];
}
/** One page of items (#110). */
export interface ItemPoolPage extends Omit<Answer<z.output<typeof itemPoolResponse>>, 'Data'> {
  /** The page's items (`[]` when PayWall sends none). */
  Data: PoolItem[];
}
