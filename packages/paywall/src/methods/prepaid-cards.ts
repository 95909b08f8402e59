import type { CallOptions } from '@odeme/core';
import type { Acknowledgement } from '../types/acknowledgement.js';
import type {
  AddPhysicalCardParams,
  CreateVirtualCardParams,
  PrepaidAccount,
  PrepaidAccountBalanceParams,
  PrepaidCardBalanceParams,
  PrepaidCardDescriptionParams,
  PrepaidCardDetail,
  PrepaidCardDetailParams,
  PrepaidCardIdParams,
  PrepaidCardList,
  PrepaidCardListParams,
  PrepaidCardPhoneParams,
  PrepaidCardPinParams,
  PrepaidCardTransactions,
  PrepaidCardTransactionsParams,
  VirtualCard,
} from '../types/prepaid-cards.js';

/**
 * Prepaid card production on PaymentAPI (§4.12): virtual and physical prepaid cards, their balance and movements,
 * loads and unloads, blocking, and the holder's phone, description and PIN. Card numbers, security codes and PINs are
 * redacted from every error and log line.
 */
export interface PrepaidCardsMethods {
  /**
   * The balances of a card production programme's account (what loads are paid from).
   * `GET card/production/balance` (#133; header `cardproductionkey`). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#balances-and-movements
   */
  accountBalance(params: PrepaidAccountBalanceParams, options?: CallOptions): Promise<PrepaidAccount>;
  /**
   * Issues a virtual prepaid card and answers its `CardId`, number and expiry. `POST card/production/virtual` (#145).
   * Moves no money (the card starts empty); sent once, never retried, since a second send could issue a second card.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#issuing-a-card
   */
  createVirtual(params: CreateVirtualCardParams, options?: CallOptions): Promise<VirtualCard>;
  /**
   * Registers a printed (physical) prepaid card by its number, expiry and security code.
   * `POST card/production/physical/add` (#146). Moves no money; sent once, never retried. Find its `CardId` with
   * `list({ CardNumber })`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#issuing-a-card
   */
  addPhysical(params: AddPhysicalCardParams, options?: CallOptions): Promise<null>;
  /**
   * A card's balance, number, expiry and security code. `GET card/production/detail` (#139; header `cardid`).
   * Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#balances-and-movements
   */
  detail(params: PrepaidCardDetailParams, options?: CallOptions): Promise<PrepaidCardDetail>;
  /**
   * A page of cards, filtered by card, number, phone or your id. `GET card/production/list` (#140; headers `start`,
   * `length`, `cardid`, `cardnumber`, `phone`, `externalid`). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#finding-cards
   */
  list(params: PrepaidCardListParams, options?: CallOptions): Promise<PrepaidCardList>;
  /**
   * A page of a card's movements (loads, unloads, spends). `GET card/production/transaction` (#143; headers `page`,
   * `cardid`, `datefrom`, `dateto`). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#balances-and-movements
   */
  transactions(params: PrepaidCardTransactionsParams, options?: CallOptions): Promise<PrepaidCardTransactions>;
  /**
   * Loads `Amount` onto a card from the programme's account. `POST card/production/balance/increase` (#137). Moves
   * money: sent once, never retried; reference `CardId` (PayWall takes no key of yours for a load: after an unknown
   * outcome read `detail` and `transactions` before loading again).
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#loading-and-unloading
   */
  load(params: PrepaidCardBalanceParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Takes `Amount` off a card. `POST card/production/balance/decrease` (#138). Moves money: sent once, never
   * retried; reference `CardId`.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#loading-and-unloading
   */
  unload(params: PrepaidCardBalanceParams, options?: CallOptions): Promise<Acknowledgement>;
  /**
   * Unblocks a card. `PUT card/production/enable` (#135). Moves no money.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#blocking-and-changing-a-card
   */
  enable(params: PrepaidCardIdParams, options?: CallOptions): Promise<null>;
  /**
   * Blocks a card: it refuses loads until enabled again. `PUT card/production/disable` (#134). Moves no money.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#blocking-and-changing-a-card
   */
  disable(params: PrepaidCardIdParams, options?: CallOptions): Promise<null>;
  /**
   * Deletes a card. `DELETE card/production/delete` (#136, JSON body). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#blocking-and-changing-a-card
   */
  remove(params: PrepaidCardIdParams, options?: CallOptions): Promise<null>;
  /**
   * Changes the card holder's phone. `PUT card/production/phone` (#141). Moves no money.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#blocking-and-changing-a-card
   */
  setPhone(params: PrepaidCardPhoneParams, options?: CallOptions): Promise<null>;
  /**
   * Changes the card's description. `PUT card/production/description` (#142). Moves no money.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#blocking-and-changing-a-card
   */
  setDescription(params: PrepaidCardDescriptionParams, options?: CallOptions): Promise<null>;
  /**
   * Sets the card's PIN (4–12 digits, redacted from errors and logs). `PUT card/production/pin` (#144). Moves no money.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/prepaid-cards.md#blocking-and-changing-a-card
   */
  setPin(params: PrepaidCardPinParams, options?: CallOptions): Promise<null>;
}
