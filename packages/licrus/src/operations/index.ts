import { authLogin } from './auth.js';
import { partsList, partsSave, priceListsSave, productsList, productsSave } from './catalogue.js';
import {
  addressesCities,
  addressesDistricts,
  extendedWarrantyGetCustomer,
  productGroupsMainGroups,
  reportsLoad,
  websiteCities,
  websiteProductGroups,
  websiteServices,
} from './lookups.js';
import { ordersListApproved, ordersUpdate } from './orders.js';
import { partnersList, partnersSave } from './partners.js';
import { paymentsPay } from './payments.js';
import { serialNumbersImport, serialNumbersList } from './serial-numbers.js';
import {
  laborCostsGetByQuote,
  laborPackagesSave,
  parametersSend,
  serviceRequestsCreateEam,
  serviceRequestsCreateFirstStart,
  webFormsCreateCall,
  workOrdersCreateWallBox,
  workOrdersUpdateSerzatOrderId,
} from './service.js';

/**
 * The type of {@link licrusOperations}: each group of the client and its rows, keyed as the row ids are
 * (`orders.listApproved` is `licrusOperations.orders.listApproved`). Hidden from the API reference for its size: each
 * row is documented as its own export (`ordersListApproved`…) and as a client method (`OrdersMethods.listApproved`…).
 * @hidden
 */
export interface LicrusOperations {
  /** The Login row, run by the client itself (`licrus.login()`, and before the first ticketed call). */
  readonly auth: {
    /** Login: {@link authLogin}. */
    readonly login: typeof authLogin;
  };
  /** The rows of `licrus.payments`. */
  readonly payments: {
    /** Payment: {@link paymentsPay}. */
    readonly pay: typeof paymentsPay;
  };
  /** The rows of `licrus.orders`. */
  readonly orders: {
    /** GetApprovedOrders: {@link ordersListApproved}. */
    readonly listApproved: typeof ordersListApproved;
    /** UpdateOrder: {@link ordersUpdate}. */
    readonly update: typeof ordersUpdate;
  };
  /** The rows of `licrus.serialNumbers`. */
  readonly serialNumbers: {
    /** ImportProductSerialNumbers: {@link serialNumbersImport}. */
    readonly import: typeof serialNumbersImport;
    /** GetProductSerialNumbers: {@link serialNumbersList}. */
    readonly list: typeof serialNumbersList;
  };
  /** The rows of `licrus.partners`. */
  readonly partners: {
    /** SavePartner: {@link partnersSave}. */
    readonly save: typeof partnersSave;
    /** GetPartner: {@link partnersList}. */
    readonly list: typeof partnersList;
  };
  /** The rows of `licrus.products`. */
  readonly products: {
    /** SaveProduct: {@link productsSave}. */
    readonly save: typeof productsSave;
    /** GetProduct: {@link productsList}. */
    readonly list: typeof productsList;
  };
  /** The rows of `licrus.parts`. */
  readonly parts: {
    /** SavePart: {@link partsSave}. */
    readonly save: typeof partsSave;
    /** GetPart: {@link partsList}. */
    readonly list: typeof partsList;
  };
  /** The rows of `licrus.priceLists`. */
  readonly priceLists: {
    /** SavePriceList: {@link priceListsSave}. */
    readonly save: typeof priceListsSave;
  };
  /** The rows of `licrus.laborCosts`. */
  readonly laborCosts: {
    /** GetLaborCostByQuote: {@link laborCostsGetByQuote}. */
    readonly getByQuote: typeof laborCostsGetByQuote;
  };
  /** The rows of `licrus.parameters`. */
  readonly parameters: {
    /** SendParameter: {@link parametersSend}. */
    readonly send: typeof parametersSend;
  };
  /** The rows of `licrus.serviceRequests`. */
  readonly serviceRequests: {
    /** EAM service request: {@link serviceRequestsCreateEam}. */
    readonly createEam: typeof serviceRequestsCreateEam;
    /** First-start call: {@link serviceRequestsCreateFirstStart}. */
    readonly createFirstStart: typeof serviceRequestsCreateFirstStart;
  };
  /** The rows of `licrus.addresses`. */
  readonly addresses: {
    /** City/GetAll: {@link addressesCities}. */
    readonly cities: typeof addressesCities;
    /** District/GetByCityId: {@link addressesDistricts}. */
    readonly districts: typeof addressesDistricts;
  };
  /** The rows of `licrus.productGroups`. */
  readonly productGroups: {
    /** ProductGroup/GetMainGroups: {@link productGroupsMainGroups}. */
    readonly mainGroups: typeof productGroupsMainGroups;
  };
  /** The rows of `licrus.website`. */
  readonly website: {
    /** WebSite/GetCities: {@link websiteCities}. */
    readonly cities: typeof websiteCities;
    /** WebSite/GetServices: {@link websiteServices}. */
    readonly services: typeof websiteServices;
    /** WebSite/GetProductGroups: {@link websiteProductGroups}. */
    readonly productGroups: typeof websiteProductGroups;
  };
  /** The rows of `licrus.webForms`. */
  readonly webForms: {
    /** ExternalCall/Create: {@link webFormsCreateCall}. */
    readonly createCall: typeof webFormsCreateCall;
  };
  /** The rows of `licrus.extendedWarranty`. */
  readonly extendedWarranty: {
    /** ExtendedWarrantyModules GetCustomer: {@link extendedWarrantyGetCustomer}. */
    readonly getCustomer: typeof extendedWarrantyGetCustomer;
  };
  /** The rows of `licrus.laborPackages`. */
  readonly laborPackages: {
    /** LaborPackage/save: {@link laborPackagesSave}. */
    readonly save: typeof laborPackagesSave;
  };
  /** The rows of `licrus.workOrders`. */
  readonly workOrders: {
    /** WorkOrder/createWallBoxWorkOrder: {@link workOrdersCreateWallBox}. */
    readonly createWallBox: typeof workOrdersCreateWallBox;
    /** Serzat/SerzatOrderIdUpdate: {@link workOrdersUpdateSerzatOrderId}. */
    readonly updateSerzatOrderId: typeof workOrdersUpdateSerzatOrderId;
  };
  /** The rows of `licrus.reports`. */
  readonly reports: {
    /** GenericReport/load: {@link reportsLoad}. */
    readonly load: typeof reportsLoad;
  };
}

/**
 * Every Licrus operation row, grouped as the client's members (`licrusOperations.orders.listApproved` is
 * `licrus.orders.listApproved`); `auth.login` is the Login the client runs itself. Importing this object keeps every
 * row in a bundle: import the single rows (`paymentsPay`, …) for a small one. Hidden from the API reference for its
 * size: each row is documented under its own export and its client method.
 * @hidden
 */
export const licrusOperations: LicrusOperations = {
  auth: {
    login: authLogin,
  },
  payments: {
    pay: paymentsPay,
  },
  orders: {
    listApproved: ordersListApproved,
    update: ordersUpdate,
  },
  serialNumbers: {
    import: serialNumbersImport,
    list: serialNumbersList,
  },
  partners: {
    save: partnersSave,
    list: partnersList,
  },
  products: {
    save: productsSave,
    list: productsList,
  },
  parts: {
    save: partsSave,
    list: partsList,
  },
  priceLists: {
    save: priceListsSave,
  },
  laborCosts: {
    getByQuote: laborCostsGetByQuote,
  },
  parameters: {
    send: parametersSend,
  },
  serviceRequests: {
    createEam: serviceRequestsCreateEam,
    createFirstStart: serviceRequestsCreateFirstStart,
  },
  addresses: {
    cities: addressesCities,
    districts: addressesDistricts,
  },
  productGroups: {
    mainGroups: productGroupsMainGroups,
  },
  website: {
    cities: websiteCities,
    services: websiteServices,
    productGroups: websiteProductGroups,
  },
  webForms: {
    createCall: webFormsCreateCall,
  },
  extendedWarranty: {
    getCustomer: extendedWarrantyGetCustomer,
  },
  laborPackages: {
    save: laborPackagesSave,
  },
  workOrders: {
    createWallBox: workOrdersCreateWallBox,
    updateSerzatOrderId: workOrdersUpdateSerzatOrderId,
  },
  reports: {
    load: reportsLoad,
  },
};

export type { LicrusMeta, LicrusOperation } from './define.js';
