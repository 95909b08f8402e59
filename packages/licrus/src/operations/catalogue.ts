import { getPartRequest, getPartResponse, savePartRequest, savePartResponse } from '../schemas/parts.js';
import { savePriceListRequest, savePriceListResponse } from '../schemas/price-lists.js';
import { getProductRequest, getProductResponse, saveProductRequest, saveProductResponse } from '../schemas/products.js';
import { licrusOperation } from './define.js';

/** SaveProduct. */
export const saveProduct = licrusOperation('products.save', {
  request: saveProductRequest,
  response: saveProductResponse,
  soapName: 'SaveProduct',
  write: true,
});
/** GetProduct. */
export const listProducts = licrusOperation('products.list', {
  request: getProductRequest,
  response: getProductResponse,
  soapName: 'GetProduct',
  write: false,
});
/** SavePart (SOAP `SaveSparePart`). */
export const savePart = licrusOperation('parts.save', { request: savePartRequest, response: savePartResponse, soapName: 'SaveSparePart', write: true });
/** GetPart (SOAP `GetSparePart`). */
export const listParts = licrusOperation('parts.list', { request: getPartRequest, response: getPartResponse, soapName: 'GetSparePart', write: false });
/** SavePriceList. */
export const savePriceList = licrusOperation('priceLists.save', {
  request: savePriceListRequest,
  response: savePriceListResponse,
  soapName: 'SavePriceList',
  write: true,
});
