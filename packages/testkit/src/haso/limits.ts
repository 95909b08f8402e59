import { simRandomHex } from '../frame/crypto.js';
import { HASO_SIM_DEFAULT_LIMIT_KURUS, HASO_SIM_KKB_REJECTED_TCKN, HASO_SIM_SUSPENDED_TCKN } from './declines.js';
import type { HasoSimContext, HasoSimHandler } from './simulator.js';
import { type HasoSimCustomer, type HasoSimKkbRequest, refuse } from './state.js';
import { type HasoSimBody, readText, readX100Int, readX100String, simTcknOk, tl } from './wire.js';

/** Limits the test switches grant, in kuruş (simulator choice: HASO does not publish them). E and F give 0. */
export const HASO_SIM_TEST_LIMITS: Readonly<Record<string, number>> = { A: 2_000_000, B: 1_500_000, C: 1_000_000, D: 500_000, E: 0, F: 0 };

const TEST_RESULTS = new Set(['A', 'B', 'C', 'D', 'E', 'F', 'RETRY']);

/** The `CustomerInfo` model as the simulator returns it (TL decimals). */
export function customerInfo(c: HasoSimCustomer) {
  return { CustomerId: c.customerId, CustomerLimit: tl(c.limitKurus), AvailableLimit: tl(c.limitKurus - c.usedKurus), Balance: tl(c.balanceKurus) };
}

function shopper(body: HasoSimBody) {
  const shopperName = readText(body, 'shopperName');
  const shopperSurname = readText(body, 'shopperSurname');
  const tckn = readText(body, 'tckn');
  const mobileNumber = readText(body, 'mobileNumber');
  const email = readText(body, 'email');
  if (!shopperName || !shopperSurname) throw refuse(undefined, 'shopperName ve shopperSurname zorunludur');
  if (!tckn || !simTcknOk(tckn)) throw refuse(undefined, 'tckn geçersiz');
  if (!mobileNumber || !/^5\d{9}$/.test(mobileNumber)) throw refuse(undefined, 'mobileNumber 10 haneli olmalıdır (5xxxxxxxxx)');
  if (!email?.includes('@')) throw refuse(undefined, 'email geçersiz');
  return { shopperName, shopperSurname, tckn, mobileNumber, email };
}

function findByTckn(ctx: HasoSimContext, tckn: string): HasoSimCustomer | undefined {
  for (const c of ctx.state.customers.values()) if (c.tckn === tckn) return c;
  return undefined;
}

function assertMobileFree(ctx: HasoSimContext, mobile: string, tckn: string): void {
  for (const c of ctx.state.customers.values())
    if (c.mobileNumber === mobile && c.tckn !== tckn) throw refuse(undefined, 'Bu GSM numarası başka bir müşteriye kayıtlı');
}

/** Approves a KKB request: creates or updates the customer with the limit. */
function approve(ctx: HasoSimContext, req: HasoSimKkbRequest, limitKurus: number) {
  let customer = findByTckn(ctx, req.shopper.tckn);
  if (!customer) {
    customer = {
      customerId: ctx.nextCustomerId(),
      ...req.shopper,
      limitKurus,
      usedKurus: 0,
      balanceKurus: 0,
      suspended: req.shopper.tckn === HASO_SIM_SUSPENDED_TCKN,
    };
    ctx.state.customers.set(customer.customerId, customer);
  } else {
    customer.limitKurus = limitKurus;
  }
  req.state = 'approved';
  req.customerId = customer.customerId;
  return { ReportReady: true, KkbRefNo: req.kkbRefNo, CustomerInfo: customerInfo(customer) };
}

/** The KKB report of this request is ready: the rejected test TCKN is refused (5.2.2 / 5.2.3: `Success=false`), any other approved. */
function decide(ctx: HasoSimContext, req: HasoSimKkbRequest, limitKurus: number) {
  if (req.shopper.tckn !== HASO_SIM_KKB_REJECTED_TCKN) return approve(ctx, req, limitKurus);
  req.state = 'rejected';
  throw refuse('H903', 'KKB raporu değerlendirildi, limit talebi reddedildi');
}

function pending(req: HasoSimKkbRequest) {
  req.state = 'pending';
  return { ReportReady: false, KkbRefNo: req.kkbRefNo, Message: 'KKB raporu henüz hazır değil' };
}

function kkbRequest(ctx: HasoSimContext, body: HasoSimBody): HasoSimKkbRequest {
  const ref = readText(body, 'kkbRefNo');
  const req = ref ? ctx.state.kkbRequests.get(ref) : undefined;
  if (!req) throw refuse(undefined, 'kkbRefNo bulunamadı');
  if (req.state === 'rejected') throw refuse('H903', 'Limit talebi reddedildi');
  return req;
}

function testResult(body: HasoSimBody, req: HasoSimKkbRequest): string | undefined {
  const t = body.testResult;
  if (t === undefined || t === null || t === '') return undefined;
  if (typeof t !== 'string' || !TEST_RESULTS.has(t)) throw refuse(undefined, 'testResult A, B, C, D, E, F ya da RETRY olmalıdır');
  return req.testOn ? t : undefined;
}

const pinOf = (ctx: HasoSimContext) => ctx.options.pinCode ?? String(Number.parseInt(simRandomHex(4), 16) % 1_000_000).padStart(6, '0');

/** 5.1, 5.2.1, 5.2.2, 5.2.3, 5.2.6. */
export const limitHandlers: Record<string, HasoSimHandler> = {
  '/Index/GetCustomerInformation': (body, ctx) => {
    const amount = readX100String(body, 'orderAmount');
    if (amount === undefined || amount <= 0) throw refuse(undefined, 'orderAmount 100 ile çarpılmış tam sayı olmalıdır');
    const id = readText(body, 'customerId');
    const customer = id ? ctx.state.customers.get(id) : undefined;
    const available = customer ? customer.limitKurus - customer.usedKurus : 0;
    return { CustomerInfo: customer ? customerInfo(customer) : null, orderAmount: tl(amount), LimitEnough: available >= amount };
  },

  '/RequestV2/HasoAuthSendInfo': (body, ctx) => {
    const s = shopper(body);
    assertMobileFree(ctx, s.mobileNumber, s.tckn);
    const predefined = body.PreDefinedLimit === undefined ? undefined : readX100Int(body, 'PreDefinedLimit');
    if (body.PreDefinedLimit !== undefined && predefined === undefined) throw refuse(undefined, 'PreDefinedLimit 100 ile çarpılmış tam sayı olmalıdır');
    const existing = findByTckn(ctx, s.tckn);
    if (existing && existing.limitKurus > 0 && !predefined) return { CustomerInfo: customerInfo(existing) };
    const req: HasoSimKkbRequest = {
      kkbRefNo: ctx.newId('KKB'),
      pinCode: pinOf(ctx),
      testOn: body.testOn === true || body.testOn === 'true',
      state: 'awaiting-pin',
      shopper: s,
      ...(predefined ? { predefinedLimitKurus: predefined } : {}),
    };
    ctx.state.kkbRequests.set(req.kkbRefNo, req);
    return { KkbRefNo: req.kkbRefNo };
  },

  '/RequestV2/SendKkbPinCode': (body, ctx) => {
    const req = kkbRequest(ctx, body);
    if (req.state === 'approved') throw refuse(undefined, 'Bu KKB talebi daha önce onaylandı');
    const t = testResult(body, req);
    if (t === undefined && readText(body, 'pinCode') !== req.pinCode) throw refuse('H905', 'Pin kodu hatalı');
    if (req.predefinedLimitKurus !== undefined) return approve(ctx, req, req.predefinedLimitKurus);
    if (t === 'RETRY') return pending(req);
    // A test switch decides the outcome itself (A–F approve, spec 5.2.2); without one the KKB report does.
    if (t) return approve(ctx, req, HASO_SIM_TEST_LIMITS[t] as number);
    return decide(ctx, req, ctx.options.defaultLimitKurus ?? HASO_SIM_DEFAULT_LIMIT_KURUS);
  },

  '/RequestV2/AskKkbReportResult': (body, ctx) => {
    const req = kkbRequest(ctx, body);
    if (req.state === 'awaiting-pin') throw refuse(undefined, 'KKB talebi pin kodu ile onaylanmadı');
    if (req.state === 'approved') {
      const c = ctx.state.customers.get(req.customerId as string) as HasoSimCustomer;
      return { ReportReady: true, KkbRefNo: req.kkbRefNo, CustomerInfo: customerInfo(c) };
    }
    const t = testResult(body, req);
    if (t === 'RETRY') return pending(req);
    if (t) return approve(ctx, req, HASO_SIM_TEST_LIMITS[t] as number);
    if (req.testOn) return approve(ctx, req, HASO_SIM_TEST_LIMITS.A as number);
    return decide(ctx, req, ctx.options.defaultLimitKurus ?? HASO_SIM_DEFAULT_LIMIT_KURUS);
  },

  '/RequestV2/SetLimitFromKds': (body, ctx) => {
    const s = shopper(body);
    const birthDate = readText(body, 'birthDate');
    const dealerSegment = readText(body, 'dealerSegment', 10);
    const kdsLimit = readX100Int(body, 'kdsLimit');
    if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) throw refuse(undefined, 'birthDate yyyy-mm-dd olmalıdır');
    if (!dealerSegment) throw refuse(undefined, 'dealerSegment zorunludur (en çok 10 karakter)');
    if (kdsLimit === undefined) throw refuse(undefined, 'kdsLimit 100 ile çarpılmış tam sayı olmalıdır');
    assertMobileFree(ctx, s.mobileNumber, s.tckn);
    let customer = findByTckn(ctx, s.tckn);
    // 5.2.6: refused for a customer with an overdue payment or a suspended one.
    if (customer?.suspended) throw refuse('H904', 'Askıya alınmış müşteriye limit verilemez');
    if (customer) {
      for (const t of ctx.state.transactions.values())
        if (t.customerId === customer.customerId && t.installments.some((i) => i.status === 3))
          throw refuse('H904', 'Gecikmiş ödemesi olan müşteriye limit verilemez');
      customer.limitKurus = kdsLimit;
    } else {
      const suspended = s.tckn === HASO_SIM_SUSPENDED_TCKN;
      customer = { customerId: ctx.nextCustomerId(), ...s, limitKurus: kdsLimit, usedKurus: 0, balanceKurus: 0, suspended };
      ctx.state.customers.set(customer.customerId, customer);
    }
    return { Message: 'RS100', CustomerInfo: customerInfo(customer) };
  },
};
