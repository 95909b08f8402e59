import { defineOperation } from '@odeme/core';
import { emptyResponse } from '../schemas/payment.js';
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
import type { PayWallMeta } from './meta.js';

// The CardWall list writes `includeDetails` in camel case (§2.1); header names are case-insensitive on the wire.
const LIST_HEADERS = { RelationalId1: 'relationalid1', RelationalId2: 'relationalid2', RelationalId3: 'relationalid3', IncludeDetails: 'includeDetails' };
const cw = (no: number, headers?: Record<string, string>): PayWallMeta => ({
  no,
  host: 'cardWall',
  auth: 'private',
  errorTable: 'common',
  ...(headers ? { headers } : {}),
});

/** CardWall card storage (§4.7, #90–#97) on CardWallAPI with the private pair. */
export const cardWallOperations = {
  save: defineOperation({
    id: 'cardWall.save',
    method: 'POST',
    path: '/card',
    request: saveCardRequest,
    response: storedCard,
    movesMoney: false,
    retryable: false,
    meta: cw(90),
  }),
  list: defineOperation({
    id: 'cardWall.list',
    method: 'GET',
    path: '/card',
    request: listCardsRequest,
    response: storedCardList,
    movesMoney: false,
    meta: cw(91, LIST_HEADERS),
  }),
  remove: defineOperation({
    id: 'cardWall.remove',
    method: 'DELETE',
    path: '/card',
    request: deleteCardRequest,
    response: emptyResponse,
    movesMoney: false,
    retryable: false,
    meta: cw(92),
  }),
  update: defineOperation({
    id: 'cardWall.update',
    method: 'PUT',
    path: '/card',
    request: updateCardRequest,
    response: emptyResponse,
    movesMoney: false,
    retryable: false,
    meta: cw(93),
  }),
  saveInsurance: defineOperation({
    id: 'cardWall.insurance.save',
    method: 'POST',
    path: '/card/insurance',
    request: saveInsuranceCardRequest,
    response: storedCard,
    movesMoney: false,
    retryable: false,
    meta: cw(94),
  }),
  listInsurance: defineOperation({
    id: 'cardWall.insurance.list',
    method: 'GET',
    path: '/card/insurance',
    request: listCardsRequest,
    response: storedCardList,
    movesMoney: false,
    meta: cw(95, LIST_HEADERS),
  }),
  removeInsurance: defineOperation({
    id: 'cardWall.insurance.remove',
    method: 'DELETE',
    path: '/card/insurance',
    request: deleteInsuranceCardRequest,
    response: emptyResponse,
    movesMoney: false,
    retryable: false,
    meta: cw(96),
  }),
  updateInsurance: defineOperation({
    id: 'cardWall.insurance.update',
    method: 'PUT',
    path: '/card/insurance',
    request: updateInsuranceCardRequest,
    response: emptyResponse,
    movesMoney: false,
    retryable: false,
    meta: cw(97),
  }),
};
