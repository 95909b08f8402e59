import { type CallOptions, ConfigurationError, type OperationInput, type OperationOutput, registerSecret, Transport } from '@odeme/core';
import { type CallerContext, callLicrus } from './caller.js';
import type { PaymentCardVendorName } from './card-vendor.js';
import { DEFAULT_ENVELOPE_SETTINGS, type EnvelopeSettings, LicrusError, unwrapEnvelope } from './envelope.js';
import { licrusOperations } from './operations/index.js';
import type { LicrusOperation } from './operations/define.js';
import type { LicrusOptions } from './options.js';
import { DEFAULT_PATHS, type LicrusOperationId } from './paths.js';
import { TicketSession } from './session.js';
import { defaultIsTicketInvalid, ticketRefused } from './ticket-errors.js';

type Rows = typeof licrusOperations;
/** A client method over one row: input optional when every field of the row's request is. */
export type LicrusMethod<O extends LicrusOperation> =
  Record<string, never> extends OperationInput<O>
    ? (input?: OperationInput<O>, options?: CallOptions) => Promise<OperationOutput<O>>
    : (input: OperationInput<O>, options?: CallOptions) => Promise<OperationOutput<O>>;

/**
 * Client of a Licrus (ONEROV) tenant's Integration service: Login tickets, the Online Ödeme `Payment` method
 * and the documented integration methods, each a JSON POST with the `AuthTicket` in the body.
 *
 * ```ts
 * const licrus = new Licrus({ baseUrl: 'https://tenant-api.licrus.com', name: 'ivr', password: '…' });
 * await licrus.payments.pay({ PaymentRequestCode, Card: { CardHolderName, Number, ExpireMonth: 7, ExpireYear: 2030, SecurityCode } });
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
    const baseUrl = checkBaseUrl(o.baseUrl);
    const hasLogin = Boolean(o.name && o.password);
    if (!hasLogin && !o.authTicket)
      throw new ConfigurationError('licrus: give name and password (Login), or the static authTicket Licrus issued', { provider: 'licrus' });
    this.rows = configureRows(o);
    const settings: EnvelopeSettings = {
      messageTypes: { ...DEFAULT_ENVELOPE_SETTINGS.messageTypes, ...o.messageTypes },
      codePattern: o.codePattern ?? DEFAULT_ENVELOPE_SETTINGS.codePattern,
    };
    const transport = new Transport(
      {
        provider: 'licrus',
        holdsSecrets: true,
        secrets: [o.password, o.authTicket],
        baseUrl: () => baseUrl,
        bodyFormat: 'json',
        unwrap: (raw) => unwrapEnvelope(raw, settings),
      },
      o,
    );
    const loginOnce = hasLogin ? () => this.loginWith(transport, o.name as string, o.password as string) : undefined;
    const test = o.isTicketInvalid ?? defaultIsTicketInvalid;
    this.ctx = { transport, session: new TicketSession(loginOnce, o.authTicket), ticketRefused: (e) => ticketRefused(test, e), log: transport.log };

    const r = this.rows;
    this.payments = { pay: this.method(r.pay) };
    this.orders = { listApproved: this.method(r.listApprovedOrders), update: this.method(r.updateOrder) };
    this.serialNumbers = { import: this.method(r.importSerialNumbers), list: this.method(r.listSerialNumbers) };
    this.partners = { save: this.method(r.savePartner), list: this.method(r.listPartners) };
    this.products = { save: this.method(r.saveProduct), list: this.method(r.listProducts) };
    this.parts = { save: this.method(r.savePart), list: this.method(r.listParts) };
    this.priceLists = { save: this.method(r.savePriceList) };
    this.laborCosts = { getByQuote: this.method(r.laborCostByQuote) };
    this.parameters = { send: this.method(r.sendParameter) };
    this.serviceRequests = { createEam: this.method(r.createEamServiceRequest), createFirstStart: this.method(r.createFirstStartCall) };
    this.addresses = { cities: this.method(r.cities), districts: this.method(r.districts) };
    this.productGroups = { mainGroups: this.method(r.mainGroups) };
    this.website = { cities: this.method(r.websiteCities), services: this.method(r.websiteServices), productGroups: this.method(r.websiteProductGroups) };
    this.webForms = { createCall: this.method(r.createWebFormCall) };
    this.extendedWarranty = { getCustomer: this.method(r.extendedWarrantyCustomer) };
    this.laborPackages = { save: this.method(r.saveLaborPackage) };
    this.workOrders = { createWallBox: this.method(r.createWallBoxWorkOrder), updateSerzatOrderId: this.method(r.updateSerzatOrderId) };
    this.reports = { load: this.method(r.loadReport) };
  }

  /**
   * Logs in now and returns the new `AuthTicket` (calls log in by themselves when needed; this is for warming
   * up or checking credentials). Concurrent logins are shared. A wrong password is a `LicrusError`.
   */
  login(): Promise<string> {
    return this.ctx.session.refresh();
  }

  private method<O extends LicrusOperation>(row: O): LicrusMethod<O> {
    return ((input?: unknown, options?: CallOptions) => callLicrus(this.ctx, row, input ?? {}, options)) as LicrusMethod<O>;
  }

  private async loginWith(transport: Transport, name: string, password: string): Promise<string> {
    const res = await transport.call(this.rows.login, { Name: name, Password: password });
    const ticket = res.User?.AuthTicket;
    if (res.IsAuthenticated !== true || !ticket) {
      // The docs: IsAuthenticated false without a message means the user name or password is wrong.
      const texts = res.MessageList.map((m) => m.Message).filter(Boolean);
      throw new LicrusError(`Licrus login refused${texts.length ? `: ${texts.join(' | ')}` : ': the user name or password is wrong'}`, {
        provider: 'licrus',
        operation: this.rows.login.id,
        providerMessage: texts.join(' | ') || 'IsAuthenticated is false',
        details: { messages: res.MessageList, codes: [] },
        messages: res.MessageList,
        codes: [],
      });
    }
    registerSecret(ticket);
    return ticket;
  }
}

function checkBaseUrl(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new ConfigurationError('licrus: baseUrl is required (the tenant API root Licrus gave you); there is no public default', { provider: 'licrus' });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`licrus: baseUrl "${value}" is not a URL`, { provider: 'licrus' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigurationError('licrus: baseUrl must be http(s)', { provider: 'licrus' });
  return value.replace(/\/+$/, '');
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
  const vendorValues = o.cardVendorValues ?? {};
  const pay = out.pay as LicrusOperation;
  out.pay = {
    ...pay,
    encode: (parsed: unknown) => {
      const p = parsed as { Card: { CardVendor: string | number } };
      const wire = vendorValues[p.Card.CardVendor as PaymentCardVendorName] ?? p.Card.CardVendor;
      return { body: { ...p, Card: { ...p.Card, CardVendor: wire } } };
    },
  };
  return out as unknown as Rows;
}
