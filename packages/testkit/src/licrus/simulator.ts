import { simRandomHex } from '../frame/crypto.js';
import type { SimReply, SimRequest } from '../frame/http.js';
import { Simulator, type SimulatorOptions } from '../frame/simulator.js';
import { bindCardVendor, LICRUS_SIM_CARD_VENDORS } from './card-vendor.js';
import { type LicrusSimCatalogue, licrusSeedCatalogue } from './catalogue.js';
import { licrusSimDecline } from './declines.js';
import { info, licrusFail, licrusOk, modelStateInvalid, pick, simFormatTl, simLuhn, simMask, text, warning } from './wire.js';

/** A Licrus user (issued by the tenant's admin). */
export interface LicrusSimUser {
  /** Login name (`Name`). */
  name: string;
  /** Password (`Password`). */
  password: string;
}

/** The default simulator user. */
export const LICRUS_SIM_USER: LicrusSimUser = { name: 'ivr-entegrasyon', password: 'Ivr-Parola-2025' };

/**
 * Designated test cards: the `approved*` ones pay, the others are declined by the (simulated) bank with the texts of
 * `LICRUS_SIM_DECLINES`. Three declines speak of "yetkisiz", "oturum" and "session", as banks do: they are
 * refusals of the payment, and a client must not take them for an expired ticket. `LICRUS_DECLINE_CARDS` has a
 * declining card for each decline reason.
 */
export const LICRUS_SIM_CARDS = {
  /** Visa: paid. */
  approved: '4355084355084358',
  /** Mastercard: paid. */
  approvedMastercard: '5555555555554444',
  /** Troy: paid. */
  approvedTroy: '9792030000000000',
  /** Refused as `SIM-BNK0005` (do not honour). */
  declined: '4000000000000002',
  /** Refused as `SIM-BNK0051` (insufficient limit). */
  insufficientFunds: '5406675406675403',
  /** Refused as `SIM-BNK0057`: "Yetkisiz işlem…" (transaction not permitted). */
  unauthorisedTransaction: '4012888888881881',
  /** Refused as `SIM-BNK0082`: "Bankanın doğrulama oturumu zaman aşımına uğradı…". */
  bankSessionExpired: '5105105105105100',
  /** Refused as `SIM-BNK0083`: "Declined by issuer: authentication session expired…". */
  issuerSessionExpired: '4242424242424242',
} as const;

/** An approved order waiting for payment, with the payment request code Licrus created for it. */
export interface LicrusSimOrder {
  /** Licrus order id. */
  Id: number;
  /** Your ERP's order number, once `UpdateOrder` sets it. */
  ERPOrderNumber: string | null;
  /** When it was approved, `yyyy-MM-ddTHH:mm:ss` (UTC). */
  OrderDate: string;
  /** Order type (`GetApprovedOrders` takes 1 or 9; default 1). */
  OrderType: number;
  /** Order status: 2 approved, 3 cancelled; `UpdateOrder` may set 1–9. */
  Status: number;
  /** Service the order belongs to. */
  ServiceCode: string;
  /** Warehouse it ships from. */
  WarehouseCode: string;
  /** Free text. */
  Description: string;
  /** Delivery date, once `UpdateOrder` sets it. */
  DeliveryDate: string | null;
  /** Waybill (irsaliye) number, once `UpdateOrder` sets it. */
  WaybillNumber: string | null;
  /** Set by `UpdateOrder` to cancel (status becomes 3). */
  CancellationReason: string | null;
  /** Amount to collect, in kuruş (not on the documented wire: the code stands for it). */
  amountKurus: number;
  /** The 32-hex-digit code `Payment` takes (not on the documented order wire). */
  paymentRequestCode: string;
  /** A payment was accepted for the code (it works once). */
  paid: boolean;
}

/** A payment the simulator accepted. */
export interface LicrusSimPayment {
  /** The code paid. */
  paymentRequestCode: string;
  /** The order it paid. */
  orderId: number;
  /** Amount collected, in kuruş. */
  amountKurus: number;
  /** Name on the card. */
  cardHolderName: string;
  /** Card number masked as `435508******4358`. */
  maskedNumber: string;
  /** `CardVendor` as the tenant bound it: a member name (`Unknow` when left out), or the number sent as text. */
  cardVendor: string;
  /** ISO 8601 time, on the simulator's clock. */
  at: string;
}

/** Options of the Licrus simulator. */
export interface LicrusSimulatorOptions extends SimulatorOptions {
  /** Users that can log in (default `[LICRUS_SIM_USER]`). */
  users?: LicrusSimUser[];
  /** Ticket lifetime in ms (default 20 minutes; Licrus documents none). */
  ticketTtlMs?: number;
  /**
   * How an unknown or expired ticket is refused; Licrus documents neither. `http-401` (default): HTTP 401 with the
   * `HasError` envelope, the signal the SDK renews a ticket on. `envelope`: HTTP 200 with `HasError: true` and only the
   * message text to tell, which the SDK does not take for an expired ticket unless `isTicketInvalid` says so.
   */
  ticketRefusal?: 'http-401' | 'envelope';
  /**
   * The tenant's `PaymentCardVendor` members, name → number (default `{ Unknow: 0 }`, the only documented one). A name
   * outside them is refused with HTTP 400, as a .NET binder refuses an enum name it does not have.
   */
  cardVendors?: Readonly<Record<string, number>>;
}

const TICKET_REFUSED = 'AuthTicket geçersiz veya oturum süresi dolmuş. Lütfen tekrar Login olun.';

/**
 * A Licrus tenant: users and expiring tickets, approved orders with payment request codes, `Payment` that
 * succeeds once per code (bank declines for the declining `LICRUS_SIM_CARDS`; a `CardVendor` name the tenant's enum
 * does not have is refused with HTTP 400), and the other
 * Integration methods over a small catalogue. Answers are HTTP 200 envelopes; refusals carry `HasError: true`.
 * An unknown or expired ticket is refused with HTTP 401 by default (`ticketRefusal`). Simulator-made codes in
 * messages start with `SIM-`; `INT-PRD1001` reproduces the provider's published sample.
 *
 * @example
 * const sim = new LicrusSimulator();
 * const licrus = new Licrus({ baseUrl: 'https://tenant.example', ...LICRUS_SIM_USER, fetch: sim.fetch });
 * const order = sim.approveOrder({ amountKurus: 125_050 }); // the back office: 1,250.50 TL to collect
 * await licrus.payments.pay({
 *   PaymentRequestCode: order.paymentRequestCode,
 *   Card: { CardHolderName: 'AYSE YILMAZ', Number: LICRUS_SIM_CARDS.approved, ExpireMonth: 7, ExpireYear: 2030, SecurityCode: '123' },
 * });
 * sim.payments.length; // 1
 */
export class LicrusSimulator extends Simulator {
  /** Orders by id (`approveOrder` adds them). */
  readonly orders = new Map<number, LicrusSimOrder>();
  /** Payments accepted, in order. */
  readonly payments: LicrusSimPayment[] = [];
  /** Live `AuthTicket`s. */
  readonly tickets = new Map<
    string,
    {
      /** User the ticket was issued to. */
      user: string;
      /** Expiry on the simulator's clock, in ms since the epoch. */
      expiresAt: number;
    }
  >();
  /** Lookups and records the Integration methods read and write. */
  readonly catalogue: LicrusSimCatalogue = licrusSeedCatalogue();
  /** Rows received by `SavePriceList`. */
  readonly priceRows: Record<string, unknown>[] = [];
  /** Service forms, external calls and other records created, with their ids. */
  readonly calls: Record<string, unknown>[] = [];
  /** Successful and failed Login attempts. */
  logins = 0;
  private readonly users: LicrusSimUser[];
  private readonly ticketTtlMs: number;
  private readonly ticketRefusal: 'http-401' | 'envelope';
  private readonly cardVendors: Readonly<Record<string, number>>;
  private clockOffsetMs = 0;
  private nextOrderId = 1000;
  private nextCallId = 70000;

  constructor(options: LicrusSimulatorOptions = {}) {
    super('licrus', options);
    this.users = options.users ?? [LICRUS_SIM_USER];
    this.ticketTtlMs = options.ticketTtlMs ?? 20 * 60_000;
    this.ticketRefusal = options.ticketRefusal ?? 'http-401';
    this.cardVendors = options.cardVendors ?? LICRUS_SIM_CARD_VENDORS;
    this.route('POST', '/api/EAM/login', (r) => this.login(r));
    const t = (path: string, handler: (body: unknown) => SimReply) => this.route('POST', path, (r) => this.ticketed(r, handler));
    t('/api/ERP/Payment', (b) => this.pay(b));
    t('/api/ERP/GetApprovedOrders', (b) => this.approvedOrders(b));
    t('/api/ERP/UpdateOrder', (b) => this.updateOrder(b));
    t('/api/ERP/ImportProductSerialNumbers', (b) => this.importSerials(b));
    t('/api/ERP/GetProductSerialNumbers', (b) => this.listSerials(b));
    t('/api/ERP/SavePartner', (b) => this.upsert(this.catalogue.partners, pick(b, 'Entity'), 'SavePartner'));
    t('/api/ERP/GetPartner', (b) => this.listPartners(b));
    t('/api/ERP/SaveProduct', (b) => this.saveProduct(b));
    t('/api/ERP/GetProduct', (b) => this.byCode(this.catalogue.products, b));
    t('/api/ERP/SavePart', (b) => this.saveParts(b));
    t('/api/ERP/GetPart', (b) => this.byCode(this.catalogue.parts, b));
    t('/api/ERP/SavePriceList', (b) => this.savePriceList(b));
    t('/api/ERP/GetLaborCostByQuote', (b) => this.laborCost(b));
    t('/api/ERP/SendParameter', () => licrusOk({ Results: [{ Table: 'ProductGroup', Rows: this.catalogue.productGroups }] }));
    t('/OperationForms/ServiceForm/Create', (b) => this.createServiceForm(b));
    t('/address/City/GetAll', () => licrusOk({ Results: this.catalogue.cities }));
    t('/address/District/GetByCityId', (b) => this.districts(b));
    t('/ProductCatalog/ProductGroup/GetMainGroups', () => licrusOk({ Results: this.catalogue.productGroups.filter((g) => g.IsActive) }));
    t('/external/WebSite/GetCities', () => licrusOk({ Results: this.catalogue.cities }));
    t('/external/WebSite/GetServices', (b) => this.websiteServices(b));
    t('/external/WebSite/GetProductGroups', () => licrusOk({ Results: this.catalogue.productGroups }));
    t('/ExternalCall/Create', (b) => this.externalCall(b));
    t('/api/ExtendedWarrantyModules/GetCustomer', (b) => this.customers(b));
    t('/api/LaborPackage/save', (b) => this.created(b, 'Entity', ['Name', 'Code'], 'İşçilik paketi kaydedildi.'));
    t('/api/WorkOrder/createWallBoxWorkOrder', (b) => this.created(b, 'FreeEntity', ['BranchCode', 'VIN', 'CustomerNo'], 'WallBox iş emri oluşturuldu.'));
    t('/api/Serzat/SerzatOrderIdUpdate', (b) => this.created(b, 'Filter', ['OrderNo', 'BranchCode'], 'Sipariş numarası güncellendi.'));
    t('/api/GenericReport/load', (b) => this.report(b));
  }

  /** The simulator's clock (real time plus `advance()`). */
  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /** Moves the clock forward, e.g. past the ticket lifetime. */
  advance(ms: number): this {
    this.clockOffsetMs += ms;
    return this;
  }

  /** Ends every session, as if the server restarted. */
  expireAllTickets(): this {
    this.tickets.clear();
    return this;
  }

  /** Back office: an order approved for collection, and the payment request code Licrus creates for it. */
  approveOrder(input: { amountKurus: number; description?: string; orderType?: number }): LicrusSimOrder {
    if (!Number.isSafeInteger(input.amountKurus) || input.amountKurus <= 0) throw new Error('amountKurus must be a positive integer');
    const Id = ++this.nextOrderId;
    const order: LicrusSimOrder = {
      Id,
      ERPOrderNumber: null,
      OrderDate: new Date(this.now()).toISOString().slice(0, 19),
      OrderType: input.orderType ?? 1,
      Status: 2,
      ServiceCode: 'SRV-KDK',
      WarehouseCode: 'MRK',
      Description: input.description ?? 'Ek garanti satışı',
      DeliveryDate: null,
      WaybillNumber: null,
      CancellationReason: null,
      amountKurus: input.amountKurus,
      paymentRequestCode: simRandomHex(16),
      paid: false,
    };
    this.orders.set(Id, order);
    return order;
  }

  private login(r: SimRequest): SimReply {
    this.logins++;
    const name = text(r.json, 'Name');
    const password = text(r.json, 'Password');
    const user = this.users.find((u) => u.name === name && u.password === password);
    // The documented refusal of wrong credentials: IsAuthenticated false and no message (spec §3, "Kullanıcı bilgileri
    // hatalı" in the sample's comment). HTTP 200, since the envelope is answered like any other.
    if (!user) return licrusOk({ IsAuthenticated: false, User: null });
    const AuthTicket = simRandomHex(16);
    this.tickets.set(AuthTicket, { user: user.name, expiresAt: this.now() + this.ticketTtlMs });
    return licrusOk({ IsAuthenticated: true, User: { Name: user.name, AuthTicket } });
  }

  private ticketed(r: SimRequest, handler: (body: unknown) => SimReply): SimReply {
    if (typeof r.json !== 'object' || r.json === null) throw licrusFail('İstek gövdesi JSON olmalıdır.');
    const ticket = text(r.json, 'AuthTicket');
    const session = ticket ? this.tickets.get(ticket) : undefined;
    if (!ticket || !session || session.expiresAt <= this.now()) {
      if (ticket) this.tickets.delete(ticket);
      throw licrusFail(TICKET_REFUSED, [], {}, this.ticketRefusal === 'http-401' ? 401 : 200);
    }
    return handler(r.json);
  }

  private pay(b: unknown): SimReply {
    // Binding runs before the method: a CardVendor the enum cannot hold never reaches the payment.
    const vendor = bindCardVendor(pick(pick(b, 'Card'), 'CardVendor'), this.cardVendors);
    if (!vendor.ok) throw modelStateInvalid({ 'request.Card.CardVendor': [vendor.message] });
    const code = text(b, 'PaymentRequestCode');
    if (!code || !/^[0-9a-f]{32}$/i.test(code)) throw licrusFail('SIM-PAY1000: Ödeme talep kodu geçersiz.');
    const order = [...this.orders.values()].find((o) => o.paymentRequestCode === code.toLowerCase());
    if (!order) throw licrusFail('SIM-PAY1001: Ödeme talep kodu bulunamadı.');
    if (order.paid) throw licrusFail(`SIM-PAY1002: ${code} ödeme talep kodu ile daha önce ödeme alınmış.`);
    const card = pick(b, 'Card');
    const number = text(card, 'Number') ?? '';
    const holder = text(card, 'CardHolderName');
    const month = pick(card, 'ExpireMonth');
    const year = pick(card, 'ExpireYear');
    const cvc = text(card, 'SecurityCode') ?? '';
    if (!holder) throw licrusFail('SIM-PAY1003: Kart sahibi adı zorunludur.');
    if (!simLuhn(number)) throw licrusFail('SIM-PAY1004: Kart numarası geçersiz.');
    if (!Number.isInteger(month) || (month as number) < 1 || (month as number) > 12) throw licrusFail('SIM-PAY1005: Son kullanma ayı geçersiz.');
    if (!Number.isInteger(year) || (year as number) < 2000 || (year as number) > 2099) throw licrusFail('SIM-PAY1006: Son kullanma yılı geçersiz.');
    const now = new Date(this.now());
    if ((year as number) * 12 + (month as number) < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) throw licrusFail('SIM-PAY1007: Kartın süresi dolmuş.');
    if (!/^\d{3,4}$/.test(cvc)) throw licrusFail('SIM-PAY1008: Güvenlik kodu geçersiz.');
    const decline = licrusSimDecline(number);
    if (decline) throw licrusFail(decline);
    order.paid = true;
    this.payments.push({
      paymentRequestCode: order.paymentRequestCode,
      orderId: order.Id,
      amountKurus: order.amountKurus,
      cardHolderName: holder,
      maskedNumber: simMask(number),
      cardVendor: vendor.vendor,
      at: new Date(this.now()).toISOString(),
    });
    return licrusOk({}, [info(`Ödeme alındı. Sipariş ${order.Id}, tutar ${simFormatTl(order.amountKurus)} TL.`)]);
  }

  private approvedOrders(b: unknown): SimReply {
    const type = pick(b, 'OrderType');
    if (type !== 1 && type !== 9) throw licrusFail('SIM-ORD1000: OrderType geçersiz.');
    const Results = [...this.orders.values()].filter((o) => o.OrderType === type && o.Status === 2).map(publicOrder);
    return licrusOk({ Results, Count: Results.length });
  }

  private updateOrder(b: unknown): SimReply {
    const e = pick(b, 'Entity');
    const id = pick(e, 'Id');
    const order = typeof id === 'number' ? this.orders.get(id) : undefined;
    if (!order) throw licrusFail(`SIM-ORD1001: ${String(id)} numaralı sipariş bulunamadı.`);
    const status = pick(e, 'Status');
    if (status !== undefined && (!Number.isInteger(status) || (status as number) < 1 || (status as number) > 9))
      throw licrusFail('SIM-ORD1002: Sipariş durumu geçersiz.');
    for (const k of ['ERPOrderNumber', 'WaybillNumber', 'DeliveryDate', 'CancellationReason'] as const) {
      const v = text(e, k);
      if (v !== undefined) order[k] = v;
    }
    if (typeof status === 'number') order.Status = status;
    if (order.CancellationReason) order.Status = 3;
    return licrusOk({ Entity: publicOrder(order) }, [info(`${order.Id} numaralı sipariş güncellendi.`)]);
  }

  private importSerials(b: unknown): SimReply {
    const list = pick(b, 'List');
    if (!Array.isArray(list) || list.length === 0) throw licrusFail('SIM-SN1000: List boş olamaz.');
    const ignored: string[] = [];
    for (const item of list) {
      const sn = text(item, 'SerialNumber');
      if (!sn || this.catalogue.devices.some((d) => d.SerialNumber === sn)) ignored.push(sn ?? '(boş)');
      else this.catalogue.devices.push({ ...(item as object), WarrantyStartDate: null });
    }
    const messages = ignored.map((sn) => warning(`SIM-SN1001: ${sn} seri numarası zaten kayıtlı, atlandı.`));
    return licrusOk({ HasIgnoredSerials: ignored.length > 0 }, messages);
  }

  private listSerials(b: unknown): SimReply {
    const since = Date.parse(String(pick(pick(b, 'Filter'), 'ReferenceDateTime')));
    if (Number.isNaN(since)) throw licrusFail('SIM-SN1002: ReferenceDateTime geçersiz.');
    return licrusOk({ Results: this.catalogue.devices.filter((d) => typeof d.WarrantyStartDate === 'string' && Date.parse(d.WarrantyStartDate) >= since) });
  }

  private listPartners(b: unknown): SimReply {
    const type = pick(pick(b, 'Filter'), 'AgreementType');
    return licrusOk({ Results: this.catalogue.partners.filter((p) => type === undefined || p.AgreementType === type) });
  }

  private upsert(list: Record<string, unknown>[], entity: unknown, what: string): SimReply {
    const code = text(entity, 'Code');
    if (!code || !text(entity, 'Name')) throw licrusFail(`SIM-${what.toUpperCase().slice(0, 6)}1000: Code ve Name zorunludur.`);
    const i = list.findIndex((x) => x.Code === code);
    if (i >= 0) list[i] = { ...list[i], ...(entity as object) };
    else list.push({ ...(entity as object) });
    return licrusOk({ Entity: true }, [info(`${code} kaydedildi.`)]);
  }

  private saveProduct(b: unknown): SimReply {
    const entity = pick(b, 'Entity');
    const code = text(entity, 'Code');
    const existing = this.catalogue.products.find((p) => p.Code === code);
    // The provider's published sample refusal.
    if (existing?.IsActive === true) throw licrusFail(`INT-PRD1001:${code} Kodlu ürün aktif bir ürün olduğu için, Licrus ürün bilgileri güncellenmedi.`);
    return this.upsert(this.catalogue.products, entity, 'SaveProduct');
  }

  private saveParts(b: unknown): SimReply {
    const list = pick(b, 'EntityList');
    const items = Array.isArray(list) ? list : [pick(b, 'Entity')];
    const failed: string[] = [];
    const saved: string[] = [];
    for (const item of items) {
      try {
        this.upsert(this.catalogue.parts, item, 'SavePart');
        saved.push(String(text(item, 'Code')));
      } catch {
        failed.push(String(text(item, 'Code') ?? '(kodsuz)'));
      }
    }
    const ok = saved.map((c) => info(`${c} kodlu parça kaydedildi.`));
    if (failed.length) throw licrusFail(`SIM-PRT1000: ${failed.join(', ')} kaydedilemedi.`, ok);
    return licrusOk({ Entity: true }, ok);
  }

  private byCode(list: Record<string, unknown>[], b: unknown): SimReply {
    const code = text(pick(b, 'Filter'), 'Code');
    return licrusOk({ Results: list.filter((x) => code === undefined || x.Code === code) });
  }

  private savePriceList(b: unknown): SimReply {
    const rows = pick(b, 'EntityPriceList');
    if (!Array.isArray(rows) || rows.length === 0) throw licrusFail('SIM-PRC1000: EntityPriceList boş olamaz.');
    for (const row of rows) {
      const price = pick(row, 'Price');
      // Two decimals at most, checked on the number as sent.
      if (typeof price !== 'number' || !Number.isFinite(price) || !/^-?\d+(\.\d{1,2})?$/.test(String(price)))
        throw licrusFail(`SIM-PRC1001: ${String(text(row, 'Code'))} için fiyat geçersiz: ${String(price)}`);
      if (![1, 3, 6, 7, 8].includes(pick(row, 'CircularType') as number)) throw licrusFail('SIM-PRC1002: CircularType geçersiz.');
    }
    this.priceRows.push(...(rows as Record<string, unknown>[]));
    return licrusOk({}, [info(`${rows.length} fiyat satırı kaydedildi.`)]);
  }

  private laborCost(b: unknown): SimReply {
    const id = pick(b, 'ProgressPaymnetId');
    if (typeof id !== 'number') throw licrusFail('SIM-LBR1000: ProgressPaymnetId zorunludur.');
    return licrusOk({ Entity: { ProgressPaymentId: id, LaborCost: 850.25, Quotes: [{ Code: 'ISC-01', Quantity: 1, Price: 850.25 }] } });
  }

  private createServiceForm(b: unknown): SimReply {
    const entity = pick(b, 'Entity') ?? pick(b, 'Form');
    if (typeof entity !== 'object' || entity === null) throw licrusFail('SIM-SRV1000: Entity veya Form zorunludur.');
    const Id = ++this.nextCallId;
    this.calls.push({ Id, ...(entity as object) });
    return licrusOk({ Id }, [info(`${Id} numaralı çağrı oluşturuldu.`)]);
  }

  private districts(b: unknown): SimReply {
    const cityId = pick(b, 'CityId');
    if (typeof cityId !== 'number') throw licrusFail('SIM-ADR1000: CityId zorunludur.');
    return licrusOk({ Results: this.catalogue.districts.filter((d) => d.CityId === cityId) });
  }

  private websiteServices(b: unknown): SimReply {
    const city = pick(b, 'CityId');
    const district = pick(b, 'DistrictId');
    const group = pick(b, 'ProductGroupId');
    const Results = this.catalogue.services.filter(
      (s) => s.CityId === city && (district === undefined || s.DistrictId === district) && (group === undefined || s.ProductGroupIds.includes(group as number)),
    );
    return licrusOk({ Results });
  }

  private externalCall(b: unknown): SimReply {
    const missing = ['CustomerFullName', 'CustomerMobilePhone', 'CustomerCity', 'CustomerDistrict', 'CustomerAddress'].filter((k) => !text(b, k));
    if (missing.length) throw licrusFail(`SIM-EXT1000: Zorunlu alanlar eksik: ${missing.join(', ')}`);
    const Id = ++this.nextCallId;
    this.calls.push({ Id, ...(b as object), AuthTicket: undefined });
    return licrusOk({}, [info(`Çağrı kaydınız oluşturuldu. Çağrı No: ${Id}`)]);
  }

  private customers(b: unknown): SimReply {
    const filter = pick(b, 'Filter');
    const entries = typeof filter === 'object' && filter !== null ? Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && v !== '') : [];
    return licrusOk({ Results: this.catalogue.customers.filter((c) => entries.every(([k, v]) => c[k] === undefined || c[k] === v)) });
  }

  private created(b: unknown, holder: string, required: string[], message: string): SimReply {
    const obj = pick(b, holder);
    const missing = required.filter((k) => !text(obj, k));
    if (missing.length) throw licrusFail(`SIM-GEN1000: ${holder} içinde eksik alanlar: ${missing.join(', ')}`);
    const Id = ++this.nextCallId;
    return licrusOk({ Id, Entity: { Id } }, [info(message)]);
  }

  private report(b: unknown): SimReply {
    if (!text(pick(b, 'FreeEntity'), 'Guid')) throw licrusFail('SIM-RPT1000: Rapor Guid zorunludur.');
    const Results = this.calls.map((c) => ({ CallId: c.Id }));
    return licrusOk({ Results, Summary: { Count: Results.length }, Meta: null });
  }
}

function publicOrder(o: LicrusSimOrder) {
  const { amountKurus: _a, paymentRequestCode: _c, paid: _p, ...documented } = o;
  return documented;
}
