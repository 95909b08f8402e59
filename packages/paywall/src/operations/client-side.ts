import { defineOperation } from '@odeme/core';
import { tempCardRequest, tempCardResponse, tempTokenRequest, tempTokenResponse } from '../schemas/client-side.js';
import type { PayWallMeta } from './meta.js';

/** Client-side services (#11, #12): a temp token from your server, a card token with that token. */
export const clientSideOperations = {
  tempToken: defineOperation({
    id: 'clientSide.tempToken',
    method: 'POST',
    path: '/temptoken',
    request: tempTokenRequest,
    response: tempTokenResponse,
    movesMoney: false,
    retryable: false,
    meta: { no: 11, host: 'payment', auth: 'public', errorTable: 'payment' } satisfies PayWallMeta,
  }),
  tempCard: defineOperation({
    id: 'clientSide.tempCard',
    method: 'POST',
    path: '/tempcard',
    request: tempCardRequest,
    response: tempCardResponse,
    movesMoney: false,
    retryable: false,
    meta: { no: 12, host: 'payment', auth: 'token', errorTable: 'payment', headerFields: { token: 'token' } } satisfies PayWallMeta,
  }),
};
