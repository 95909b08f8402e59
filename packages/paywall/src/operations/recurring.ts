import { defineOperation, type ReferenceRule, randomUuid } from '@odeme/core';
import { emptyResponse } from '../schemas/payment.js';
import {
  addSubscriptionCardRequest,
  createSubscriptionRequest,
  createSubscriptionResponse,
  removeSubscriptionCardRequest,
  subscriptionCardList,
  subscriptionCardsRequest,
  subscriptionKeyRequest,
  subscriptionPaymentRequest,
  subscriptionPaymentResponse,
  subscriptionResponse,
  updateSubscriptionRequest,
} from '../schemas/recurring.js';
import {
  customerPoolRequest,
  customerPoolResponse,
  customerSearchRequest,
  customerSearchResponse,
  itemPoolRequest,
  itemPoolResponse,
  itemSearchRequest,
  itemSearchResponse,
} from '../schemas/recurring-pools.js';
import type { PayWallMeta } from './meta.js';

// Subscriptions live on PaymentAPI, which takes both key pairs, as the .NET SDK sends them (§1.2). Only creating a
// subscription moves money: it may charge at once (`PaymentAtCreation`) and it sets up every later charge. The other
// writes change, stop, resume or re-card a plan without charging; they are still sent once (`retryable: false`),
// since PayWall answers a repeat with an error (already passive, already active, card already added).

/** A new subscription's reference: your `SubscriptionMerchantCode`, a random UUID when left out (header-safe, for the query). */
const newSubscription = {
  /** The subscription's `SubscriptionMerchantCode`. */
  field: 'SubscriptionMerchantCode',
  /** A random UUID, when the caller gives no code. */
  generate: randomUuid,
  /** What resolves an unknown outcome. */
  lookup: 'look it up with recurring.get({ SubscriptionMerchantCode: reference }) before sending it again',
} as const satisfies ReferenceRule;

/* @__NO_SIDE_EFFECTS__ */
function r(no: number, headers?: Record<string, string>): PayWallMeta {
  return { no, host: 'payment', auth: 'public', errorTable: 'common', ...(headers ? { headers } : {}) };
}

const PAGING = { Start: 'start', Length: 'length', SortValue: 'sortvalue', SortColumn: 'sortcolumn', DateTo: 'dateto', DateFrom: 'datefrom' };

/** #98 (.NET #37) `POST recurring`: creates a subscription that charges a stored card on its schedule; moves money. */
export const recurringCreate = /* @__PURE__ */ defineOperation({
  id: 'recurring.create',
  method: 'POST',
  path: '/recurring',
  request: createSubscriptionRequest,
  response: createSubscriptionResponse,
  movesMoney: true,
  reference: newSubscription,
  meta: /* @__PURE__ */ r(98),
});

/** #99 `PUT recurring`: changes a subscription's plan; charges nothing now (later charges follow the new plan). */
export const recurringUpdate = /* @__PURE__ */ defineOperation({
  id: 'recurring.update',
  method: 'PUT',
  path: '/recurring',
  request: updateSubscriptionRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ r(99),
});

/** #100 `GET recurring/query`: a subscription by your key, with its charge schedule; a read. */
export const recurringGet = /* @__PURE__ */ defineOperation({
  id: 'recurring.get',
  method: 'GET',
  path: '/recurring/query',
  request: subscriptionKeyRequest,
  response: subscriptionResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ r(100, { SubscriptionMerchantCode: 'subscriptionmerchantcode' }),
});

/** #101 `DELETE recurring/unsubscribe`: stops the charges (the subscription stays, `resubscribe` resumes it); moves no money. */
export const recurringUnsubscribe = /* @__PURE__ */ defineOperation({
  id: 'recurring.unsubscribe',
  method: 'DELETE',
  path: '/recurring/unsubscribe',
  request: subscriptionKeyRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ r(101),
});

/** #102 `DELETE recurring/delete`: deletes a subscription (no more charges, no resubscribe); moves no money. */
export const recurringRemove = /* @__PURE__ */ defineOperation({
  id: 'recurring.remove',
  method: 'DELETE',
  path: '/recurring/delete',
  request: subscriptionKeyRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ r(102),
});

/** #103 `PUT recurring/resubscribe`: resumes a stopped subscription from its next due date; charges nothing by itself. */
export const recurringResubscribe = /* @__PURE__ */ defineOperation({
  id: 'recurring.resubscribe',
  method: 'PUT',
  path: '/recurring/resubscribe',
  request: subscriptionKeyRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ r(103),
});

/** #104 `GET recurring/query/payment`: one charge of a subscription; a read. */
export const recurringGetPayment = /* @__PURE__ */ defineOperation({
  id: 'recurring.getPayment',
  method: 'GET',
  path: '/recurring/query/payment',
  request: subscriptionPaymentRequest,
  response: subscriptionPaymentResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ r(104, { SubscriptionId: 'subscriptionid', PaymentId: 'paymentid' }),
});

/** #105 `GET recurring/card`: the cards a subscription charges, in order; a read. */
export const recurringListCards = /* @__PURE__ */ defineOperation({
  id: 'recurring.listCards',
  method: 'GET',
  path: '/recurring/card',
  request: subscriptionCardsRequest,
  response: subscriptionCardList,
  movesMoney: false,
  meta: /* @__PURE__ */ r(105, { SubscriptionId: 'subscriptionid' }),
});

/** #106 `POST recurring/card`: adds a stored card to charge; charges nothing. */
export const recurringAddCard = /* @__PURE__ */ defineOperation({
  id: 'recurring.addCard',
  method: 'POST',
  path: '/recurring/card',
  request: addSubscriptionCardRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ r(106),
});

/** #107 `DELETE recurring/card`: takes a card off a subscription (the last one cannot go); charges nothing. */
export const recurringRemoveCard = /* @__PURE__ */ defineOperation({
  id: 'recurring.removeCard',
  method: 'DELETE',
  path: '/recurring/card',
  request: removeSubscriptionCardRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ r(107),
});

/** #108 `GET recurring/customer/pool`: one page of your subscribers; a read. */
export const recurringCustomerPool = /* @__PURE__ */ defineOperation({
  id: 'recurring.customerPool',
  method: 'GET',
  path: '/recurring/customer/pool',
  request: customerPoolRequest,
  response: customerPoolResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ r(108, {
    ...PAGING,
    Name: 'name',
    Lastname: 'lastname',
    Phone: 'phone',
    Email: 'email',
    Country: 'country',
    City: 'city',
    Address: 'address',
    Identity: 'identity',
  }),
});

/** #109 `GET recurring/customer/pool/search`: your subscribers by name; a read. */
export const recurringSearchCustomers = /* @__PURE__ */ defineOperation({
  id: 'recurring.searchCustomers',
  method: 'GET',
  path: '/recurring/customer/pool/search',
  request: customerSearchRequest,
  response: customerSearchResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ r(109, { CustomerName: 'customername' }),
});

/** #110 `GET recurring/item/pool`: one page of your subscription items; a read. */
export const recurringItemPool = /* @__PURE__ */ defineOperation({
  id: 'recurring.itemPool',
  method: 'GET',
  path: '/recurring/item/pool',
  request: itemPoolRequest,
  response: itemPoolResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ r(110, { ...PAGING, ItemType: 'itemtype', ItemName: 'itemname', Amount: 'amount' }),
});

/** #111 `GET recurring/item/pool/search`: your subscription items by name; a read. */
export const recurringSearchItems = /* @__PURE__ */ defineOperation({
  id: 'recurring.searchItems',
  method: 'GET',
  path: '/recurring/item/pool/search',
  request: itemSearchRequest,
  response: itemSearchResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ r(111, { ItemName: 'itemname' }),
});

/** Subscriptions on PaymentAPI (§4.8, #98–#111), by the client's method names (`RecurringMethods`). */
export const recurringOperations = {
  create: recurringCreate,
  update: recurringUpdate,
  get: recurringGet,
  unsubscribe: recurringUnsubscribe,
  remove: recurringRemove,
  resubscribe: recurringResubscribe,
  getPayment: recurringGetPayment,
  listCards: recurringListCards,
  addCard: recurringAddCard,
  removeCard: recurringRemoveCard,
  customerPool: recurringCustomerPool,
  searchCustomers: recurringSearchCustomers,
  itemPool: recurringItemPool,
  searchItems: recurringSearchItems,
};
