import { citiesRequest, districtsRequest, lookupResponse, mainGroupsRequest } from '../schemas/address.js';
import { extendedWarrantyCustomerRequest, extendedWarrantyCustomerResponse } from '../schemas/extended-warranty.js';
import { reportRequest, reportResponse } from '../schemas/reports.js';
import { websiteLookupRequest, websiteServicesRequest } from '../schemas/website.js';
import { licrusOperation } from './define.js';

/** City/GetAll. */
export const cities = licrusOperation('addresses.cities', { request: citiesRequest, response: lookupResponse, soapName: 'City/GetAll', write: false });
/** District/GetByCityId. */
export const districts = licrusOperation('addresses.districts', {
  request: districtsRequest,
  response: lookupResponse,
  soapName: 'District/GetByCityId',
  write: false,
});
/** ProductGroup/GetMainGroups. */
export const mainGroups = licrusOperation('productGroups.mainGroups', {
  request: mainGroupsRequest,
  response: lookupResponse,
  soapName: 'ProductGroup/GetMainGroups',
  write: false,
});
/** WebSite/GetCities. */
export const websiteCities = licrusOperation('website.cities', {
  request: websiteLookupRequest,
  response: lookupResponse,
  soapName: 'WebSite/GetCities',
  write: false,
});
/** WebSite/GetServices. */
export const websiteServices = licrusOperation('website.services', {
  request: websiteServicesRequest,
  response: lookupResponse,
  soapName: 'WebSite/GetServices',
  write: false,
});
/** WebSite/GetProductGroups. */
export const websiteProductGroups = licrusOperation('website.productGroups', {
  request: websiteLookupRequest,
  response: lookupResponse,
  soapName: 'WebSite/GetProductGroups',
  write: false,
});
/** ExtendedWarrantyModules GetCustomer. */
export const extendedWarrantyCustomer = licrusOperation('extendedWarranty.getCustomer', {
  request: extendedWarrantyCustomerRequest,
  response: extendedWarrantyCustomerResponse,
  soapName: 'ExtendedWarrantyModules/GetCustomer',
  write: false,
});
/** GenericReport/load (PowerBI). */
export const loadReport = licrusOperation('reports.load', { request: reportRequest, response: reportResponse, soapName: 'GenericReport/load', write: false });
