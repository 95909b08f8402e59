import { defineOperation } from '@odeme/core';
import { empty, listOf } from '../schemas/common.js';
import { deleteCardRequest, searchCardsRequest, storedCard } from '../schemas/stored-card.js';

/** Stored cards (cards are stored through `storeCardAfterSuccessPayment` or checkout). */
export const cardOperations = {
  /** Search stored cards (by `cardUserKey`, alias, brand…). */
  search: defineOperation({
    id: 'cards.search',
    method: 'GET',
    path: '/payment/v1/cards',
    request: searchCardsRequest,
    response: listOf(storedCard),
    movesMoney: false,
  }),
  /** Delete a stored card; resolves to `undefined` (204). */
  delete: defineOperation({
    id: 'cards.delete',
    method: 'DELETE',
    path: '/payment/v1/cards',
    request: deleteCardRequest,
    response: empty,
    movesMoney: false,
    retryable: false,
  }),
};
