import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { deleteCardRequest, searchCardsRequest, storedCard, storedCardList } from '../schemas/stored-card.js';
import type { ListOf } from './list.js';

/** What `cards.search` takes: filters over the stored cards (paged). */
export interface SearchCardsParams extends z.input<typeof searchCardsRequest> {}

/** What `cards.delete` takes: the card-wallet key and the card's token. */
export interface DeleteCardParams extends z.input<typeof deleteCardRequest> {}

/** A stored card (never the full number): pay with its `cardUserKey` and `cardToken`. */
export interface StoredCard extends Answer<z.output<typeof storedCard>> {}

/** A page of stored cards. */
export interface StoredCardList extends ListOf<typeof storedCardList, StoredCard> {}
