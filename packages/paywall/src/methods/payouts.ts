import type { CallOptions } from '@odeme/core';
import type {
  AccountIdentityCheck,
  PayoutAccount,
  PayoutBalanceParams,
  PayoutMainBalanceParams,
  PayoutQueryParams,
  PayoutSent,
  PayoutState,
  PayoutToAccountParams,
  PayoutToIbanParams,
  PayoutToMemberParams,
  VerifyAccountIdentityParams,
} from '../types/payouts.js';

/** PayOut on PaymentAPI (§4.11): balances, transfers to an IBAN, a sub-merchant or a provider account, and their state. */
export interface PayoutsMethods {
  /**
   * The balances of one payout provider connection. `GET payout/balance` (#126; header `payoutconnectionid`).
   * Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/payouts.md#balances
   */
  balance(params: PayoutBalanceParams, options?: CallOptions): Promise<PayoutAccount>;
  /**
   * The balances of the main payout account of a currency. `GET payout/balance/main` (#127; header `currencyid`).
   * Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/payouts.md#balances
   */
  mainBalance(params: PayoutMainBalanceParams, options?: CallOptions): Promise<PayoutAccount>;
  /**
   * Sends `Amount` to the receiver's IBAN. `POST payout/send/iban` (#128). Moves money: sent once, never retried;
   * reference `MerchantUniqueCode` (a UUID is generated when you leave it out). The transfer finishes later: follow
   * it with `query` or the payout callback.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/payouts.md#a-payout-to-an-iban
   */
  sendToIban(params: PayoutToIbanParams, options?: CallOptions): Promise<PayoutSent>;
  /**
   * Sends `Amount` to a marketplace sub-merchant's registered bank account. `POST payout/send/member` (#129).
   * Moves money: sent once, never retried; reference `MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/payouts.md#a-payout-to-a-sub-merchant-or-a-provider-account
   */
  sendToMember(params: PayoutToMemberParams, options?: CallOptions): Promise<PayoutSent>;
  /**
   * Sends `Amount` to an account number at the payout provider (find it with `verifyAccountIdentity`).
   * `POST payout/send/account` (#130). Moves money: sent once, never retried; reference `MerchantUniqueCode`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/payouts.md#a-payout-to-a-sub-merchant-or-a-provider-account
   */
  sendToAccount(params: PayoutToAccountParams, options?: CallOptions): Promise<PayoutSent>;
  /**
   * A payout's state by your `MerchantUniqueCode`: what resolves an unknown outcome. `GET payout/query` (#131;
   * header `merchantuniquecode`). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/payouts.md#when-the-outcome-is-unknown
   */
  query(params: PayoutQueryParams, options?: CallOptions): Promise<PayoutState>;
  /**
   * Whether the payout provider has an account for an identity, with its number and holder.
   * `GET payout/verify/account/identity` (#132; headers `providerkey`, `currencyid`, `identity`). Moves no money.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/payouts.md#a-payout-to-a-sub-merchant-or-a-provider-account
   */
  verifyAccountIdentity(params: VerifyAccountIdentityParams, options?: CallOptions): Promise<AccountIdentityCheck>;
}
