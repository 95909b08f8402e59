import { defineOperation } from '@odeme/core';
import { tempCardRequest, tempCardResponse, tempTokenRequest, tempTokenResponse } from '../schemas/client-side.js';
import type { PayWallMeta } from './meta.js';

const tempTokenMeta: PayWallMeta = { no: 11, host: 'payment', auth: 'public', errorTable: 'payment' };
// The temp token travels as the `token` header, next to the key headers every PaymentAPI call carries: the official
// .NET SDK sends all four on `tempcard` (its PaymentAPI client's default headers); the docs name the token only.
const tempCardMeta: PayWallMeta = { no: 12, host: 'payment', auth: 'public', errorTable: 'payment', headerFields: { token: 'token' } };

/** #11 `POST temptoken`: a short-lived token (0–30 minutes) for client-side calls, created on your server. */
export const clientSideTempToken = /* @__PURE__ */ defineOperation({
  id: 'clientSide.tempToken',
  method: 'POST',
  path: '/temptoken',
  request: tempTokenRequest,
  response: tempTokenResponse,
  movesMoney: false,
  retryable: false,
  meta: tempTokenMeta,
});

/** #12 `POST tempcard`: tokenises a card with the `token` of `temptoken` (sent as a header, with the key headers, as the .NET SDK does). */
export const clientSideTempCard = /* @__PURE__ */ defineOperation({
  id: 'clientSide.tempCard',
  method: 'POST',
  path: '/tempcard',
  request: tempCardRequest,
  response: tempCardResponse,
  movesMoney: false,
  retryable: false,
  meta: tempCardMeta,
});

/** Client-side services (#11, #12), by the client's method names (`ClientSideMethods`). */
export const clientSideOperations = {
  createTempToken: clientSideTempToken,
  createTempCard: clientSideTempCard,
};
