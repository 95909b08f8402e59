import type { Answer, Referenced } from '@odeme/core';
import type * as z from 'zod/mini';
import type { PayWallCurrencyId } from '../schemas/enums.js';
import type {
  payoutBalanceLine,
  payoutBalanceRequest,
  payoutBalanceResponse,
  payoutMainBalanceRequest,
  payoutQueryRequest,
  payoutQueryResponse,
  payoutSentResponse,
  payoutToAccountRequest,
  payoutToIbanRequest,
  payoutToMemberRequest,
  verifiedAccount,
  verifyAccountIdentityRequest,
  verifyAccountIdentityResponse,
} from '../schemas/payouts.js';

/** What `payouts.balance` takes (#126): the payout provider connection's id. */
export interface PayoutBalanceParams extends z.input<typeof payoutBalanceRequest> {}
/** What `payouts.mainBalance` takes (#127): the currency of the main payout account. */
export interface PayoutMainBalanceParams extends z.input<typeof payoutMainBalanceRequest> {}
/** What `payouts.sendToIban` takes (#128): the receiver's name and IBAN, the amount, your code of the payout. */
export interface PayoutToIbanParams extends z.input<typeof payoutToIbanRequest> {}
/** What `payouts.sendToMember` takes (#129): the sub-merchant's `MemberId`, the amount, your code of the payout. */
export interface PayoutToMemberParams extends z.input<typeof payoutToMemberRequest> {}
/** What `payouts.sendToAccount` takes (#130): the receiver's name and provider account number, the amount, your code. */
export interface PayoutToAccountParams extends z.input<typeof payoutToAccountRequest> {}
/** What `payouts.query` takes (#131): your `MerchantUniqueCode` of the payout. */
export interface PayoutQueryParams extends z.input<typeof payoutQueryRequest> {}
/** What `payouts.verifyAccountIdentity` takes (#132): the provider, the currency and the identity to look up. */
export interface VerifyAccountIdentityParams extends z.input<typeof verifyAccountIdentityRequest> {}

/** One balance of a payout account: total, locked (payouts in progress) and available. */
export interface PayoutBalance extends Answer<z.output<typeof payoutBalanceLine>> {}

/** What `payouts.balance` and `payouts.mainBalance` answer (#126, #127): the account's balances and provider. */
export interface PayoutAccount extends Omit<Answer<z.output<typeof payoutBalanceResponse>>, 'Balances' | 'CurrencyId'> {
  /** The balances (`[]` when PayWall sends none). */
  Balances: PayoutBalance[];
  /** Currency id (§5, `PayWallCurrency`). */
  CurrencyId?: PayWallCurrencyId | (number & {}) | null | undefined;
}

/** What the payout sends answer (#128–#130): the payout PayWall recorded; `reference` is its `MerchantUniqueCode`. */
export interface PayoutSent extends Answer<z.output<typeof payoutSentResponse>>, Referenced {}

/**
 * A payout's state (#131): receiver, amount and status. PayWall does not publish the payout status ids: read
 * `Status` for the name, and `StatusId` as PayWall's number.
 */
export interface PayoutState extends Omit<Answer<z.output<typeof payoutQueryResponse>>, 'CurrencyId'> {
  /** Currency id (§5, `PayWallCurrency`). */
  CurrencyId?: PayWallCurrencyId | (number & {}) | null | undefined;
}

/** The account a payout provider has for an identity (`AccountDetail`). */
export interface VerifiedAccount extends Answer<z.output<typeof verifiedAccount>> {}

/** What `payouts.verifyAccountIdentity` answers (#132): the provider and the account found, if any. */
export interface AccountIdentityCheck extends Omit<Answer<z.output<typeof verifyAccountIdentityResponse>>, 'AccountDetail'> {
  /** The account found; `AccountExists` says whether there is one. */
  AccountDetail?: VerifiedAccount | null | undefined;
}
