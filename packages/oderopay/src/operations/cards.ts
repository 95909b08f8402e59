import { defineOperation } from '@odeme/core';
import { empty } from '../schemas/common.js';
import { deleteCardRequest, searchCardsRequest, storedCardList } from '../schemas/stored-card.js';

// Each row is marked pure where it is called: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and
// without the mark it would keep every row of a module the program imports.

/** `GET /payment/v1/cards`: search stored cards (by `cardUserKey`, alias, brand…). */
export const cardsSearch = /* @__PURE__ */ defineOperation({
  id: 'cards.search',
  method: 'GET',
  path: '/payment/v1/cards',
  request: searchCardsRequest,
  response: storedCardList,
  movesMoney: false,
});

/** `DELETE /payment/v1/cards`: delete a stored card; resolves to `undefined` (204). */
export const cardsDelete = /* @__PURE__ */ defineOperation({
  id: 'cards.delete',
  method: 'DELETE',
  path: '/payment/v1/cards',
  request: deleteCardRequest,
  response: empty,
  movesMoney: false,
  retryable: false,
});

/** Stored cards (cards are stored through `storeCardAfterSuccessPayment` or checkout). */
export const cardOperations = {
  /** Search stored cards (by `cardUserKey`, alias, brand…). */
  search: cardsSearch,
  /** Delete a stored card; resolves to `undefined` (204). */
  delete: cardsDelete,
};
