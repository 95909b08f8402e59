import { defineOperation, type ReferenceRule, randomUuid } from '@odeme/core';
import { physicalPosAnswer, physicalPosPairingRequest, physicalPosSaleRequest, physicalPosSyncTerminalRequest } from '../schemas/physical-pos.js';
import type { PayWallMeta } from './meta.js';

// Physical POS (§4.13) lives on PhysicalAPI with the private pair. Its host is not published: the `physical` base
// URL is the caller's configuration, and a call without one is refused before anything is sent. Paths are relative
// to that base with no `/api/paywall/` prefix. The numbers 147–149 are ours: §4 numbers its endpoints up to 146,
// and these are §4.13's three known paths, in the spec's order. Which error numbering PhysicalAPI answers with is not
// published; the .NET SDK's common list (§3.2 b) is read first, and both readings are on every error.
/* @__NO_SIDE_EFFECTS__ */
function physical(no: number): PayWallMeta {
  return { no, host: 'physical', auth: 'private', errorTable: 'common' };
}

/**
 * A sale's reference: its `MerchantUniqueCode`, which you choose (a random UUID when left out). PayWall has not
 * published a physical POS inquiry, so the lookup is the callback that names the code.
 */
const newSale = {
  /** The sale's `MerchantUniqueCode`. */
  field: 'MerchantUniqueCode',
  /** A random UUID, when the caller gives no code. */
  generate: randomUuid,
  /** How to resolve an unknown outcome. */
  lookup:
    'PayWall publishes no physical POS inquiry: wait for the Physical POS callback with this MerchantUniqueCode, or check the terminal and the PayWall panel, before selling again',
} as const satisfies ReferenceRule;

/** #147 `POST api/terminal/sync`: fetches a provider connection's terminals again; moves no money, sent once. */
export const physicalPosSyncTerminal = /* @__PURE__ */ defineOperation({
  id: 'physicalPos.syncTerminal',
  method: 'POST',
  path: '/api/terminal/sync',
  request: physicalPosSyncTerminalRequest,
  response: physicalPosAnswer,
  movesMoney: false,
  // A write of unpublished effect: not repeated on its own.
  retryable: false,
  meta: /* @__PURE__ */ physical(147),
});

/** #148 `POST api/pair/sync/request`: asks a terminal to pair with your account; moves no money, sent once. */
export const physicalPosRequestPairing = /* @__PURE__ */ defineOperation({
  id: 'physicalPos.requestPairing',
  method: 'POST',
  path: '/api/pair/sync/request',
  request: physicalPosPairingRequest,
  response: physicalPosAnswer,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ physical(148),
});

/** #149 `POST api/payment/sync/sale`: a card sale on a paired terminal; moves money: sent once, never retried. */
export const physicalPosSale = /* @__PURE__ */ defineOperation({
  id: 'physicalPos.sale',
  method: 'POST',
  path: '/api/payment/sync/sale',
  request: physicalPosSaleRequest,
  response: physicalPosAnswer,
  movesMoney: true,
  reference: newSale,
  meta: /* @__PURE__ */ physical(149),
});

/** Physical POS on PhysicalAPI (§4.13, #147–#149 in our numbering), by the client's method names (`PhysicalPosMethods`). */
export const physicalPosOperations = {
  syncTerminal: physicalPosSyncTerminal,
  requestPairing: physicalPosRequestPairing,
  sale: physicalPosSale,
};
