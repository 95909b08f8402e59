import { defineOperation } from '@odeme/core';
import { tokenData } from '../schemas/responses.js';
import { getTokenRequest } from '../schemas/token.js';
import { rowMeta } from './meta.js';

/** [D] `/Index/GetToken`: the `Token` the ServletV2 browser flows carry (parameters INFERRED; `extra` sends any others). */
export const tokensGet = /* @__PURE__ */ defineOperation({
  id: 'tokens.get',
  method: 'POST',
  path: '/Index/GetToken',
  request: getTokenRequest,
  response: tokenData,
  movesMoney: false,
  meta: /* @__PURE__ */ rowMeta({
    method: 'getToken',
    section: 'D',
    edition: 'D',
    tokenOrder: ['merchantId', 'merchantOid', 'orderAmount', 'ipAddress'],
    source: 'inferred',
  }),
});
