import { defineOperation, type ReferenceRule, randomUuid } from '@odeme/core';
import {
  payoutBalanceRequest,
  payoutBalanceResponse,
  payoutMainBalanceRequest,
  payoutQueryRequest,
  payoutQueryResponse,
  payoutSentResponse,
  payoutToAccountRequest,
  payoutToIbanRequest,
  payoutToMemberRequest,
  verifyAccountIdentityRequest,
  verifyAccountIdentityResponse,
} from '../schemas/payouts.js';
import type { PayWallMeta } from './meta.js';

// PayOut lives on PaymentAPI (the .NET SDK sends all four keys there); its codes are the common numbering (§3.2 b:
// 241–252 payout, 544 BalanceNotEnough).
/* @__NO_SIDE_EFFECTS__ */
function payout(no: number, headers?: Record<string, string>): PayWallMeta {
  return { no, host: 'payment', auth: 'public', errorTable: 'common', ...(headers ? { headers } : {}) };
}

/**
 * A payout's reference: its `MerchantUniqueCode`, which the merchant chooses (the .NET models carry it); a random
 * UUID when the caller leaves it out. `payouts.query` finds the payout by it.
 */
const newPayout = {
  /** The payout's `MerchantUniqueCode`. */
  field: 'MerchantUniqueCode',
  /** A random UUID, when the caller gives no code. */
  generate: randomUuid,
  /** How to resolve an unknown outcome. */
  lookup: 'look it up with payouts.query({ MerchantUniqueCode: reference }) before sending it again',
} as const satisfies ReferenceRule;

/** #126 `GET payout/balance`: the balances of one payout provider connection. */
export const payoutsBalance = /* @__PURE__ */ defineOperation({
  id: 'payouts.balance',
  method: 'GET',
  path: '/payout/balance',
  request: payoutBalanceRequest,
  response: payoutBalanceResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ payout(126, { PayoutConnectionId: 'payoutconnectionid' }),
});

/** #127 `GET payout/balance/main`: the balances of the main payout account of a currency. */
export const payoutsMainBalance = /* @__PURE__ */ defineOperation({
  id: 'payouts.mainBalance',
  method: 'GET',
  path: '/payout/balance/main',
  request: payoutMainBalanceRequest,
  response: payoutBalanceResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ payout(127, { CurrencyId: 'currencyid' }),
});

/** #128 `POST payout/send/iban`: sends money to an IBAN; sent once, never retried. */
export const payoutsSendToIban = /* @__PURE__ */ defineOperation({
  id: 'payouts.sendToIban',
  method: 'POST',
  path: '/payout/send/iban',
  request: payoutToIbanRequest,
  response: payoutSentResponse,
  movesMoney: true,
  reference: newPayout,
  meta: /* @__PURE__ */ payout(128),
});

/** #129 `POST payout/send/member`: sends money to a marketplace sub-merchant's registered account. */
export const payoutsSendToMember = /* @__PURE__ */ defineOperation({
  id: 'payouts.sendToMember',
  method: 'POST',
  path: '/payout/send/member',
  request: payoutToMemberRequest,
  response: payoutSentResponse,
  movesMoney: true,
  reference: newPayout,
  meta: /* @__PURE__ */ payout(129),
});

/** #130 `POST payout/send/account`: sends money to an account number at the payout provider. */
export const payoutsSendToAccount = /* @__PURE__ */ defineOperation({
  id: 'payouts.sendToAccount',
  method: 'POST',
  path: '/payout/send/account',
  request: payoutToAccountRequest,
  response: payoutSentResponse,
  movesMoney: true,
  reference: newPayout,
  meta: /* @__PURE__ */ payout(130),
});

/** #131 `GET payout/query`: a payout's state by your `MerchantUniqueCode`; a read, retried. */
export const payoutsQuery = /* @__PURE__ */ defineOperation({
  id: 'payouts.query',
  method: 'GET',
  path: '/payout/query',
  request: payoutQueryRequest,
  response: payoutQueryResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ payout(131, { MerchantUniqueCode: 'merchantuniquecode' }),
});

/** #132 `GET payout/verify/account/identity`: whether the provider has an account for an identity, and its number. */
export const payoutsVerifyAccountIdentity = /* @__PURE__ */ defineOperation({
  id: 'payouts.verifyAccountIdentity',
  method: 'GET',
  path: '/payout/verify/account/identity',
  request: verifyAccountIdentityRequest,
  response: verifyAccountIdentityResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ payout(132, { ProviderKey: 'providerkey', CurrencyId: 'currencyid', Identity: 'identity' }),
});

/** PayOut on PaymentAPI (§4.11, #126–#132), by the client's method names (`PayoutsMethods`). */
export const payoutOperations = {
  balance: payoutsBalance,
  mainBalance: payoutsMainBalance,
  sendToIban: payoutsSendToIban,
  sendToMember: payoutsSendToMember,
  sendToAccount: payoutsSendToAccount,
  query: payoutsQuery,
  verifyAccountIdentity: payoutsVerifyAccountIdentity,
};
