import { defineOperation, type ReferenceRule } from '@odeme/core';
import { doneResponse, emptyResponse } from '../schemas/payment.js';
import {
  addPhysicalCardRequest,
  createVirtualCardRequest,
  prepaidAccountBalanceRequest,
  prepaidAccountBalanceResponse,
  prepaidCardBalanceRequest,
  prepaidCardDescriptionRequest,
  prepaidCardDetailRequest,
  prepaidCardDetailResponse,
  prepaidCardIdRequest,
  prepaidCardListRequest,
  prepaidCardListResponse,
  prepaidCardPhoneRequest,
  prepaidCardPinRequest,
  prepaidCardTransactionsRequest,
  prepaidCardTransactionsResponse,
  virtualCardResponse,
} from '../schemas/prepaid-cards.js';
import type { PayWallMeta } from './meta.js';

// Card production lives on PaymentAPI. The docs name the private pair; the .NET SDK sends all four keys there, and
// so does this client when the private pair is configured (the default of `sendPrivatePairOnPaymentApi`). Its codes
// are the common numbering (§3.2 b: 270–280 and 297–302 card production, 331–333 lengths).
/* @__NO_SIDE_EFFECTS__ */
function cp(no: number, headers?: Record<string, string>): PayWallMeta {
  return { no, host: 'payment', auth: 'public', errorTable: 'common', ...(headers ? { headers } : {}) };
}

/**
 * A load's reference: the card it moves money on. PayWall takes no key of the merchant's for a load, so nothing is
 * generated and a load cannot be found again by a key of yours.
 */
const onCard = {
  /** The card's `CardId` (the reference is its text). */
  field: 'CardId',
  /** How to resolve an unknown outcome. */
  lookup: 'read the card with prepaidCards.detail({ CardId: reference }) and prepaidCards.transactions({ CardId: reference }) before sending it again',
} as const satisfies ReferenceRule;

/** #133 `GET card/production/balance`: the balances of a card production programme's account. */
export const prepaidCardsAccountBalance = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.accountBalance',
  method: 'GET',
  path: '/card/production/balance',
  request: prepaidAccountBalanceRequest,
  response: prepaidAccountBalanceResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ cp(133, { CardProductionKey: 'cardproductionkey' }),
});

/** #134 `PUT card/production/disable`: blocks a card (it refuses loads and spends until enabled). */
export const prepaidCardsDisable = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.disable',
  method: 'PUT',
  path: '/card/production/disable',
  request: prepaidCardIdRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cp(134),
});

/** #135 `PUT card/production/enable`: unblocks a card. */
export const prepaidCardsEnable = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.enable',
  method: 'PUT',
  path: '/card/production/enable',
  request: prepaidCardIdRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cp(135),
});

/** #136 `DELETE card/production/delete` (JSON body): deletes a card. */
export const prepaidCardsRemove = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.remove',
  method: 'DELETE',
  path: '/card/production/delete',
  request: prepaidCardIdRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cp(136),
});

/** #137 `POST card/production/balance/increase`: loads money onto a card; sent once, never retried. */
export const prepaidCardsLoad = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.load',
  method: 'POST',
  path: '/card/production/balance/increase',
  request: prepaidCardBalanceRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onCard,
  meta: /* @__PURE__ */ cp(137),
});

/** #138 `POST card/production/balance/decrease`: takes money off a card; sent once, never retried. */
export const prepaidCardsUnload = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.unload',
  method: 'POST',
  path: '/card/production/balance/decrease',
  request: prepaidCardBalanceRequest,
  response: doneResponse,
  movesMoney: true,
  reference: onCard,
  meta: /* @__PURE__ */ cp(138),
});

/** #139 `GET card/production/detail`: a card's balance, number, expiry and security code. */
export const prepaidCardsDetail = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.detail',
  method: 'GET',
  path: '/card/production/detail',
  request: prepaidCardDetailRequest,
  response: prepaidCardDetailResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ cp(139, { CardId: 'cardid' }),
});

/** #140 `GET card/production/list`: a page of cards, optionally filtered. */
export const prepaidCardsList = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.list',
  method: 'GET',
  path: '/card/production/list',
  request: prepaidCardListRequest,
  response: prepaidCardListResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ cp(140, {
    Start: 'start',
    Length: 'length',
    CardId: 'cardid',
    CardNumber: 'cardnumber',
    Phone: 'phone',
    ExternalId: 'externalid',
  }),
});

/** #141 `PUT card/production/phone`: changes the holder's phone. */
export const prepaidCardsSetPhone = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.setPhone',
  method: 'PUT',
  path: '/card/production/phone',
  request: prepaidCardPhoneRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cp(141),
});

/** #142 `PUT card/production/description`: changes the card's description. */
export const prepaidCardsSetDescription = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.setDescription',
  method: 'PUT',
  path: '/card/production/description',
  request: prepaidCardDescriptionRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cp(142),
});

/** #143 `GET card/production/transaction`: a page of a card's movements. */
export const prepaidCardsTransactions = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.transactions',
  method: 'GET',
  path: '/card/production/transaction',
  request: prepaidCardTransactionsRequest,
  response: prepaidCardTransactionsResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ cp(143, { Page: 'page', CardId: 'cardid', DateFrom: 'datefrom', DateTo: 'dateto' }),
});

/** #144 `PUT card/production/pin`: sets the card's PIN (a secret: redacted from errors and logs). */
export const prepaidCardsSetPin = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.setPin',
  method: 'PUT',
  path: '/card/production/pin',
  request: prepaidCardPinRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cp(144),
});

/** #145 `POST card/production/virtual`: issues a virtual prepaid card; sent once (a retry could issue two). */
export const prepaidCardsCreateVirtual = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.createVirtual',
  method: 'POST',
  path: '/card/production/virtual',
  request: createVirtualCardRequest,
  response: virtualCardResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cp(145),
});

/** #146 `POST card/production/physical/add`: registers a printed prepaid card; sent once. */
export const prepaidCardsAddPhysical = /* @__PURE__ */ defineOperation({
  id: 'prepaidCards.addPhysical',
  method: 'POST',
  path: '/card/production/physical/add',
  request: addPhysicalCardRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cp(146),
});

/** Prepaid card production on PaymentAPI (§4.12, #133–#146), by the client's method names (`PrepaidCardsMethods`). */
export const prepaidCardOperations = {
  accountBalance: prepaidCardsAccountBalance,
  createVirtual: prepaidCardsCreateVirtual,
  addPhysical: prepaidCardsAddPhysical,
  detail: prepaidCardsDetail,
  list: prepaidCardsList,
  transactions: prepaidCardsTransactions,
  load: prepaidCardsLoad,
  unload: prepaidCardsUnload,
  enable: prepaidCardsEnable,
  disable: prepaidCardsDisable,
  remove: prepaidCardsRemove,
  setPhone: prepaidCardsSetPhone,
  setDescription: prepaidCardsSetDescription,
  setPin: prepaidCardsSetPin,
};
