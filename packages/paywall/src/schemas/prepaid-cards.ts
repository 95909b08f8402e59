import { lazySchema, luhnValid, normaliseCardNumber } from '@odeme/core';
import * as z from 'zod/mini';
import { infoBool as bool, info, infoList, infoNumber as num, orEmpty, settles, infoText as str } from './answer.js';
import { checkedPlainCard } from './card.js';
import { headerDate, int, issueSink, positiveAmount } from './common.js';
import { accountBalanceLine, providerAccountResponse } from './provider-account.js';

// Card production (§4.12, .NET `CardOperation*Request`, `GenerateVirtualCardRequest`, `AddPhysicalCardRequest`). The
// .NET models mark nothing required and give no length; PayWall has error codes for a too long external id, phone and
// description (331–333) without saying the limits. Required here is what the docs' bodies list without `?`; formats
// are ours where the value also travels as a header (the list filters), so that what is stored can be looked up.

const INT32_MAX = 2_147_483_647;
// What a header carries unchanged (see header-params.ts): visible ASCII, spaces inside only.
const HEADER_SAFE = /^[\x21-\x7E](?:[\x20-\x7E]*[\x21-\x7E])?$/;

/** PayWall's id of a produced card (`CardId`): a whole number from 1. */
/* @__NO_SIDE_EFFECTS__ */
export function cardId() {
  return int().check(z.minimum(1, 'CardId is 1 or more'), z.maximum(INT32_MAX, 'CardId is at most 2,147,483,647'));
}

const required = (name: string) => z.string().check(z.minLength(1, `${name} is required`));
const headerText = (name: string) =>
  required(name).check(z.regex(HEADER_SAFE, `${name} must be visible ASCII without surrounding spaces (the card list filters by it as a header)`));

/**
 * The card holder's mobile phone: digits with an optional leading `+`, 7 to 15 digits (E.164). PayWall answers
 * 298 for an invalid phone without publishing its rule; the card list filters by it as a header.
 */
/* @__NO_SIDE_EFFECTS__ */
export function cardPhone() {
  return z.string().check(z.regex(/^\+?\d{7,15}$/, 'Phone must be 7–15 digits, optionally after a +'));
}

/** Your id of the card (e.g. your user's id): visible ASCII, since the card list filters by it as a header. */
const externalId = /* @__PURE__ */ lazySchema(() => headerText('ExternalId'));

/** Key of the card production programme (panel), the `cardproductionkey` of `GET card/production/balance`. */
const productionKey = /* @__PURE__ */ lazySchema(() => headerText('CardProductionKey'));

/** A card description: free text, at least one character. */
const description = /* @__PURE__ */ lazySchema(() => required('Description'));

/** A card number filter or field: 12–19 Luhn-valid digits once spaces and dashes are removed; sent as digits. */
const cardNumber = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.string(),
    z.transform((v: string, payload) => {
      const n = normaliseCardNumber(v);
      if (!/^\d{12,19}$/.test(n) || !luhnValid(n)) issueSink(payload).addIssue({ code: 'custom', message: 'card number must be 12–19 Luhn-valid digits' });
      return n;
    }),
  ),
);

/** #134, #135, #136 `PUT card/production/disable`, `PUT card/production/enable`, `DELETE card/production/delete`. */
export const prepaidCardIdRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the card (`CardId` of `createVirtual` or of the list). */
    CardId: cardId(),
  }),
);

/** #137, #138 `POST card/production/balance/increase` and `…/decrease`. */
export const prepaidCardBalanceRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the card; the call's reference (PayWall takes no key of yours for a load). */
    CardId: cardId(),
    /** Amount to load or take off, TL decimal (the programme's currency), exact to the kuruş, greater than zero. */
    Amount: positiveAmount(),
  }),
);

/** #141 `PUT card/production/phone`. */
export const prepaidCardPhoneRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the card. */
    CardId: cardId(),
    /** The new phone of the card holder (see `cardPhone`). */
    Phone: cardPhone(),
  }),
);

/** #142 `PUT card/production/description`. */
export const prepaidCardDescriptionRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the card. */
    CardId: cardId(),
    /** The new description. */
    Description: description,
  }),
);

/** #144 `PUT card/production/pin`: a secret, redacted from every error and log line. */
export const prepaidCardPinRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the card. */
    CardId: cardId(),
    /** The new PIN: 4 to 12 digits (ISO 9564; PayWall does not publish its rule). Never logged or shown in an error. */
    Pin: z.string().check(z.regex(/^\d{4,12}$/, 'Pin must be 4–12 digits')),
  }),
);

/** #145 `POST card/production/virtual`: issues a virtual prepaid card. */
export const createVirtualCardRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Key of the card production programme to issue under (panel). */
    CardProductionKey: productionKey,
    /** A description of the card (shown in the list and on its transactions). */
    Description: description,
    /** The card holder's mobile phone (see `cardPhone`). */
    Phone: cardPhone(),
    /** Your id of the card, optional; the list filters by it. */
    ExternalId: z.optional(externalId),
  }),
);

const monthOrYear = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.union([z.string(), z.int()]),
    z.transform((v: string | number) => String(v).trim()),
  ),
);

const physicalFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Key of the card production programme the card belongs to (panel). */
    CardProductionKey: productionKey,
    /** The card number printed on the card, 12–19 Luhn-valid digits; spaces and dashes are removed. Masked in logs. */
    Number: z.string(),
    /** Expiry month, `"1"`–`"12"` (a number is accepted); sent with two digits. */
    ExpireMonth: monthOrYear,
    /** Expiry year, e.g. `"2030"` (a number is accepted). */
    ExpireYear: monthOrYear,
    /** Security code, 3 or 4 digits. Never logged or shown in an error. */
    Cvv: z.string(),
    /** The card holder's mobile phone (see `cardPhone`). */
    Phone: cardPhone(),
    /** A description of the card. */
    Description: description,
    /** Your id of the card, optional; the list filters by it. */
    ExternalId: z.optional(externalId),
  }),
);

/** #146 `POST card/production/physical/add`: registers a printed (physical) prepaid card. */
export const addPhysicalCardRequest = /* @__PURE__ */ lazySchema(() => checkedPlainCard(physicalFields));

/** #133 `GET card/production/balance`: header `cardproductionkey`. */
export const prepaidAccountBalanceRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Key of the card production programme, sent as the `cardproductionkey` header. */
    CardProductionKey: productionKey,
  }),
);

/** #139 `GET card/production/detail`: header `cardid`. */
export const prepaidCardDetailRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the card, sent as the `cardid` header. */
    CardId: cardId(),
  }),
);

/** #140 `GET card/production/list`: headers `start`, `length` and the optional filters. */
export const prepaidCardListRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** How many cards to skip (header `start`), 0 or more. */
    Start: int().check(z.minimum(0, 'Start is 0 or more'), z.maximum(INT32_MAX)),
    /** How many cards to return (header `length`), 1 or more. */
    Length: int().check(z.minimum(1, 'Length is 1 or more'), z.maximum(INT32_MAX)),
    /** Only this card (header `cardid`). */
    CardId: z.optional(cardId()),
    /** Only the card with this number (header `cardnumber`; masked in logs). */
    CardNumber: z.optional(cardNumber),
    /** Only the cards of this phone (header `phone`). */
    Phone: z.optional(cardPhone()),
    /** Only the cards with this id of yours (header `externalid`). */
    ExternalId: z.optional(externalId),
  }),
);

/** #143 `GET card/production/transaction`: headers `page`, `cardid`, `datefrom`, `dateto`. */
export const prepaidCardTransactionsRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the card (header `cardid`). */
    CardId: cardId(),
    /** Page number, from 1 (header `page`); left out, PayWall's first page. */
    Page: z.optional(int().check(z.minimum(1, 'Page is 1 or more'), z.maximum(INT32_MAX))),
    /** First day, a `Date` (its UTC day) or `yyyy-MM-dd` (header `datefrom`). */
    DateFrom: z.optional(headerDate()),
    /** Last day, a `Date` (its UTC day) or `yyyy-MM-dd` (header `dateto`). */
    DateTo: z.optional(headerDate()),
  }),
);

/** One balance of the programme account (`CardProductionBalances`). */
export const prepaidBalanceLine = accountBalanceLine;

/** Body of #133 (`CardOperationAccountResponse`): the programme account's balances and the provider behind it. */
export const prepaidAccountBalanceResponse = providerAccountResponse;

/** `CardInfo` of #139: the card's data. `CardNumber` and `Cvv` are secrets: keep them out of your logs. */
export const prepaidCardInfo = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** The card number, masked. */
    CardNumberMasked: str,
    /** The full card number (masked by the client's logging). */
    CardNumber: str,
    /** Expiry month, as PayWall writes it. */
    ExpiryMonth: str,
    /** Expiry year, as PayWall writes it. */
    ExpiryYear: str,
    /** Security code (redacted by the client's logging). */
    Cvv: str,
  }),
);

/** Body of #139 (`CardDetailResponse`). */
export const prepaidCardDetailResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's id of the card. */
      CardId: settles(int()),
      /** The card provider's id of the card. */
      CardIdExternal: num,
      /** Your id of the card. */
      ExternalId: str,
      /** The card's balance (`TotalBalance`, decimal). */
      BalanceInfo: info(
        z.looseObject({
          /** The card's balance, decimal. */
          TotalBalance: settles(z.number()),
        }),
      ),
      /** The card's number, expiry and security code. */
      CardInfo: info(prepaidCardInfo),
    }),
  ),
);

/** One card of #140 (`Data`). */
export const prepaidCardSummary = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** PayWall's id of the card (`CardId` elsewhere). */
    Id: settles(int()),
    /** Name of the card production programme. */
    CardProductionName: str,
    /** The card provider's id of the card. */
    CardExternalId: num,
    /** Your id of the card. */
    ExternalId: str,
    /** The description. */
    Description: str,
    /** When the card was made: date-time text as PayWall sends it. */
    InsertDateTime: str,
    /** The holder's phone. */
    Phone: str,
    /** The card number as PayWall lists it (masked by the client's logging). */
    CardNumber: str,
    /** Expiry month. */
    ExpiryMonth: str,
    /** Expiry year. */
    ExpiryYear: str,
    /** Type id of the card's last activity (PayWall does not publish the table). */
    LastActivityTypeId: num,
    /** Name of the card's last activity. */
    LastActivityType: str,
    /** The card can be used. */
    Usable: bool,
    /** The card is enabled (`enable` / `disable`). */
    IsActive: bool,
    /** The card was deleted. */
    IsDelete: bool,
  }),
);

/** Body of #140 (`CardListResponse`). */
export const prepaidCardListResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** The cards of this page (`[]` when PayWall sends none or `null`). */
      Data: infoList(prepaidCardSummary),
      /** How many cards match, over every page. */
      TotalRecord: num,
    }),
  ),
);

/** One movement of #143 (`CardTransactions`). */
export const prepaidCardTransaction = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** PayWall's id of the movement. */
    TransactionId: settles(int()),
    /** The card number (masked by the client's logging). */
    CardNumber: str,
    /** When: date-time text as PayWall sends it. */
    DateTime: str,
    /** The amount, decimal; its sign convention for loads and spends is not published (read `Description`). */
    Amount: settles(z.number()),
    /** The merchant (for a spend). */
    MerchantId: str,
    /** Type id of the card (PayWall does not publish the table). */
    CardType: num,
    /** PayWall's id of the card. */
    CardId: num,
    /** The card's description. */
    CardDescription: str,
    /** The movement's description. */
    Description: str,
    /** The card's available balance after it, decimal. */
    AvailableBalance: num,
  }),
);

/** Body of #143 (`CardTransactionsListResponse`): one page of a card's movements. */
export const prepaidCardTransactionsResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** This page's number. */
      Page: num,
      /** Movements on this page. */
      PageItemCount: num,
      /** Movements over every page. */
      TotalItemCount: num,
      /** Number of pages. */
      TotalPageCount: num,
      /** Movements skipped before this page. */
      PageSkip: num,
      /** The movements (`[]` when PayWall sends none or `null`). */
      Transactions: infoList(prepaidCardTransaction),
    }),
  ),
);

/** Body of #145 (`GenerateVirtualCardResponse`): the card issued. `CardNumber` is a secret: keep it out of your logs. */
export const virtualCardResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's id of the new card: what every other call takes. */
      CardId: settles(int()),
      /** The card provider's id of the card. */
      CardIdExternal: num,
      /** Your id of the card, echoed. */
      ExternalId: str,
      /** The card number (masked by the client's logging). */
      CardNumber: str,
      /** Expiry month. */
      ExpiryMonth: str,
      /** Expiry year. */
      ExpiryYear: str,
    }),
  ),
);
