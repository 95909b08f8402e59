import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { createProductRequest, product, productIdPath, productList, searchProductsRequest, updateProductRequest } from '../schemas/pay-by-link.js';
import type { ListOf } from './list.js';
import type { BasketItem } from './payments.js';

/** What `payByLink.create` takes: the product sold through the link. */
export interface CreateLinkParams extends Omit<z.input<typeof createProductRequest>, 'items'> {
  /** Basket lines sold through the link (Java client). */
  items?: BasketItem[];
}

/** What `payByLink.update` takes: the link's id, its fields and `status`. */
export interface UpdateLinkParams extends Omit<z.input<typeof updateProductRequest>, 'items'> {
  /** Basket lines sold through the link (Java client). */
  items?: BasketItem[];
}

/** What `payByLink.search` takes: filters over links (paged; other keys pass as scalars). */
export interface SearchLinksParams extends z.input<typeof searchProductsRequest> {}

/** A link by its id. */
export interface RetrieveLinkParams extends z.input<typeof productIdPath> {}

/** A pay-by-link product: share its `url`. */
export interface PaymentLink extends Answer<z.output<typeof product>> {}

/** A page of pay-by-link products. */
export interface PaymentLinkList extends ListOf<typeof productList, PaymentLink> {}
