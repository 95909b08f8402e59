import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { getPartRequest, getPartResponse, part, savePartRequest, savePartResponse } from '../schemas/parts.js';
import type { priceListRow, savePriceListRequest, savePriceListResponse } from '../schemas/price-lists.js';
import type { getProductRequest, getProductResponse, product, saveProductRequest, saveProductResponse } from '../schemas/products.js';
import type { EnvelopeOf } from './envelope.js';

/** What `licrus.products.save` takes: the product (tenant custom fields pass through). */
export interface SaveProductParams extends z.input<typeof saveProductRequest> {}
/** SaveProduct's answer. */
export interface SavedProduct extends EnvelopeOf<typeof saveProductResponse> {}
/** What `licrus.products.list` takes: optionally one `Code`. */
export interface ListProductsParams extends z.input<typeof getProductRequest> {}
/** A `Product` as GetProduct returns it. */
export interface Product extends Answer<z.output<typeof product>> {}
/** GetProduct's answer. */
export interface ProductList extends EnvelopeOf<typeof getProductResponse, 'Results'> {
  /** The products; empty when there are none. */
  Results: Product[];
}

/** What `licrus.parts.save` takes: one spare part (`Entity`) or a list (`EntityList`), not both. */
export interface SavePartParams extends z.input<typeof savePartRequest> {}
/** SavePart's answer. */
export interface SavedPart extends EnvelopeOf<typeof savePartResponse> {}
/** What `licrus.parts.list` takes: optionally one `Code`. */
export interface ListPartsParams extends z.input<typeof getPartRequest> {}
/** A spare part as GetPart returns it. */
export interface Part extends Answer<z.output<typeof part>> {}
/** GetPart's answer. */
export interface PartList extends EnvelopeOf<typeof getPartResponse, 'Results'> {
  /** The spare parts; empty when there are none. */
  Results: Part[];
}

/** One price-circular row: what is priced, the `CircularType`, prices in TL (exact to the kuruş) and the dates. */
export interface PriceListRow extends z.input<typeof priceListRow> {}
/** What `licrus.priceLists.save` takes: the price rows (at least one). */
export interface SavePriceListParams extends Omit<z.input<typeof savePriceListRequest>, 'EntityPriceList'> {
  /** The price rows (at least one). */
  EntityPriceList: PriceListRow[];
}
/** SavePriceList's answer: the envelope. */
export interface SavedPriceList extends EnvelopeOf<typeof savePriceListResponse> {}
