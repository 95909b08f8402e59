import { citiesRequest, districtsRequest, lookupResponse, mainGroupsRequest } from '../schemas/address.js';
import { extendedWarrantyCustomerRequest, extendedWarrantyCustomerResponse } from '../schemas/extended-warranty.js';
import { reportRequest, reportResponse } from '../schemas/reports.js';
import { websiteLookupRequest, websiteServicesRequest } from '../schemas/website.js';
import { licrusOperation } from './define.js';

/** City/GetAll: every city (il). */
export const addressesCities = /* @__PURE__ */ licrusOperation('addresses.cities', {
  path: '/address/City/GetAll',
  request: citiesRequest,
  response: lookupResponse,
  soapName: 'City/GetAll',
  write: false,
});
/** District/GetByCityId: the districts (ilçe) of a city. */
export const addressesDistricts = /* @__PURE__ */ licrusOperation('addresses.districts', {
  path: '/address/District/GetByCityId',
  request: districtsRequest,
  response: lookupResponse,
  soapName: 'District/GetByCityId',
  write: false,
});
/** ProductGroup/GetMainGroups: the product main groups. */
export const productGroupsMainGroups = /* @__PURE__ */ licrusOperation('productGroups.mainGroups', {
  path: '/ProductCatalog/ProductGroup/GetMainGroups',
  request: mainGroupsRequest,
  response: lookupResponse,
  soapName: 'ProductGroup/GetMainGroups',
  write: false,
});
/** WebSite/GetCities: the cities shown on the brand's web site. */
export const websiteCities = /* @__PURE__ */ licrusOperation('website.cities', {
  path: '/external/WebSite/GetCities',
  request: websiteLookupRequest,
  response: lookupResponse,
  soapName: 'WebSite/GetCities',
  write: false,
});
/** WebSite/GetServices: the service points for a city, district and product group. */
export const websiteServices = /* @__PURE__ */ licrusOperation('website.services', {
  path: '/external/WebSite/GetServices',
  request: websiteServicesRequest,
  response: lookupResponse,
  soapName: 'WebSite/GetServices',
  write: false,
});
/** WebSite/GetProductGroups: the product groups shown on the brand's web site. */
export const websiteProductGroups = /* @__PURE__ */ licrusOperation('website.productGroups', {
  path: '/external/WebSite/GetProductGroups',
  request: websiteLookupRequest,
  response: lookupResponse,
  soapName: 'WebSite/GetProductGroups',
  write: false,
});
/** ExtendedWarrantyModules GetCustomer: extended-warranty customers matching a filter (the path is an assumption). */
export const extendedWarrantyGetCustomer = /* @__PURE__ */ licrusOperation('extendedWarranty.getCustomer', {
  path: '/api/ExtendedWarrantyModules/GetCustomer',
  request: extendedWarrantyCustomerRequest,
  response: extendedWarrantyCustomerResponse,
  soapName: 'ExtendedWarrantyModules/GetCustomer',
  write: false,
});
/** GenericReport/load: loads a PowerBI report by its `Guid`. */
export const reportsLoad = /* @__PURE__ */ licrusOperation('reports.load', {
  path: '/api/GenericReport/load',
  request: reportRequest,
  response: reportResponse,
  soapName: 'GenericReport/load',
  write: false,
});
