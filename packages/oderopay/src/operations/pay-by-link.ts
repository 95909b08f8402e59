import { defineOperation } from '@odeme/core';
import { createProductRequest, product, productIdPath, productList, searchProductsRequest, updateProductRequest } from '../schemas/pay-by-link.js';

// Each row is marked pure where it is called: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and
// without the mark it would keep every row of a module the program imports.

/** `POST /tokenlink/v1/products`: create a payment link. */
export const payByLinkCreate = /* @__PURE__ */ defineOperation({
  id: 'payByLink.create',
  method: 'POST',
  path: '/tokenlink/v1/products',
  request: createProductRequest,
  response: product,
  movesMoney: false,
  retryable: false,
});

/** `GET /tokenlink/v1/products`: search links. */
export const payByLinkSearch = /* @__PURE__ */ defineOperation({
  id: 'payByLink.search',
  method: 'GET',
  path: '/tokenlink/v1/products',
  request: searchProductsRequest,
  response: productList,
  movesMoney: false,
});

/** `GET /tokenlink/v1/products/{id}`: read a link. */
export const payByLinkRetrieve = /* @__PURE__ */ defineOperation({
  id: 'payByLink.retrieve',
  method: 'GET',
  path: '/tokenlink/v1/products/{id}',
  request: productIdPath,
  response: product,
  movesMoney: false,
});

/** `PUT /tokenlink/v1/products/{id}`: update a link (status included). */
export const payByLinkUpdate = /* @__PURE__ */ defineOperation({
  id: 'payByLink.update',
  method: 'PUT',
  path: '/tokenlink/v1/products/{id}',
  request: updateProductRequest,
  response: product,
  movesMoney: false,
  retryable: false,
});

/** Pay-by-link ("tokenlink") products. The node client dropped delete in 2021; there is none here either. */
export const payByLinkOperations = {
  /** Create a payment link. */
  create: payByLinkCreate,
  /** Search links. */
  search: payByLinkSearch,
  /** Read a link. */
  retrieve: payByLinkRetrieve,
  /** Update a link (status included). */
  update: payByLinkUpdate,
};
