import type { CallOptions } from '@odeme/core';
import type {
  ListPartsParams,
  ListProductsParams,
  PartList,
  ProductList,
  SavedPart,
  SavedPriceList,
  SavedProduct,
  SavePartParams,
  SavePriceListParams,
  SaveProductParams,
} from '../types/catalogue.js';

/** `licrus.products`: the product catalogue. */
export interface ProductsMethods {
  /**
   * SaveProduct: creates or updates a product (Licrus refuses to update an active one: `INT-PRD1001`).
   *
   * `POST /api/ERP/SaveProduct`. Moves no money; a write, sent once.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  save(input: SaveProductParams, options?: CallOptions): Promise<SavedProduct>;
  /**
   * GetProduct: lists products, optionally the one with a `Code`.
   *
   * `POST /api/ERP/GetProduct`. Moves no money; a read, retried.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  list(input?: ListProductsParams, options?: CallOptions): Promise<ProductList>;
}

/** `licrus.parts`: spare parts. */
export interface PartsMethods {
  /**
   * SavePart (SOAP `SaveSparePart`): saves one spare part or a list of them.
   *
   * `POST /api/ERP/SavePart`. Moves no money; a write, sent once.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  save(input: SavePartParams, options?: CallOptions): Promise<SavedPart>;
  /**
   * GetPart (SOAP `GetSparePart`): lists spare parts, optionally the one with a `Code`.
   *
   * `POST /api/ERP/GetPart`. Moves no money; a read, retried.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  list(input?: ListPartsParams, options?: CallOptions): Promise<PartList>;
}

/** `licrus.priceLists`: price circulars. */
export interface PriceListsMethods {
  /**
   * SavePriceList: saves price-circular rows (prices in TL, exact to the kuruş).
   *
   * `POST /api/ERP/SavePriceList`. Moves no money (it sets prices, it charges nothing); a write, sent once.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  save(input: SavePriceListParams, options?: CallOptions): Promise<SavedPriceList>;
}
