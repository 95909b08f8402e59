/**
 * Default JSON paths, relative to the tenant base URL, keyed by operation id. Every one can be replaced with
 * the client's `paths` option. Paths the docs print are used as printed; the others follow the `/api/ERP/<Method>`
 * pattern of the documented ERP methods and are listed in `INFERRED_PATHS`.
 */
export const DEFAULT_PATHS = {
  'auth.login': '/api/EAM/login',
  'payments.pay': '/api/ERP/Payment',
  'orders.listApproved': '/api/ERP/GetApprovedOrders',
  'orders.update': '/api/ERP/UpdateOrder',
  'serialNumbers.import': '/api/ERP/ImportProductSerialNumbers',
  'serialNumbers.list': '/api/ERP/GetProductSerialNumbers',
  'partners.save': '/api/ERP/SavePartner',
  'partners.list': '/api/ERP/GetPartner',
  'products.save': '/api/ERP/SaveProduct',
  'products.list': '/api/ERP/GetProduct',
  'parts.save': '/api/ERP/SavePart',
  'parts.list': '/api/ERP/GetPart',
  'priceLists.save': '/api/ERP/SavePriceList',
  'laborCosts.getByQuote': '/api/ERP/GetLaborCostByQuote',
  'parameters.send': '/api/ERP/SendParameter',
  'serviceRequests.createEam': '/OperationForms/ServiceForm/Create',
  'serviceRequests.createFirstStart': '/OperationForms/ServiceForm/Create',
  'addresses.cities': '/address/City/GetAll',
  'addresses.districts': '/address/District/GetByCityId',
  'productGroups.mainGroups': '/ProductCatalog/ProductGroup/GetMainGroups',
  'website.cities': '/external/WebSite/GetCities',
  'website.services': '/external/WebSite/GetServices',
  'website.productGroups': '/external/WebSite/GetProductGroups',
  'webForms.createCall': '/ExternalCall/Create',
  'extendedWarranty.getCustomer': '/api/ExtendedWarrantyModules/GetCustomer',
  'laborPackages.save': '/api/LaborPackage/save',
  'workOrders.createWallBox': '/api/WorkOrder/createWallBoxWorkOrder',
  'workOrders.updateSerzatOrderId': '/api/Serzat/SerzatOrderIdUpdate',
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
