import type { CallOptions } from '@odeme/core';
import type { ListAllOptions } from '../listing.js';
import type { CreateLinkParams, PaymentLink, PaymentLinkList, RetrieveLinkParams, SearchLinksParams, UpdateLinkParams } from '../types/pay-by-link.js';

/** `odero.payByLink`: pay-by-link products ("tokenlink"); there is no delete (the node client dropped it in 2021). */
export interface PayByLinkMethods {
  /**
   * Creates a payment link: share its `url`.
   *
   * `POST /tokenlink/v1/products`. Sent once; moves no money.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  create(params: CreateLinkParams, options?: CallOptions): Promise<PaymentLink>;
  /**
   * Searches links; one page (`page`, `size`), see `searchAll`.
   *
   * `GET /tokenlink/v1/products`. A read: retried on transient failures.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  search(params?: SearchLinksParams, options?: CallOptions): Promise<PaymentLinkList>;
  /**
   * Reads a link by its id.
   *
   * `GET /tokenlink/v1/products/{id}`. A read.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  retrieve(params: RetrieveLinkParams, options?: CallOptions): Promise<PaymentLink>;
  /**
   * Updates a link, its status included.
   *
   * `PUT /tokenlink/v1/products/{id}`. Sent once; moves no money.
   * @see `docs/providers/oderopay.md#pay-by-link-subscriptions-öderopay-only-flows`
   */
  update(params: UpdateLinkParams, options?: CallOptions): Promise<PaymentLink>;
}

/** What `odero.payByLink` has besides its rows. */
export interface PayByLinkExtras {
  /**
   * Every link of a search, a page at a time as the loop asks (`for await`; `page` first, `size` default 50).
   *
   * `GET /tokenlink/v1/products`, once per page. Reads.
   * @see `docs/providers/oderopay.md#lists-page-by-page`
   */
  searchAll(params?: SearchLinksParams, options?: ListAllOptions): AsyncGenerator<PaymentLink, void, undefined>;
}
