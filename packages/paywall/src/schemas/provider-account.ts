import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { infoList, infoNumber, infoText, orEmpty, settles } from './answer.js';

// The account of a provider PayWall connects (PayOut's and card production's): the same .NET shape answers both
// (`PayOutAccountResponse`, `CardOperationAccountResponse`).

/** One balance of the account, in its currency. */
export const accountBalanceLine = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Total balance, a decimal in the account's currency. */
    TotalBalance: settles(z.number()),
    /** Balance held by operations in progress (payouts, loads). */
    LockedBalance: settles(z.number()),
    /** Balance available to use. */
    AvailableBalance: settles(z.number()),
  }),
);

/** The account's balances and the provider behind it (a `null` Body reads as `{}`). */
export const providerAccountResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** The balances (`[]` when PayWall sends none or `null`). */
      Balances: infoList(accountBalanceLine),
      /** The provider's raw answer, as text. */
      ProviderDump: infoText,
      /** The provider's HTTP status. */
      ProviderHttpStatus: infoNumber,
      /** Id of the provider connection. */
      ProviderConnectedId: infoNumber,
      /** Id of the provider. */
      ProviderId: infoNumber,
      /** Key of the provider. */
      ProviderKey: infoText,
      /** Currency id of the account (§5, `PayWallCurrency`). */
      CurrencyId: infoNumber,
    }),
  ),
);
