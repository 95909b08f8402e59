import { getPartRequest, getPartResponse, savePartRequest, savePartResponse } from '../schemas/parts.js';
import { savePriceListRequest, savePriceListResponse } from '../schemas/price-lists.js';
import { getProductRequest, getProductResponse, saveProductRequest, saveProductResponse } from '../schemas/products.js';
import { licrusOperation } from './define.js';

/** SaveProduct: creates or updates a product (Licrus refuses to update an active one: `INT-PRD1001`). */
export const productsSave = /* @__PURE__ */ licrusOperation('products.save', {
  path: '/api/ERP/SaveProduct',
  request: saveProductRequest,
  response: saveProductResponse,
  soapName: 'SaveProduct',
  write: true,
});
/** GetProduct: lists products, optionally the one with a `Code`. */
export const productsList = /* @__PURE__ */ licrusOperation('products.list', {
  path: '/api/ERP/GetProduct',
  request: getProductRequest,
  response: getProductResponse,
  soapName: 'GetProduct',
  write: false,
});
/** SavePart (SOAP `SaveSparePart`): saves one spare part or a list of them. */
export const partsSave = /* @__PURE__ */ licrusOperation('parts.save', {
  path: '/api/ERP/SavePart',
  request: savePartRequest,
  response: savePartResponse,
  soapName: 'SaveSparePart',
  write: true,
});
/** GetPart (SOAP `GetSparePart`): lists spare parts, optionally the one with a `Code`. */
export const partsList = /* @__PURE__ */ licrusOperation('parts.list', {
  path: '/api/ERP/GetPart',
  request: getPartRequest,
  response: getPartResponse,
  soapName: 'GetSparePart',
  write: false,
});
/** SavePriceList: saves price-circular rows (prices in TL, exact to the kuruş). */
export const priceListsSave = /* @__PURE__ */ licrusOperation('priceLists.save', {
  path: '/api/ERP/SavePriceList',
  request: savePriceListRequest,
  response: savePriceListResponse,
  soapName: 'SavePriceList',
  write: true,
});
