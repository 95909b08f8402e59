import { defineOperation } from '@odeme/core';
import { listOf } from '../schemas/common.js';
import { createProductRequest, product, productIdPath, searchProductsRequest, updateProductRequest } from '../schemas/pay-by-link.js';

/** Pay-by-link ("tokenlink") products. The node client dropped delete in 2021; there is none here either. */
export const payByLinkOperations = {
  /** Create a payment link. */
  create: defineOperation({
    id: 'payByLink.create',
    method: 'POST',
    path: '/tokenlink/v1/products',
    request: createProductRequest,
    response: product,
    movesMoney: false,
    retryable: false,
  }),
  /** Search links. */
  search: defineOperation({
    id: 'payByLink.search',
    method: 'GET',
    path: '/tokenlink/v1/products',
    request: searchProductsRequest,
    response: listOf(product),
    movesMoney: false,
  }),
  /** Read a link. */
  retrieve: defineOperation({
    id: 'payByLink.retrieve',
    method: 'GET',
    path: '/tokenlink/v1/products/{id}',
    request: productIdPath,
    response: product,
    movesMoney: false,
  }),
  /** Update a link (status included). */
  update: defineOperation({
    id: 'payByLink.update',
    method: 'PUT',
    path: '/tokenlink/v1/products/{id}',
    request: updateProductRequest,
    response: product,
    movesMoney: false,
    retryable: false,
  }),
};
