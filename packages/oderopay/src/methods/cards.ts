import type { CallOptions } from '@odeme/core';
import type { ListAllOptions } from '../listing.js';
import type { DeleteCardParams, SearchCardsParams, StoredCard, StoredCardList } from '../types/cards.js';

/** `odero.cards`: stored cards (stored through `storeCardAfterSuccessPayment` or checkout). */
export interface CardsMethods {
  /**
   * Searches stored cards (by `cardUserKey`, alias, brand…); one page (`page`, `size`), see `searchAll`.
   *
   * `GET /payment/v1/cards`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#stored-cards-installments-bin`
   */
  search(params?: SearchCardsParams, options?: CallOptions): Promise<StoredCardList>;
  /**
   * Deletes a stored card; resolves to `undefined` (204).
   *
   * `DELETE /payment/v1/cards?cardUserKey=…&cardToken=…`. Sent once; moves no money.
   * @see `docs/providers/oderopay.md#stored-cards-installments-bin`
   */
  delete(params: DeleteCardParams, options?: CallOptions): Promise<undefined>;
}

/** What `odero.cards` has besides its rows. */
export interface CardsExtras {
  /**
   * Every stored card of a search, a page at a time as the loop asks (`for await`); `page` is the first page read
   * (default 0), `size` the page size (default 50).
   *
   * `GET /payment/v1/cards`, once per page. Reads.
   * @see `docs/providers/oderopay.md#lists-page-by-page`
   */
  searchAll(params?: SearchCardsParams, options?: ListAllOptions): AsyncGenerator<StoredCard, void, undefined>;
}
