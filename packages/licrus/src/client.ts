import { type CallOptions, ConfigurationError, type OperationInput, type OperationOutput } from '@odeme/core';
import { type CallerContext, callLicrus } from './caller.js';
import { licrusLogin } from './login.js';
import type { LicrusOperation } from './operations/define.js';
import { licrusOperations } from './operations/index.js';
import type { LicrusOptions } from './options.js';
import { DEFAULT_PATHS, type LicrusOperationId } from './paths.js';
import { TicketSession } from './session.js';
import { defaultIsTicketInvalid, ticketRefused } from './ticket-errors.js';
import { createLicrusTransport } from './transport.js';

type Rows = typeof licrusOperations;
/** A client method over one row: input optional when every field of the row's request is. */
export type LicrusMethod<O extends LicrusOperation> =
  Record<string, never> extends OperationInput<O>
    ? (input?: OperationInput<O>, options?: CallOptions) => Promise<OperationOutput<O>>
    : (input: OperationInput<O>, options?: CallOptions) => Promise<OperationOutput<O>>;

/**
 * Client of a Licrus (ONEROV) tenant's Integration service: Login tickets, the Online Ödeme `Payment` method
 * and the documented integration methods, each a JSON POST with the `AuthTicket` in the body. It logs in lazily and
 * shares one Login among concurrent calls; each call waits for it only within its own `signal` and `totalTimeout`.
 * When a ticket is refused (HTTP 401, or your `isTicketInvalid`), a call that moves no money is sent once more after a
 * new Login; a payment is never resent (`LicrusTicketRefusedError`, `outcome: 'rejected'`). A refused payment is a
 * `LicrusDeclineError` (a `PaymentDeclinedError`); wrong credentials, or a static ticket refused, an `AuthenticationError`.
 * For the smallest bundle, use `createLicrusTransport` with `callWithTicket` and the single rows instead.
 *
 * @example
 * ```ts
 * const licrus = new Licrus({ baseUrl: 'https://<tenant>-api.licrus.com', name: 'ivr-user', password: '…' });
 * await licrus.payments.pay({
 *   PaymentRequestCode: 'ec38e9381d1440f0a3bb83ab47c37e11',
 *   Card: { CardHolderName: 'AYSE YILMAZ', Number: '4355 0843 5508 4358', ExpireMonth: 7, ExpireYear: 2030, SecurityCode: '123' },
 * });
 * ```
 */
export class Licrus {
  private readonly ctx: CallerContext;
  private readonly rows: Rows;

  /** Payment: pay an approved order with its payment request code. */
  readonly payments;
  /** GetApprovedOrders and UpdateOrder. */
  readonly orders;
  /** ImportProductSerialNumbers and GetProductSerialNumbers. */
  readonly serialNumbers;
  /** SavePartner and GetPartner. */
  readonly partners;
  /** SaveProduct and GetProduct. */
  readonly products;
  /** SavePart and GetPart (spare parts). */
  readonly parts;
  /** SavePriceList. */
  readonly priceLists;
  /** GetLaborCostByQuote. */
  readonly laborCosts;
  /** SendParameter. */
  readonly parameters;
  /** EAM service requests and first-start calls (ServiceForm/Create). */
  readonly serviceRequests;
  /** Cities and districts. */
  readonly addresses;
  /** Product main groups. */
  readonly productGroups;
  /** Web-site lookups: cities, service points, product groups. */
  readonly website;
  /** Web form calls (ExternalCall/Create). */
  readonly webForms;
  /** Extended warranty customer lookup. */
  readonly extendedWarranty;
  /** Labour packages. */
  readonly laborPackages;
  /** WallBox work orders and the Serzat order id update. */
  readonly workOrders;
  /** PowerBI generic reports. */
  readonly reports;

  constructor(options: LicrusOptions) {
    const o = (options ?? {}) as LicrusOptions;
    const transport = createLicrusTransport(o);
    const hasLogin = Boolean(o.name && o.password);
    let lifetimeMs: number | undefined;
    try {
      if (!hasLogin && !o.authTicket)
        throw new ConfigurationError('licrus: give name and password (Login), or the static authTicket Licrus issued', { provider: 'licrus' });
      this.rows = configureRows(o);
      lifetimeMs = checkLifetime(o.ticketLifetimeMs);
    } catch (error) {
      // Said in the client's language, like the options core checks.
      throw transport.localize(error);
    }
    // Secrets of this client only: scrubbed from its errors, logs and hook events.
    transport.addSecret(o.password);
    transport.addSecret(o.authTicket);
    const credentials = { name: o.name as string, password: o.password as string };
    const loginOnce = hasLogin ? (signal: AbortSignal) => licrusLogin(transport, credentials, { signal }, this.rows.login) : undefined;
    const session = new TicketSession(loginOnce, {
      staticTicket: o.authTicket,
      lifetimeMs,
      // The replaced ticket leaves this client's secrets, so the set does not grow with every login.
      onReplace: (_next, previous) => transport.removeSecret(previous),
    });
    const test = o.isTicketInvalid ?? defaultIsTicketInvalid;
    this.ctx = { transport, session, ticketRefused: (e) => ticketRefused(test, e), log: transport.log, totalTimeout: o.totalTimeout };

    const r = this.rows;
    this.payments = {
      /** Payment: pays an approved order with its payment request code (`paymentsPay`). Sent once. */
      pay: this.method(r.pay),
    };
    this.orders = {
      /** GetApprovedOrders: approved orders of one `OrderType` (`ordersListApproved`). */
      listApproved: this.method(r.listApprovedOrders),
      /** UpdateOrder: writes ERP fields back onto an order (`ordersUpdate`). */
      update: this.method(r.updateOrder),
    };
    this.serialNumbers = {
      /** ImportProductSerialNumbers (`serialNumbersImport`). */
      import: this.method(r.importSerialNumbers),
      /** GetProductSerialNumbers: commissioned devices since a date (`serialNumbersList`). */
      list: this.method(r.listSerialNumbers),
    };
    this.partners = {
      /** SavePartner: upsert by `Code` (`partnersSave`). */
      save: this.method(r.savePartner),
      /** GetPartner: partners by agreement type (`partnersList`). */
      list: this.method(r.listPartners),
    };
    this.products = {
      /** SaveProduct (`productsSave`). */
      save: this.method(r.saveProduct),
      /** GetProduct (`productsList`). */
      list: this.method(r.listProducts),
    };
    this.parts = {
      /** SavePart: one part or a list (`partsSave`). */
      save: this.method(r.savePart),
      /** GetPart (`partsList`). */
      list: this.method(r.listParts),
    };
    this.priceLists = {
      /** SavePriceList: price rows in TL (`priceListsSave`). */
      save: this.method(r.savePriceList),
    };
    this.laborCosts = {
      /** GetLaborCostByQuote (`laborCostsGetByQuote`). */
      getByQuote: this.method(r.laborCostByQuote),
    };
    this.parameters = {
      /** SendParameter: definition tables waiting for the ERP (`parametersSend`). */
      send: this.method(r.sendParameter),
    };
    this.serviceRequests = {
      /** EAM service request; `Id` is the new call number (`serviceRequestsCreateEam`). */
      createEam: this.method(r.createEamServiceRequest),
      /** First-start (commissioning) call (`serviceRequestsCreateFirstStart`). */
      createFirstStart: this.method(r.createFirstStartCall),
    };
    this.addresses = {
      /** City/GetAll (`addressesCities`). */
      cities: this.method(r.cities),
      /** District/GetByCityId (`addressesDistricts`). */
      districts: this.method(r.districts),
    };
    this.productGroups = {
      /** ProductGroup/GetMainGroups (`productGroupsMainGroups`). */
      mainGroups: this.method(r.mainGroups),
    };
    this.website = {
      /** WebSite/GetCities (`websiteCities`). */
      cities: this.method(r.websiteCities),
      /** WebSite/GetServices: service points (`websiteServices`). */
      services: this.method(r.websiteServices),
      /** WebSite/GetProductGroups (`websiteProductGroups`). */
      productGroups: this.method(r.websiteProductGroups),
    };
    this.webForms = {
      /** ExternalCall/Create: a service call from a web form (`webFormsCreateCall`). */
      createCall: this.method(r.createWebFormCall),
    };
    this.extendedWarranty = {
      /** ExtendedWarrantyModules GetCustomer (`extendedWarrantyGetCustomer`). */
      getCustomer: this.method(r.extendedWarrantyCustomer),
    };
    this.laborPackages = {
      /** LaborPackage/save (`laborPackagesSave`). */
      save: this.method(r.saveLaborPackage),
    };
    this.workOrders = {
      /** WorkOrder/createWallBoxWorkOrder (`workOrdersCreateWallBox`). */
      createWallBox: this.method(r.createWallBoxWorkOrder),
      /** Serzat/SerzatOrderIdUpdate (`workOrdersUpdateSerzatOrderId`). */
      updateSerzatOrderId: this.method(r.updateSerzatOrderId),
    };
    this.reports = {
      /** GenericReport/load: a PowerBI report (`reportsLoad`). */
      load: this.method(r.loadReport),
    };
  }

  /**
   * Logs in now and returns the new `AuthTicket` (calls log in by themselves when needed; this is for warming
   * up or checking credentials). Concurrent logins are shared; `signal` stops this caller's wait. A wrong name or
   * password is an `AuthenticationError`.
   */
  login(options: { signal?: AbortSignal } = {}): Promise<string> {
    // Outside any call: a refusal the session makes itself (no credentials) is translated here.
    return this.ctx.session.refresh(options.signal).catch((error: unknown) => {
      throw this.ctx.transport.localize(error);
    });
  }

  private method<O extends LicrusOperation>(row: O): LicrusMethod<O> {
    return ((input?: unknown, options?: CallOptions) => callLicrus(this.ctx, row, input ?? {}, options)) as LicrusMethod<O>;
  }
}

function checkLifetime(ms: unknown): number | undefined {
  if (ms === undefined) return undefined;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0)
    throw new ConfigurationError('licrus: ticketLifetimeMs must be a number of milliseconds greater than 0', { provider: 'licrus' });
  return ms;
}

/** `cardVendorValues` as a plain map of names to text or whole numbers (a typo here would reach the wire). */
function checkVendorValues(values: unknown): Record<string, string | number> {
  if (values === undefined) return {};
  if (typeof values !== 'object' || values === null || Array.isArray(values))
    throw new ConfigurationError('licrus: cardVendorValues must map CardVendor names to wire values', { provider: 'licrus' });
  for (const [name, value] of Object.entries(values))
    if (!(typeof value === 'string' && value !== '') && !Number.isInteger(value))
      throw new ConfigurationError(`licrus: cardVendorValues["${name}"] must be non-empty text or a whole number`, { provider: 'licrus' });
  return { ...(values as Record<string, string | number>) };
}

/** Rows with the caller's paths and the CardVendor wire encoding applied. */
function configureRows(o: LicrusOptions): Rows {
  const paths = o.paths ?? {};
  for (const [id, path] of Object.entries(paths)) {
    if (!(id in DEFAULT_PATHS)) throw new ConfigurationError(`licrus: paths has an unknown operation id "${id}"`, { provider: 'licrus' });
    if (typeof path !== 'string' || !path.startsWith('/')) throw new ConfigurationError(`licrus: paths["${id}"] must start with "/"`, { provider: 'licrus' });
  }
  const out: Record<string, LicrusOperation> = {};
  for (const [key, row] of Object.entries(licrusOperations) as [string, LicrusOperation][]) {
    out[key] = { ...row, path: paths[row.id as LicrusOperationId] ?? row.path };
  }
  const vendorValues = checkVendorValues(o.cardVendorValues);
  const pay = out.pay as LicrusOperation;
  out.pay = {
    ...pay,
    encode: (parsed: unknown) => {
      // Only the wire value changes: the reference (PaymentRequestCode) stays as validated.
      const p = parsed as { Card: { CardVendor: string | number } };
      const given = p.Card.CardVendor;
      const wire = typeof given === 'string' && Object.hasOwn(vendorValues, given) ? (vendorValues[given] as string | number) : given;
      return { body: { ...p, Card: { ...p.Card, CardVendor: wire } } };
    },
  };
  return out as unknown as Rows;
}
