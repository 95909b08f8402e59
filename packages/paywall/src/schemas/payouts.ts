import { iban, lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { info, infoNumber as num, orEmpty, settles, infoText as str } from './answer.js';
import { currencyId, int, merchantUniqueCode, newMerchantUniqueCode, positiveAmount, rule, webUrl } from './common.js';
import { accountBalanceLine, providerAccountResponse } from './provider-account.js';

// PayOut (§4.11, .NET `PayOutTo*Request`): the .NET models mark no field required and give no length, so what is
// required here is what a transfer cannot go without (receiver, amount, currency); the rest is optional.

const text = (name: string) => z.string().check(z.minLength(1, `${name} is required`));

const common = /* @__PURE__ */ lazySchema(() => ({
  /** Key of the payout provider connection to send through (panel); left out, PayWall's default for the currency. */
  PayoutProviderKey: z.optional(text('PayoutProviderKey')),
  /** A group code of yours, echoed in the payout callback (`MerchantGroupCode`), e.g. a batch id. */
  MerchantGroupCode: z.optional(text('MerchantGroupCode')),
  /**
   * Your unique id of this payout (the call's `reference`): visible ASCII, at most 250 characters, since
   * `payouts.query` sends it as a header; left out, a random UUID.
   */
  MerchantUniqueCode: z.optional(newMerchantUniqueCode()),
  /** The transfer's description, as the receiver's bank shows it. */
  Description: z.optional(z.string()),
  /** Amount to send, TL decimal (the `CurrencyId` currency), exact to the kuruş, greater than zero. */
  Amount: positiveAmount(),
  /** Currency id (§5, `PayWallCurrency`): 1 TRY, 2 USD, 3 EUR, 4 BAM, 5 MKD, 6 ALL, 7 GBP. */
  CurrencyId: currencyId(),
  /** Post the payout callback (§6.3) to `CallbackAddress` as its status changes. */
  CallbackSupport: z.optional(z.boolean()),
  /** Your absolute URL the payout callback is posted to; required with `CallbackSupport: true`. */
  CallbackAddress: z.optional(webUrl('CallbackAddress')),
}));

type Callback = { CallbackSupport?: boolean | undefined; CallbackAddress?: string | undefined };
const callbackRule = /* @__PURE__ */ lazySchema(() =>
  rule<Callback>((v, ctx) => {
    if (v.CallbackSupport === true && !v.CallbackAddress) ctx.addIssue({ code: 'custom', path: ['CallbackAddress'], message: 'CallbackAddress is required' });
  }),
);

const receiver = /* @__PURE__ */ lazySchema(() => ({
  /** The receiver's name as the bank holds it (person or company title). */
  ReceiverTitle: text('ReceiverTitle'),
  /** The receiver's national id (TCKN) or tax number (VKN), when the provider asks for it. */
  ReceiverIdentity: z.optional(text('ReceiverIdentity')),
}));

/** #128 `POST payout/send/iban`: a transfer to a bank account by IBAN. */
export const payoutToIbanRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      ...common,
      ...receiver,
      /** The receiver's IBAN: ISO 13616 shape and check digits; spaces allowed, sent in its electronic form. */
      ReceiverIban: iban(),
    })
    .check(callbackRule),
);

/** #130 `POST payout/send/account`: a transfer to an account number at the payout provider. */
export const payoutToAccountRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      ...common,
      ...receiver,
      /** The receiver's account number at the payout provider (e.g. an e-money wallet number). */
      ReceiverAccount: text('ReceiverAccount'),
    })
    .check(callbackRule),
);

/** #129 `POST payout/send/member`: a transfer to a marketplace sub-merchant's registered bank account. */
export const payoutToMemberRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      ...common,
      /** The sub-merchant's id from MemberAPI; PayWall sends to the bank account registered for the currency. */
      MemberId: int().check(z.positive()),
    })
    .check(callbackRule),
);

/** #126 `GET payout/balance`: header `payoutconnectionid`. */
export const payoutBalanceRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Id of the payout provider connection (panel), sent as the `payoutconnectionid` header. */
    PayoutConnectionId: int().check(z.positive()),
  }),
);

/** #127 `GET payout/balance/main`: header `currencyid`. */
export const payoutMainBalanceRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Currency id (§5, `PayWallCurrency`) of the main payout account, sent as the `currencyid` header. */
    CurrencyId: currencyId(),
  }),
);

/** #131 `GET payout/query`: header `merchantuniquecode`. */
export const payoutQueryRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your `MerchantUniqueCode` of the payout, sent as the `merchantuniquecode` header. */
    MerchantUniqueCode: merchantUniqueCode(),
  }),
);

/** #132 `GET payout/verify/account/identity`: headers `providerkey`, `currencyid`, `identity`. */
export const verifyAccountIdentityRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Key of the payout provider to ask, sent as the `providerkey` header. */
    ProviderKey: text('ProviderKey'),
    /** Currency id (§5, `PayWallCurrency`), sent as the `currencyid` header. */
    CurrencyId: currencyId(),
    /** The identity to look an account up by (what the provider keys accounts on), sent as the `identity` header. */
    Identity: text('Identity'),
  }),
);

/** One balance of a payout account (`PayoutBalances`). */
export const payoutBalanceLine = accountBalanceLine;

/** Body of #126 and #127 (`PayOutAccountResponse`): the account's balances and the provider behind it. */
export const payoutBalanceResponse = providerAccountResponse;

/** Body of #128–#130 (`PayOutIbanResponse`): the payout PayWall recorded. */
export const payoutSentResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's `Result` of the transfer request (documented only as a boolean). */
      Result: settles(z.boolean()),
      /** PayWall's id of the payout transaction (what the callback names). */
      PayoutTransactionId: settles(int()),
      /** Your `MerchantUniqueCode`, echoed. */
      MerchantUniqueCode: str,
      /** PayWall's unique code of the payout. */
      UniqueCode: str,
      /** The amount sent, decimal exact to the kuruş. */
      Amount: settles(z.number()),
    }),
  ),
);

/** Body of #131 (`PayOutQueryResponse`): a payout's state. Check `StatusId` before acting: no status is no answer. */
export const payoutQueryResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** Id of the payout provider connection. */
      PayoutConnectionId: num,
      /** Key of the payout provider. */
      PayoutProviderKey: str,
      /** PayWall's id of the payout transaction. */
      PayoutTransactionId: settles(int()),
      /** Currency id (§5, `PayWallCurrency`). */
      CurrencyId: settles(z.number()),
      /** Your `MerchantUniqueCode`. */
      MerchantUniqueCode: str,
      /** PayWall's unique code of the payout. */
      UniqueCode: str,
      /** The amount, decimal exact to the kuruş (the .NET SDK reads it as `double`). */
      Amount: settles(z.number()),
      /** The description sent. */
      Description: str,
      /** The receiver's name. */
      ReceiverTitle: str,
      /** The receiver's IBAN (IBAN payouts). */
      ReceiverIban: str,
      /** The receiver's account number (account payouts). */
      ReceiverAccountNumber: str,
      /** Channel id of the request. */
      ChannelId: num,
      /** Channel name. */
      Channel: str,
      /** Payout status id; PayWall does not publish the payout status table (read `Status` for its name). */
      StatusId: settles(z.number()),
      /** Name of the status. */
      Status: str,
      /** Type id of the payout (IBAN, account, member; ids not published). */
      TypeId: num,
      /** Name of the type. */
      Type: str,
      /** IP address the request came from. */
      Ip: str,
      /** When the payout was made: date-time text as PayWall sends it (not converted). */
      DateTime: str,
    }),
  ),
);

/** `AccountDetail` of #132: the account found for the identity, if any. */
export const verifiedAccount = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** An account exists for the identity. */
    AccountExists: settles(z.boolean()),
    /** The identity the account is kept under. */
    UserIdentity: str,
    /** The holder's first name. */
    Firstname: str,
    /** The holder's last name. */
    Lastname: str,
    /** The holder's national id. */
    PersonalIdentity: str,
    /** The account number to send to (`payouts.sendToAccount`'s `ReceiverAccount`). */
    AccountNumber: str,
  }),
);

/** Body of #132 (`PayOutVerifyAccountDetailResponse`). */
export const verifyAccountIdentityResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** Id of the payout provider connection. */
      ProviderConnectedId: num,
      /** Id of the payout provider. */
      ProviderId: num,
      /** Key of the payout provider. */
      ProviderKey: str,
      /** Currency id (§5, `PayWallCurrency`). */
      CurrencyId: num,
      /** The account found; `AccountExists` says whether there is one. */
      AccountDetail: info(verifiedAccount),
    }),
  ),
);
