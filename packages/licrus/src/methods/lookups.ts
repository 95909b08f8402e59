import type { CallOptions } from '@odeme/core';
import type {
  CitiesParams,
  DistrictsParams,
  ExtendedWarrantyCustomerParams,
  ExtendedWarrantyCustomers,
  LoadReportParams,
  LookupList,
  MainGroupsParams,
  Report,
  WebsiteLookupParams,
  WebsiteServicesParams,
} from '../types/lookups.js';

/** `licrus.addresses`: cities (il) and districts (ilçe). */
export interface AddressesMethods {
  /**
   * City/GetAll: every city (il).
   *
   * `POST /address/City/GetAll`. Moves no money; a read, retried.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  cities(input?: CitiesParams, options?: CallOptions): Promise<LookupList>;
  /**
   * District/GetByCityId: the districts (ilçe) of a city.
   *
   * `POST /address/District/GetByCityId`. Moves no money; a read, retried.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  districts(input: DistrictsParams, options?: CallOptions): Promise<LookupList>;
}

/** `licrus.productGroups`: product main groups. */
export interface ProductGroupsMethods {
  /**
   * ProductGroup/GetMainGroups: the product main groups.
   *
   * `POST /ProductCatalog/ProductGroup/GetMainGroups`. Moves no money; a read, retried.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  mainGroups(input?: MainGroupsParams, options?: CallOptions): Promise<LookupList>;
}

/** `licrus.website`: the lookups of the brand's web site. */
export interface WebsiteMethods {
  /**
   * WebSite/GetCities: the cities shown on the brand's web site.
   *
   * `POST /external/WebSite/GetCities`. Moves no money; a read, retried.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  cities(input?: WebsiteLookupParams, options?: CallOptions): Promise<LookupList>;
  /**
   * WebSite/GetServices: the service points for a city, district and product group.
   *
   * `POST /external/WebSite/GetServices`. Moves no money; a read, retried.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  services(input: WebsiteServicesParams, options?: CallOptions): Promise<LookupList>;
  /**
   * WebSite/GetProductGroups: the product groups shown on the brand's web site.
   *
   * `POST /external/WebSite/GetProductGroups`. Moves no money; a read, retried.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  productGroups(input?: WebsiteLookupParams, options?: CallOptions): Promise<LookupList>;
}

/** `licrus.extendedWarranty`: extended-warranty customers. */
export interface ExtendedWarrantyMethods {
  /**
   * ExtendedWarrantyModules GetCustomer: extended-warranty customers matching a filter.
   *
   * `POST /api/ExtendedWarrantyModules/GetCustomer` (assumed). Moves no money; a read, retried.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  getCustomer(input: ExtendedWarrantyCustomerParams, options?: CallOptions): Promise<ExtendedWarrantyCustomers>;
}

/** `licrus.reports`: PowerBI generic reports. */
export interface ReportsMethods {
  /**
   * GenericReport/load: loads a PowerBI report by its `Guid`.
   *
   * `POST /api/GenericReport/load`. Moves no money; a read, retried.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  load(input: LoadReportParams, options?: CallOptions): Promise<Report>;
}
