import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  cardBinDetail,
  deleteCardRequest,
  deleteInsuranceCardRequest,
  listCardsRequest,
  saveCardRequest,
  saveInsuranceCardRequest,
  storedCard,
  updateCardRequest,
  updateInsuranceCardRequest,
} from '../schemas/cardwall.js';

/** What `cardWall.save` takes (#90): the e-commerce card to store, under your `RelationalId1`. */
export interface SaveCardParams extends z.input<typeof saveCardRequest> {}
/** What `cardWall.list` and `cardWall.insurance.list` take (#91, #95): whose cards. */
export interface ListCardsParams extends z.input<typeof listCardsRequest> {}
/** What `cardWall.remove` takes (#92): the stored card's `UniqueCode`, and whose it is. */
export interface RemoveCardParams extends z.input<typeof deleteCardRequest> {}
/** What `cardWall.update` takes (#93): the stored card's `UniqueCode` and its new expiry. */
export interface UpdateCardParams extends z.input<typeof updateCardRequest> {}
/** What `cardWall.insurance.save` takes (#94): the insurance card to store. */
export interface SaveInsuranceCardParams extends z.input<typeof saveInsuranceCardRequest> {}
/** What `cardWall.insurance.remove` takes (#96): the stored card's `UniqueCode`, and whose it is. */
export interface RemoveInsuranceCardParams extends z.input<typeof deleteInsuranceCardRequest> {}
/** What `cardWall.insurance.update` takes (#97): the stored card's `UniqueCode` and its new expiry. */
export interface UpdateInsuranceCardParams extends z.input<typeof updateInsuranceCardRequest> {}

/** `Details` of a stored card (`CardBinDetail`): bank, brand, family, kind and type, by id and name. */
export interface CardBinDetails extends Answer<z.output<typeof cardBinDetail>> {}

/**
 * A stored card (#90, #91, #94, #95). Pay with it by putting its `UniqueCode` in `Card.UniqueCode`; PayWall rotates
 * that code from time to time: list the cards right before paying and do not keep it.
 */
export interface StoredCard extends Omit<Answer<z.output<typeof storedCard>>, 'Details'> {
  /** BIN details, when `IncludeDetails` was asked for. */
  Details?: CardBinDetails | null | undefined;
}
