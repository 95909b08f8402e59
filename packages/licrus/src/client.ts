import { bindOperations, ConfigurationError, type OperationCaller } from '@odeme/core';
import { type CallerContext, callLicrus } from './caller.js';
import { licrusLogin } from './login.js';
import type { PartsMethods, PriceListsMethods, ProductsMethods } from './methods/catalogue.js';
import type { AddressesMethods, ExtendedWarrantyMethods, ProductGroupsMethods, ReportsMethods, WebsiteMethods } from './methods/lookups.js';
import type { OrdersMethods } from './methods/orders.js';
import type { PartnersMethods } from './methods/partners.js';
import type { PaymentsMethods } from './methods/payments.js';
import type { SerialNumbersMethods } from './methods/serial-numbers.js';
import type {
  LaborCostsMethods,
  LaborPackagesMethods,
  ParametersMethods,
  ServiceRequestsMethods,
  WebFormsMethods,
  WorkOrdersMethods,
} from './methods/service.js';
import type { LicrusOperation } from './operations/define.js';
import { type LicrusOperations, licrusOperations } from './operations/index.js';
import type { LicrusOptions } from './options.js';
import { DEFAULT_PATHS, type LicrusOperationId } from './paths.js';
import { TicketSession } from './session.js';
import { defaultIsTicketInvalid, ticketRefused } from './ticket-errors.js';
import { createLicrusTransport } from './transport.js';

type Rows = LicrusOperations;

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
  readonly payments: PaymentsMethods;
  /** GetApprovedOrders and UpdateOrder. */
  readonly orders: OrdersMethods;
  /** ImportProductSerialNumbers and GetProductSerialNumbers. */
  readonly serialNumbers: SerialNumbersMethods;
  /** SavePartner and GetPartner. */
  readonly partners: PartnersMethods;
  /** SaveProduct and GetProduct. */
  readonly products: ProductsMethods;
  /** SavePart and GetPart (spare parts). */
  readonly parts: PartsMethods;
  /** SavePriceList. */
  readonly priceLists: PriceListsMethods;
  /** GetLaborCostByQuote. */
  readonly laborCosts: LaborCostsMethods;
  /** SendParameter. */
  readonly parameters: ParametersMethods;
  /** EAM service requests and first-start calls (ServiceForm/Create). */
  readonly serviceRequests: ServiceRequestsMethods;
  /** Cities and districts. */
  readonly addresses: AddressesMethods;
  /** Product main groups. */
  readonly productGroups: ProductGroupsMethods;
  /** Web-site lookups: cities, service points, product groups. */
  readonly website: WebsiteMethods;
  /** Web form calls (ExternalCall/Create). */
  readonly webForms: WebFormsMethods;
  /** Extended warranty customer lookup. */
  readonly extendedWarranty: ExtendedWarrantyMethods;
  /** Labour packages. */
  readonly laborPackages: LaborPackagesMethods;
  /** WallBox work orders and the Serzat order id update. */
  readonly workOrders: WorkOrdersMethods;
  /** PowerBI generic reports. */
  readonly reports: ReportsMethods;

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
    const loginOnce = hasLogin ? (signal: AbortSignal) => licrusLogin(transport, credentials, { signal }, this.rows.auth.login) : undefined;
    const session = new TicketSession(loginOnce, {
      staticTicket: o.authTicket,
      lifetimeMs,
      // The replaced ticket leaves this client's secrets, so the set does not grow with every login.
      onReplace: (_next, previous) => transport.removeSecret(previous),
    });
    const test = o.isTicketInvalid ?? defaultIsTicketInvalid;
    this.ctx = { transport, session, ticketRefused: (e) => ticketRefused(test, e), log: transport.log, totalTimeout: o.totalTimeout };

    // Every group is its rows bound to a caller that adds the session's ticket first.
    const ctx = this.ctx;
    const caller: OperationCaller = { call: (op, input, callOptions) => callLicrus(ctx, op, input, callOptions) };
    const r = this.rows;
    this.payments = bindOperations<Rows['payments'], PaymentsMethods>(caller, r.payments);
    this.orders = bindOperations<Rows['orders'], OrdersMethods>(caller, r.orders);
    this.serialNumbers = bindOperations<Rows['serialNumbers'], SerialNumbersMethods>(caller, r.serialNumbers);
    this.partners = bindOperations<Rows['partners'], PartnersMethods>(caller, r.partners);
    this.products = bindOperations<Rows['products'], ProductsMethods>(caller, r.products);
    this.parts = bindOperations<Rows['parts'], PartsMethods>(caller, r.parts);
    this.priceLists = bindOperations<Rows['priceLists'], PriceListsMethods>(caller, r.priceLists);
    this.laborCosts = bindOperations<Rows['laborCosts'], LaborCostsMethods>(caller, r.laborCosts);
    this.parameters = bindOperations<Rows['parameters'], ParametersMethods>(caller, r.parameters);
    this.serviceRequests = bindOperations<Rows['serviceRequests'], ServiceRequestsMethods>(caller, r.serviceRequests);
    this.addresses = bindOperations<Rows['addresses'], AddressesMethods>(caller, r.addresses);
    this.productGroups = bindOperations<Rows['productGroups'], ProductGroupsMethods>(caller, r.productGroups);
    this.website = bindOperations<Rows['website'], WebsiteMethods>(caller, r.website);
    this.webForms = bindOperations<Rows['webForms'], WebFormsMethods>(caller, r.webForms);
    this.extendedWarranty = bindOperations<Rows['extendedWarranty'], ExtendedWarrantyMethods>(caller, r.extendedWarranty);
    this.laborPackages = bindOperations<Rows['laborPackages'], LaborPackagesMethods>(caller, r.laborPackages);
    this.workOrders = bindOperations<Rows['workOrders'], WorkOrdersMethods>(caller, r.workOrders);
    this.reports = bindOperations<Rows['reports'], ReportsMethods>(caller, r.reports);
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
  const withPath = (row: LicrusOperation): LicrusOperation => ({ ...row, path: paths[row.id as LicrusOperationId] ?? row.path });
  const out: Record<string, Record<string, LicrusOperation>> = {};
  for (const [group, rows] of Object.entries(licrusOperations) as [string, Record<string, LicrusOperation>][]) {
    out[group] = Object.fromEntries(Object.entries(rows).map(([name, row]) => [name, withPath(row)]));
  }
  const vendorValues = checkVendorValues(o.cardVendorValues);
  const payments = out.payments as Record<string, LicrusOperation>;
  const pay = payments.pay as LicrusOperation;
  payments.pay = {
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
