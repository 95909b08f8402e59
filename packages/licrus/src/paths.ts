/**
 * Default JSON paths, relative to the tenant base URL, keyed by operation id. Every one can be replaced with
 * the client's `paths` option. Paths the docs print are used as printed; the others follow the `/api/ERP/<Method>`
 * pattern of the documented ERP methods and are listed in `INFERRED_PATHS`. Each row carries its own copy
 * (the compiler checks they agree), so this table is only in a bundle that uses the client.
 */
export const DEFAULT_PATHS = {
  /** Login (documented). */
  'auth.login': '/api/EAM/login',
  /** Payment (assumed: the docs give no JSON path). */
  'payments.pay': '/api/ERP/Payment',
  /** GetApprovedOrders (documented). */
  'orders.listApproved': '/api/ERP/GetApprovedOrders',
  /** UpdateOrder (assumed: SOAP only in the docs). */
  'orders.update': '/api/ERP/UpdateOrder',
  /** ImportProductSerialNumbers (assumed: SOAP only in the docs). */
  'serialNumbers.import': '/api/ERP/ImportProductSerialNumbers',
  /** GetProductSerialNumbers (assumed: SOAP only in the docs). */
  'serialNumbers.list': '/api/ERP/GetProductSerialNumbers',
  /** SavePartner (assumed: SOAP only in the docs). */
  'partners.save': '/api/ERP/SavePartner',
  /** GetPartner (assumed: SOAP only in the docs). */
  'partners.list': '/api/ERP/GetPartner',
  /** SaveProduct (documented). */
  'products.save': '/api/ERP/SaveProduct',
  /** GetProduct (documented). */
  'products.list': '/api/ERP/GetProduct',
  /** SavePart (documented). */
  'parts.save': '/api/ERP/SavePart',
  /** GetPart (documented). */
  'parts.list': '/api/ERP/GetPart',
  /** SavePriceList (documented). */
  'priceLists.save': '/api/ERP/SavePriceList',
  /** GetLaborCostByQuote (assumed: SOAP only in the docs). */
  'laborCosts.getByQuote': '/api/ERP/GetLaborCostByQuote',
  /** SendParameter (documented). */
  'parameters.send': '/api/ERP/SendParameter',
  /** EAM service request (documented). */
  'serviceRequests.createEam': '/OperationForms/ServiceForm/Create',
  /** First-start call (documented; the same path as the EAM request). */
  'serviceRequests.createFirstStart': '/OperationForms/ServiceForm/Create',
  /** City/GetAll (documented). */
  'addresses.cities': '/address/City/GetAll',
  /** District/GetByCityId (documented). */
  'addresses.districts': '/address/District/GetByCityId',
  /** ProductGroup/GetMainGroups (documented). */
  'productGroups.mainGroups': '/ProductCatalog/ProductGroup/GetMainGroups',
  /** WebSite/GetCities (documented). */
  'website.cities': '/external/WebSite/GetCities',
  /** WebSite/GetServices (documented). */
  'website.services': '/external/WebSite/GetServices',
  /** WebSite/GetProductGroups (documented). */
  'website.productGroups': '/external/WebSite/GetProductGroups',
  /** ExternalCall/Create (documented, as printed: on the test host the base URL ends in `/api`). */
  'webForms.createCall': '/ExternalCall/Create',
  /** ExtendedWarrantyModules GetCustomer (the folder is documented, the method name assumed). */
  'extendedWarranty.getCustomer': '/api/ExtendedWarrantyModules/GetCustomer',
  /** LaborPackage/save (documented). */
  'laborPackages.save': '/api/LaborPackage/save',
  /** WorkOrder/createWallBoxWorkOrder (documented). */
  'workOrders.createWallBox': '/api/WorkOrder/createWallBoxWorkOrder',
  /** Serzat/SerzatOrderIdUpdate (documented). */
  'workOrders.updateSerzatOrderId': '/api/Serzat/SerzatOrderIdUpdate',
  /** GenericReport/load (documented). */
  'reports.load': '/api/GenericReport/load',
} as const;

/** Id of a Licrus operation (also the key of its path in `paths`). */
export type LicrusOperationId = keyof typeof DEFAULT_PATHS;

/** Paths no public source gives (SOAP-only methods, and the ExtendedWarranty method name): assumptions. */
export const INFERRED_PATHS: readonly LicrusOperationId[] = [
  'payments.pay',
  'orders.update',
  'serialNumbers.import',
  'serialNumbers.list',
  'partners.save',
  'partners.list',
  'laborCosts.getByQuote',
  'extendedWarranty.getCustomer',
];
