import { defineOperation } from '@odeme/core';
import {
  deleteCardRequest,
  deleteInsuranceCardRequest,
  listCardsRequest,
  saveCardRequest,
  saveInsuranceCardRequest,
  storedCard,
  storedCardList,
  updateCardRequest,
  updateInsuranceCardRequest,
} from '../schemas/cardwall.js';
import { emptyResponse } from '../schemas/payment.js';
import type { PayWallMeta } from './meta.js';

// The CardWall list writes `includeDetails` in camel case (§2.1); header names are case-insensitive on the wire.
const LIST_HEADERS = { RelationalId1: 'relationalid1', RelationalId2: 'relationalid2', RelationalId3: 'relationalid3', IncludeDetails: 'includeDetails' };

/* @__NO_SIDE_EFFECTS__ */
function cw(no: number, headers?: Record<string, string>): PayWallMeta {
  return { no, host: 'cardWall', auth: 'private', errorTable: 'common', ...(headers ? { headers } : {}) };
}

/** #90 `POST card`: stores an e-commerce card in CardWall under your `RelationalId1`. */
export const cardWallSave = /* @__PURE__ */ defineOperation({
  id: 'cardWall.save',
  method: 'POST',
  path: '/card',
  request: saveCardRequest,
  response: storedCard,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cw(90),
});

/** #91 `GET card`: the stored cards of one `RelationalId1` (their `UniqueCode`s rotate: list right before paying). */
export const cardWallList = /* @__PURE__ */ defineOperation({
  id: 'cardWall.list',
  method: 'GET',
  path: '/card',
  request: listCardsRequest,
  response: storedCardList,
  movesMoney: false,
  meta: /* @__PURE__ */ cw(91, LIST_HEADERS),
});

/** #92 `DELETE card`: deletes a stored card (JSON body). */
export const cardWallRemove = /* @__PURE__ */ defineOperation({
  id: 'cardWall.remove',
  method: 'DELETE',
  path: '/card',
  request: deleteCardRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cw(92),
});

/** #93 `PUT card`: changes a stored card's expiry. */
export const cardWallUpdate = /* @__PURE__ */ defineOperation({
  id: 'cardWall.update',
  method: 'PUT',
  path: '/card',
  request: updateCardRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cw(93),
});

/** #94 `POST card/insurance`: stores an insurance card (BIN, last four, identity number). */
export const cardWallInsuranceSave = /* @__PURE__ */ defineOperation({
  id: 'cardWall.insurance.save',
  method: 'POST',
  path: '/card/insurance',
  request: saveInsuranceCardRequest,
  response: storedCard,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cw(94),
});

/** #95 `GET card/insurance`: the stored insurance cards of one `RelationalId1`. */
export const cardWallInsuranceList = /* @__PURE__ */ defineOperation({
  id: 'cardWall.insurance.list',
  method: 'GET',
  path: '/card/insurance',
  request: listCardsRequest,
  response: storedCardList,
  movesMoney: false,
  meta: /* @__PURE__ */ cw(95, LIST_HEADERS),
});

/** #96 `DELETE card/insurance`: deletes a stored insurance card. */
export const cardWallInsuranceRemove = /* @__PURE__ */ defineOperation({
  id: 'cardWall.insurance.remove',
  method: 'DELETE',
  path: '/card/insurance',
  request: deleteInsuranceCardRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cw(96),
});

/** #97 `PUT card/insurance`: changes a stored insurance card's expiry. */
export const cardWallInsuranceUpdate = /* @__PURE__ */ defineOperation({
  id: 'cardWall.insurance.update',
  method: 'PUT',
  path: '/card/insurance',
  request: updateInsuranceCardRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ cw(97),
});

/** CardWall e-commerce cards (§4.7, #90–#93), by the client's method names (`CardWallMethods`). */
export const cardWallOperations = {
  save: cardWallSave,
  list: cardWallList,
  remove: cardWallRemove,
  update: cardWallUpdate,
};

/** CardWall insurance cards (§4.7, #94–#97), by the client's method names (`CardWallInsuranceMethods`). */
export const cardWallInsuranceOperations = {
  save: cardWallInsuranceSave,
  list: cardWallInsuranceList,
  remove: cardWallInsuranceRemove,
  update: cardWallInsuranceUpdate,
};
