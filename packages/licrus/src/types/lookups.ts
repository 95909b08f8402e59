import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { citiesRequest, districtsRequest, lookupResponse, lookupRow, mainGroupsRequest } from '../schemas/address.js';
import type { extendedWarrantyCustomerRequest, extendedWarrantyCustomerResponse } from '../schemas/extended-warranty.js';
import type { reportRequest, reportResponse } from '../schemas/reports.js';
import type { websiteLookupRequest, websiteServicesRequest } from '../schemas/website.js';
import type { EnvelopeOf } from './envelope.js';

/** A lookup row (city, district, product group, service point…): `Id`, `Code`, `Text` as the samples show. */
export interface LookupRow extends Answer<z.output<typeof lookupRow>> {}
/** The answer of every lookup method: a list of rows. */
export interface LookupList extends EnvelopeOf<typeof lookupResponse, 'Results'> {
  /** The rows; empty when there are none. */
  Results: LookupRow[];
}

/** What `licrus.addresses.cities` takes: optional culture and app fields. */
export interface CitiesParams extends z.input<typeof citiesRequest> {}
/** What `licrus.addresses.districts` takes: the city. */
export interface DistrictsParams extends z.input<typeof districtsRequest> {}
/** What `licrus.productGroups.mainGroups` takes: the culture, and whether only mobile-app groups are listed. */
export interface MainGroupsParams extends z.input<typeof mainGroupsRequest> {}
/** What `licrus.website.cities` and `licrus.website.productGroups` take: optional culture fields. */
export interface WebsiteLookupParams extends z.input<typeof websiteLookupRequest> {}
/** What `licrus.website.services` takes: the city, and optionally the district and product group. */
export interface WebsiteServicesParams extends z.input<typeof websiteServicesRequest> {}

/** What `licrus.extendedWarranty.getCustomer` takes: any of the documented filter fields. */
export interface ExtendedWarrantyCustomerParams extends z.input<typeof extendedWarrantyCustomerRequest> {}
/** ExtendedWarrantyModules GetCustomer's answer: customer rows, kept as sent (their shape is not public). */
export interface ExtendedWarrantyCustomers extends EnvelopeOf<typeof extendedWarrantyCustomerResponse> {}

/** What `licrus.reports.load` takes: the report's `Guid` and its dynamic filters. */
export interface LoadReportParams extends z.input<typeof reportRequest> {}
/** GenericReport/load's answer: `Results`, `Summary` and `Meta`, kept as sent. */
export interface Report extends EnvelopeOf<typeof reportResponse> {}
