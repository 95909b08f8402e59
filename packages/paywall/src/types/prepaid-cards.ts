import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { PayWallCurrencyId } from '../schemas/enums.js';
import type {
  addPhysicalCardRequest,
  createVirtualCardRequest,
  prepaidAccountBalanceRequest,
  prepaidAccountBalanceResponse,
  prepaidBalanceLine,
  prepaidCardBalanceRequest,
  prepaidCardDescriptionRequest,
  prepaidCardDetailRequest,
  prepaidCardDetailResponse,
  prepaidCardIdRequest,
  prepaidCardInfo,
  prepaidCardListRequest,
  prepaidCardListResponse,
  prepaidCardPhoneRequest,
  prepaidCardPinRequest,
  prepaidCardSummary,
  prepaidCardTransaction,
  prepaidCardTransactionsRequest,
  prepaidCardTransactionsResponse,
  virtualCardResponse,
} from '../schemas/prepaid-cards.js';

/** What `prepaidCards.accountBalance` takes (#133): the card production programme's key. */
export interface PrepaidAccountBalanceParams extends z.input<typeof prepaidAccountBalanceRequest> {}
/** What `prepaidCards.createVirtual` takes (#145): the programme, a description, the holder's phone, your id. */
export interface CreateVirtualCardParams extends z.input<typeof createVirtualCardRequest> {}
/** What `prepaidCards.addPhysical` takes (#146): the programme and the printed card's data, phone, description. */
export interface AddPhysicalCardParams extends z.input<typeof addPhysicalCardRequest> {}
/** What `enable`, `disable` and `remove` take (#134–#136): the card's `CardId`. */
export interface PrepaidCardIdParams extends z.input<typeof prepaidCardIdRequest> {}
/** What `prepaidCards.detail` takes (#139): the card's `CardId`. */
export interface PrepaidCardDetailParams extends z.input<typeof prepaidCardDetailRequest> {}
/** What `prepaidCards.list` takes (#140): the page (`Start`, `Length`) and optional filters. */
export interface PrepaidCardListParams extends z.input<typeof prepaidCardListRequest> {}
/** What `prepaidCards.transactions` takes (#143): the card, a page and a date range. */
export interface PrepaidCardTransactionsParams extends z.input<typeof prepaidCardTransactionsRequest> {}
/** What `prepaidCards.load` and `unload` take (#137, #138): the card and the amount. */
export interface PrepaidCardBalanceParams extends z.input<typeof prepaidCardBalanceRequest> {}
/** What `prepaidCards.setPhone` takes (#141). */
export interface PrepaidCardPhoneParams extends z.input<typeof prepaidCardPhoneRequest> {}
/** What `prepaidCards.setDescription` takes (#142). */
export interface PrepaidCardDescriptionParams extends z.input<typeof prepaidCardDescriptionRequest> {}
/** What `prepaidCards.setPin` takes (#144): the card and its new PIN (redacted from errors and logs). */
export interface PrepaidCardPinParams extends z.input<typeof prepaidCardPinRequest> {}

/** One balance of a programme account: total, locked and available. */
export interface PrepaidBalance extends Answer<z.output<typeof prepaidBalanceLine>> {}

/** What `prepaidCards.accountBalance` answers (#133): the programme account's balances and provider. */
export interface PrepaidAccount extends Omit<Answer<z.output<typeof prepaidAccountBalanceResponse>>, 'Balances' | 'CurrencyId'> {
  /** The balances (`[]` when PayWall sends none). */
  Balances: PrepaidBalance[];
  /** Currency id (§5, `PayWallCurrency`). */
  CurrencyId?: PayWallCurrencyId | (number & {}) | null | undefined;
}

/** What `prepaidCards.createVirtual` answers (#145): the new card's `CardId`, number and expiry. */
export interface VirtualCard extends Answer<z.output<typeof virtualCardResponse>> {}

/** The card data of a detail (`CardInfo`): number, expiry, security code. Keep them out of your logs. */
export interface PrepaidCardInfo extends Answer<z.output<typeof prepaidCardInfo>> {}

/** What `prepaidCards.detail` answers (#139): the card's balance and data. */
export interface PrepaidCardDetail extends Omit<Answer<z.output<typeof prepaidCardDetailResponse>>, 'CardInfo'> {
  /** The card's number, expiry and security code. */
  CardInfo?: PrepaidCardInfo | null | undefined;
}

/** One card of the list. */
export interface PrepaidCardSummary extends Answer<z.output<typeof prepaidCardSummary>> {}

/** What `prepaidCards.list` answers (#140): a page of cards and the total. */
export interface PrepaidCardList extends Omit<Answer<z.output<typeof prepaidCardListResponse>>, 'Data'> {
  /** The cards of this page. */
  Data: PrepaidCardSummary[];
}

/** One movement on a card. */
export interface PrepaidCardTransaction extends Answer<z.output<typeof prepaidCardTransaction>> {}

/** What `prepaidCards.transactions` answers (#143): a page of a card's movements. */
export interface PrepaidCardTransactions extends Omit<Answer<z.output<typeof prepaidCardTransactionsResponse>>, 'Transactions'> {
  /** The movements of this page. */
  Transactions: PrepaidCardTransaction[];
}
