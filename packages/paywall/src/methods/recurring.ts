import type { CallOptions, PaginateOptions } from '@odeme/core';
import type {
  AddSubscriptionCardParams,
  CreateSubscriptionParams,
  CustomerPoolAllParams,
  CustomerPoolPage,
  CustomerPoolParams,
  CustomerSearchParams,
  ItemPoolAllParams,
  ItemPoolPage,
  ItemPoolParams,
  ItemSearchParams,
  PoolCustomer,
  PoolItem,
  RemoveSubscriptionCardParams,
  Subscription,
  SubscriptionCard,
  SubscriptionCardsParams,
  SubscriptionCreated,
  SubscriptionKeyParams,
  SubscriptionPayment,
  SubscriptionPaymentParams,
  UpdateSubscriptionParams,
} from '../types/recurring.js';

/** Subscriptions (recurring payments) on PaymentAPI, with both key pairs (§4.8). */
export interface RecurringMethods {
  /**
   * Creates a subscription that charges a stored card on its schedule (and at once with `PaymentAtCreation`).
   * `POST recurring` (#98). Moves money: sent once, never retried; reference `SubscriptionMerchantCode` (a random
   * UUID when left out). After an unknown outcome, `get` it by that key before creating it again.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#create-a-subscription
   */
  create(params: CreateSubscriptionParams, options?: CallOptions): Promise<SubscriptionCreated>;
  /**
   * Changes a subscription's plan and items; a new period type or trial ends the plan and starts another.
   * `PUT recurring` (#99). Moves no money now (later charges follow the new plan); sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#change-stop-resume
   */
  update(params: UpdateSubscriptionParams, options?: CallOptions): Promise<null>;
  /**
   * A subscription by your key: plan, subscriber, items, the charges made and due (`Jobs`), `IsActive`.
   * `GET recurring/query` (#100). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#follow-the-charges
   */
  get(params: SubscriptionKeyParams, options?: CallOptions): Promise<Subscription>;
  /**
   * Stops the charges; `resubscribe` resumes them. `DELETE recurring/unsubscribe` (#101). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#change-stop-resume
   */
  unsubscribe(params: SubscriptionKeyParams, options?: CallOptions): Promise<null>;
  /**
   * Deletes a subscription for good. `DELETE recurring/delete` (#102). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#change-stop-resume
   */
  remove(params: SubscriptionKeyParams, options?: CallOptions): Promise<null>;
  /**
   * Resumes a stopped subscription from its next due date. `PUT recurring/resubscribe` (#103). Charges nothing by
   * itself (the resumed charges do); sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#change-stop-resume
   */
  resubscribe(params: SubscriptionKeyParams, options?: CallOptions): Promise<null>;
  /**
   * One charge of a subscription, by PayWall's `SubscriptionId` and `PaymentId`. `GET recurring/query/payment`
   * (#104). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#follow-the-charges
   */
  getPayment(params: SubscriptionPaymentParams, options?: CallOptions): Promise<SubscriptionPayment>;
  /**
   * The cards a subscription charges, by priority. `GET recurring/card` (#105). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#cards
   */
  listCards(params: SubscriptionCardsParams, options?: CallOptions): Promise<SubscriptionCard[]>;
  /**
   * Adds a stored CardWall card (each card once) for the subscription to charge. `POST recurring/card` (#106).
   * Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#cards
   */
  addCard(params: AddSubscriptionCardParams, options?: CallOptions): Promise<null>;
  /**
   * Takes a card off a subscription (not out of CardWall; the last card cannot go). `DELETE recurring/card` (#107).
   * Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#cards
   */
  removeCard(params: RemoveSubscriptionCardParams, options?: CallOptions): Promise<null>;
  /**
   * One page of your subscribers (`Start`, `Length`), filtered; `customerPoolAll` walks every page.
   * `GET recurring/customer/pool` (#108). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#pools
   */
  customerPool(params: CustomerPoolParams, options?: CallOptions): Promise<CustomerPoolPage>;
  /**
   * Your subscribers by name. `GET recurring/customer/pool/search` (#109). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#pools
   */
  searchCustomers(params: CustomerSearchParams, options?: CallOptions): Promise<PoolCustomer[]>;
  /**
   * One page of your subscription items (`Start`, `Length`), filtered; `itemPoolAll` walks every page.
   * `GET recurring/item/pool` (#110). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#pools
   */
  itemPool(params: ItemPoolParams, options?: CallOptions): Promise<ItemPoolPage>;
  /**
   * Your subscription items by name. `GET recurring/item/pool/search` (#111). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#pools
   */
  searchItems(params: ItemSearchParams, options?: CallOptions): Promise<PoolItem[]>;
}

/** What `paywall.recurring` is: the subscription rows' methods, and the two pools walked page by page. */
export interface RecurringResource extends RecurringMethods {
  /**
   * Every subscriber matching the filters, a page of `Length` (default 100) at a time as the loop asks for more.
   * Stops after `TotalRecord`, an empty or short page, or `maxPages`; `signal` stops it between pages. Moves no money.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#pools
   */
  customerPoolAll(params?: CustomerPoolAllParams, options?: CallOptions & PaginateOptions): AsyncGenerator<PoolCustomer, void, undefined>;
  /**
   * Every subscription item matching the filters, a page at a time (as `customerPoolAll`). Moves no money.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/recurring.md#pools
   */
  itemPoolAll(params?: ItemPoolAllParams, options?: CallOptions & PaginateOptions): AsyncGenerator<PoolItem, void, undefined>;
}
