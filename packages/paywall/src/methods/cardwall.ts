import type { CallOptions } from '@odeme/core';
import type {
  ListCardsParams,
  RemoveCardParams,
  RemoveInsuranceCardParams,
  SaveCardParams,
  SaveInsuranceCardParams,
  StoredCard,
  UpdateCardParams,
  UpdateInsuranceCardParams,
} from '../types/cardwall.js';

/** CardWall e-commerce cards on CardWallAPI, with the private pair (§4.7). */
export interface CardWallMethods {
  /**
   * Stores an e-commerce card under your `RelationalId1`. `POST card` (#90). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  save(params: SaveCardParams, options?: CallOptions): Promise<StoredCard>;
  /**
   * The stored cards of one `RelationalId1` (their `UniqueCode`s rotate: list right before paying). `GET card` (#91;
   * headers `relationalid1`–`3`, `includeDetails`). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  list(params: ListCardsParams, options?: CallOptions): Promise<StoredCard[]>;
  /**
   * Deletes a stored card (JSON body). `DELETE card` (#92). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  remove(params: RemoveCardParams, options?: CallOptions): Promise<null>;
  /**
   * Changes a stored card's expiry. `PUT card` (#93). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  update(params: UpdateCardParams, options?: CallOptions): Promise<null>;
}

/** CardWall insurance cards on CardWallAPI, with the private pair (§4.7). */
export interface CardWallInsuranceMethods {
  /**
   * Stores an insurance card (BIN, last four, identity number). `POST card/insurance` (#94). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  save(params: SaveInsuranceCardParams, options?: CallOptions): Promise<StoredCard>;
  /**
   * The stored insurance cards of one `RelationalId1`. `GET card/insurance` (#95). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  list(params: ListCardsParams, options?: CallOptions): Promise<StoredCard[]>;
  /**
   * Deletes a stored insurance card. `DELETE card/insurance` (#96). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  remove(params: RemoveInsuranceCardParams, options?: CallOptions): Promise<null>;
  /**
   * Changes a stored insurance card's expiry. `PUT card/insurance` (#97). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  update(params: UpdateInsuranceCardParams, options?: CallOptions): Promise<null>;
}

/** What `paywall.cardWall` is: the e-commerce card methods, and the insurance cards under `insurance`. */
export interface CardWallResource extends CardWallMethods {
  /** Stored insurance cards (#94–#97). */
  readonly insurance: CardWallInsuranceMethods;
}
