import type { SimRequest } from '../frame/http.js';
import { caseless, plainJson } from './caseless.js';
import { checkCustomer, checkDetail, checkPlainCard, checkProducts, isInt, isObj, str } from './checks.js';
import { findSimBin, PAYWALL_SIM_DECLINES, PAYWALL_SIM_INSTALLMENT_RATES, simBinFields } from './data.js';
import { errorBlock, fail, ok } from './envelope.js';
import { simKurus, simPercentOf, simTl } from './money.js';
import { API, type PayWallSimulator } from './simulator.js';
import type { PayWallSimPayment, PayWallSimStoredCard } from './state.js';

type Obj = Record<string, unknown>;
type Kind = { threeD: boolean; model: boolean; insurance: boolean };

/** What `GET payment/version` answers. */
export const PAYWALL_SIM_VERSION = 'paywall-simulator-1';

// The tempcard fields kept (under the docs' names, whatever casing they came in).
const TEMP_CARD_FIELDS = ['CardOwnerName', 'CardNumber', 'CardCvv', 'CardExpiryMonth', 'CardExpiryYear', 'CardNoFirst', 'CardNoLast', 'IdentityNumber'];

/** The installments a card allows: debit cards pay in one, unknown BINs like credit cards. */
export function allowedInstallments(cardDigits: string): number[] {
  const b = findSimBin(cardDigits);
  if (b?.data.typeId === 2) return [1];
  return PAYWALL_SIM_INSTALLMENT_RATES.map((r) => r.installment);
}

function resolveCard(sim: PayWallSimulator, card: unknown, insurance: boolean): PayWallSimPayment['card'] {
  if (!isObj(card)) throw fail(18, 'Unexpected card detail');
  const code = str(card.UniqueCode);
  if (code) {
    const found = sim.findCard(code, insurance);
    if (found.stale) throw fail(21, 'Stored card UniqueCode is invalid (it was rotated: list the cards again)');
    if (!found.card) throw fail(22, 'Stored card not found');
    const c = found.card;
    return { number: c.number, ownerName: c.holderName, expireMonth: String(c.month), expireYear: String(c.year), insurance };
  }
  const temp = str(card.TempCardToken);
  if (temp) {
    const t = sim.tempCards.get(temp);
    if (!t || t.expiresAt < sim.now().getTime()) throw fail(18, 'TempCardToken is unknown or expired');
    const c = t.card;
    if (c.CardType === 2)
      return { number: `${str(c.CardNoFirst)}${str(c.CardNoLast)}`, ownerName: str(c.CardOwnerName), expireMonth: '', expireYear: '', insurance: true };
    return {
      number: str(c.CardNumber),
      ownerName: str(c.CardOwnerName),
      expireMonth: str(c.CardExpiryMonth),
      expireYear: str(c.CardExpiryYear),
      insurance: false,
    };
  }
  if (!insurance) return { ...checkPlainCard(card, sim.now()), insurance: false };
  const owner = str(card.OwnerName);
  if (owner.length === 0 || owner.length > 60) throw fail(13, 'Unexpected card holder');
  if (!/^(\d{6}|\d{8})$/.test(str(card.CardNoFirst)) || !/^\d{4}$/.test(str(card.CardNoLast))) throw fail(14, 'Unexpected card number');
  if (!str(card.IdentityNumber)) throw fail(18, 'IdentityNumber is required for an insurance card');
  const month = Number(card.ExpireMonth);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw fail(15, 'Unexpected expiry month');
  if (!Number.isInteger(Number(card.ExpireYear))) throw fail(16, 'Unexpected expiry year');
  return {
    number: `${str(card.CardNoFirst)}${str(card.CardNoLast)}`,
    ownerName: owner,
    expireMonth: String(card.ExpireMonth),
    expireYear: String(card.ExpireYear),
    insurance: true,
  };
}

/** Stores the payment's card in CardWall (after success, when `CardSave.Save` was asked for). */
export function saveCardOf(sim: PayWallSimulator, p: PayWallSimPayment): void {
  if (!p.cardSave || p.card.insurance) return;
  const n = p.card.number;
  const stored: PayWallSimStoredCard = {
    id: sim.nextId(),
    insurance: false,
    relational: [p.cardSave.RelationalId1, p.cardSave.RelationalId2 ?? '', p.cardSave.RelationalId3 ?? ''],
    partnerIdentity: undefined,
    nickname: p.cardSave.Nickname ?? '',
    holderName: p.card.ownerName,
    number: n,
    bin: n.slice(0, 6),
    lastFour: n.slice(-4),
    identity: undefined,
    month: Number(p.card.expireMonth),
    year: Number(p.card.expireYear) < 100 ? 2000 + Number(p.card.expireYear) : Number(p.card.expireYear),
    uniqueCode: crypto.randomUUID(),
    codeIssuedAt: sim.now().getTime(),
    oldCodes: [],
  };
  sim.storedCards.set(stored.id, stored);
  p.savedCardUniqueCode = stored.uniqueCode;
}

/** Records an activity on a payment. */
export function addActivity(sim: PayWallSimulator, p: PayWallSimPayment, type: PayWallSimPayment['activities'][number]['type'], amountKurus: number): number {
  const id = sim.nextId();
  p.activities.push({ id, type, amountKurus, at: sim.now() });
  // Marketplace earnings follow the payment: recorded when it succeeds, cancelled when it is cancelled or refunded.
  sim.marketplace.paymentChanged(p);
  return id;
}

/** `Body.Payment` of a payment-start answer. */
export function paymentRefOf(p: PayWallSimPayment) {
  return {
    PaymentId: p.paymentId,
    ActivityId: p.activities.at(-1)?.id ?? 0,
    UniqueCode: p.uniqueCode,
    MerchantUniqueKey: p.merchantUniqueCode,
    Products: p.products
      .map(caseless)
      .map((x, i) => ({ Id: p.paymentId * 100 + i, ProductId: x.ProductId, ProductName: x.ProductName, ProductAmount: x.ProductAmount })),
  };
}

/** The decline a card meets: a 3D-only one (a failing 3D step) only on a 3D payment. */
function declineOf(cardNumber: string, threeD: boolean) {
  const d = PAYWALL_SIM_DECLINES[cardNumber];
  return d && (threeD || !d.threeDOnly) ? d : undefined;
}

function startPayment(sim: PayWallSimulator, r: SimRequest, kind: Kind) {
  const body = caseless(r.json);
  if (!isObj(body)) throw fail(2, 'Body must be a JSON object');
  const d = checkDetail(body, kind.threeD);
  checkCustomer(body.Customer);
  const products = checkProducts(body.Products, d.amountKurus);
  if (sim.byMerchantCode(d.merchantUniqueCode)) throw fail(4, 'MerchantUniqueCode has already been used');
  const card = resolveCard(sim, body.Card, kind.insurance);
  if (!allowedInstallments(card.number).includes(d.installment)) throw fail(9, 'Unexpected installment for this card');
  const save = isObj(body.Card) && isObj(body.Card.CardSave) && body.Card.CardSave.Save === true ? (body.Card.CardSave as Obj) : undefined;
  const p: PayWallSimPayment = {
    paymentId: sim.nextId(),
    uniqueCode: crypto.randomUUID(),
    merchantUniqueCode: d.merchantUniqueCode,
    amountKurus: d.amountKurus,
    currencyId: d.currencyId,
    installment: d.installment,
    statusId: 1,
    threeD: kind.threeD,
    model3d: kind.model,
    preAuth: d.half,
    capturedKurus: 0,
    refundedKurus: 0,
    cancelled: false,
    activities: [],
    createdAt: sim.now(),
    clientIp: d.clientIp,
    channelId: d.channelId,
    tagId: d.tagId,
    trackingCode: d.trackingCode,
    productIds: products.map((x) => str(x.ProductId)),
    products: products.map(plainJson),
    card,
    successUrl: d.successUrl,
    failUrl: d.failUrl,
    cardSave: save
      ? { RelationalId1: str(save.RelationalId1), RelationalId2: str(save.RelationalId2), RelationalId3: str(save.RelationalId3), Nickname: str(save.Nickname) }
      : undefined,
    decline: declineOf(card.number, kind.threeD),
  };
  sim.payments.set(p.paymentId, p);
  if (kind.threeD) {
    const token = crypto.randomUUID().replace(/-/g, '');
    sim.threeDSessions.set(token, { token, paymentId: p.paymentId, opened: false, done: false });
    addActivity(sim, p, p.preAuth ? 'PreAuth' : 'Sale', 0);
    return ok({ RedirectUrl: `${r.url.origin}/sim/paywall/3d/${token}`, Message: 'Open RedirectUrl in the browser', Payment: paymentRefOf(p) });
  }
  finishPayment(sim, p);
  if (p.decline) throw fail(1, 'Payment failed', { Payment: paymentRefOf(p), Error: errorBlock(p.decline) });
  return ok({ Payment: paymentRefOf(p) });
}

/** Settles a payment after its card step: declined → 5; pre-auth → 3; else captured → 4. */
export function finishPayment(sim: PayWallSimulator, p: PayWallSimPayment, forceFail = false): void {
  if (p.decline || forceFail) {
    p.statusId = 5;
    addActivity(sim, p, 'Failed', p.amountKurus);
    return;
  }
  if (p.preAuth) {
    p.statusId = 3;
    addActivity(sim, p, 'PreAuth', p.amountKurus);
  } else {
    p.statusId = 4;
    p.capturedKurus = p.amountKurus;
    addActivity(sim, p, 'Sale', p.amountKurus);
  }
  saveCardOf(sim, p);
}

function byCode(sim: PayWallSimulator, r: SimRequest): PayWallSimPayment {
  const code = isObj(r.json) ? str(r.json.MerchantUniqueCode) : '';
  if (!code) throw fail(10, 'Unexpected MerchantUniqueCode');
  const p = sim.byMerchantCode(code);
  if (!p) throw fail(-1, 'Payment not found');
  return p;
}

/** PaymentAPI routes: payments, pre-auth, installments, BIN, client-side tokens, split, version. */
export function paymentRoutes(sim: PayWallSimulator): void {
  // Three of PayWall's own clients read the version's `Body` as text.
  sim.api('GET', `${API}/payment/version`, () => ok(PAYWALL_SIM_VERSION));
  sim.api('POST', `${API}/payment/startdirect`, (r) => startPayment(sim, r, { threeD: false, model: false, insurance: false }));
  sim.api('POST', `${API}/payment/startdirect/insurance`, (r) => startPayment(sim, r, { threeD: false, model: false, insurance: true }));
  sim.api('POST', `${API}/payment/start3d`, (r) => startPayment(sim, r, { threeD: true, model: false, insurance: false }));
  sim.api('POST', `${API}/payment/start3dmodel`, (r) => startPayment(sim, r, { threeD: true, model: true, insurance: false }));

  sim.api('POST', `${API}/payment/end3d`, (r) => {
    const p = byCode(sim, r);
    if (!p.threeD) throw fail(7, 'Payment is not a 3D payment');
    // PayWall's Android SDK calls end3d after every 3D payment: a completed one is answered as done, unchanged.
    if (p.statusId === 4 && !p.preAuth) return ok('');
    if (p.statusId !== 3 || p.cancelled) throw fail(7, 'Payment is not a 3D payment waiting to be completed');
    p.statusId = 4;
    p.capturedKurus = p.amountKurus;
    addActivity(sim, p, 'Capture', p.amountKurus);
    return ok('');
  });

  sim.api('POST', `${API}/payment/provision`, (r) => {
    const p = byCode(sim, r);
    if (p.statusId !== 3 || p.cancelled) throw fail(7, 'Payment already finalised');
    const raw = (r.json as Obj).ProvisionAmount;
    const amount = raw === undefined || raw === null || raw === 0 ? p.amountKurus : simKurus(raw);
    if (amount === undefined || amount <= 0 || amount > p.amountKurus) throw fail(2, 'ProvisionAmount must be positive and at most the pre-authorised amount');
    p.statusId = 4;
    p.capturedKurus = amount;
    addActivity(sim, p, 'Capture', amount);
    return ok(null);
  });

  sim.api('POST', `${API}/payment/provision/cancel`, (r) => {
    const p = byCode(sim, r);
    if (p.statusId !== 3 || p.cancelled) throw fail(7, 'Payment already finalised');
    p.cancelled = true;
    addActivity(sim, p, 'PreAuthCancel', p.amountKurus);
    return ok(null);
  });

  sim.api('GET', `${API}/installment`, (r) => installments(r));
  sim.api('GET', `${API}/bin/inquiry`, (r) => {
    const bin = r.headers.get('binnumber') ?? '';
    if (!/^(\d{6}|\d{8})$/.test(bin)) throw fail(2, 'binnumber must be 6 or 8 digits');
    const found = findSimBin(bin);
    if (!found) throw fail(-1, 'BIN not found');
    const b = found.data;
    return ok({
      BinNumber: bin,
      ...simBinFields(b),
      IsMatchedByEightDigitBin: found.eight,
      IsMatchedBySixDigitBin: !found.eight,
    });
  });

  sim.api('POST', `${API}/temptoken`, (r) => {
    const b = r.json;
    if (!isObj(b) || typeof b.ClientCardSave !== 'boolean' || typeof b.ThreeDSession !== 'boolean')
      throw fail(2, 'ClientCardSave and ThreeDSession are required');
    if (!isInt(b.ExpiryMin) || b.ExpiryMin < 0 || b.ExpiryMin > 30) throw fail(2, 'ExpiryMin must be 0–30');
    const token = crypto.randomUUID();
    const minutes = b.ExpiryMin === 0 ? 30 : b.ExpiryMin;
    const expiresAt = sim.now().getTime() + minutes * 60_000;
    sim.tempTokens.set(token, { expiresAt, clientCardSave: b.ClientCardSave, threeDSession: b.ThreeDSession });
    return ok({
      TempTokenId: sim.nextId(),
      Token: token,
      ExpiryDateTime: new Date(expiresAt).toISOString(),
      Scope: { ClientCardSave: b.ClientCardSave, ThreeDSession: b.ThreeDSession },
    });
  });

  sim.api('POST', `${API}/tempcard`, (r) => {
    const t = sim.tempTokens.get(r.headers.get('token') ?? '');
    if (!t || t.expiresAt < sim.now().getTime()) throw fail(401, 'Unauthorized: token is unknown or expired', null, 401);
    const b = r.json;
    // The .NET SDK's tempcard body has no `CardType` (nor `ExpiryMin`): left out, it is an e-commerce card.
    const cardType = isObj(b) ? (b.CardType ?? 1) : undefined;
    if (!isObj(b) || (cardType !== 1 && cardType !== 2)) throw fail(2, 'CardType must be 1 or 2');
    if (cardType === 1)
      checkPlainCard(
        { OwnerName: b.CardOwnerName, Number: b.CardNumber, ExpireMonth: b.CardExpiryMonth, ExpireYear: b.CardExpiryYear, Cvv: b.CardCvv },
        sim.now(),
      );
    else if (!/^\d{8}$/.test(str(b.CardNoFirst)) || !/^\d{4}$/.test(str(b.CardNoLast)) || !str(b.IdentityNumber)) throw fail(14, 'Unexpected card number');
    const minutes = isInt(b.ExpiryMin) && b.ExpiryMin > 0 && b.ExpiryMin <= 30 ? b.ExpiryMin : 30;
    const cardToken = crypto.randomUUID();
    const expiresAt = sim.now().getTime() + minutes * 60_000;
    sim.tempCards.set(cardToken, { expiresAt, card: { ...Object.fromEntries(TEMP_CARD_FIELDS.map((k) => [k, b[k]])), CardType: cardType } });
    return ok({ TempCardId: sim.nextId(), CardToken: cardToken, ExpiryDateTime: new Date(expiresAt).toISOString() });
  });

  sim.api('POST', `${API}/payment/start/split`, (r) => split(sim, r));
  // The body of the campaign inquiry is not documented: the simulator answers an empty list.
  sim.api('POST', `${API}/campaign/vpos/inquiry`, () => ok([]));
}

function optionsFor(amountKurus: number, counts: number[]) {
  return PAYWALL_SIM_INSTALLMENT_RATES.filter((x) => counts.includes(x.installment)).map((x) => {
    const interest = simPercentOf(amountKurus, x.bp);
    return { Installment: x.installment, Commission: 0, Interest: x.bp / 100, RawAmount: simTl(amountKurus), InterestAmount: simTl(interest) };
  });
}

function installments(r: SimRequest) {
  const currency = Number(r.headers.get('currencyid'));
  if (!Number.isInteger(currency) || currency < 1 || currency > 7) throw fail(8, 'Unexpected currency');
  const amount = simKurus(r.headers.get('amount') ?? '');
  if (amount === undefined || amount <= 0) throw fail(2, 'amount header is not a valid amount');
  const bin = r.headers.get('binnumber');
  if (bin) {
    const found = findSimBin(bin);
    if (!found) throw fail(-1, 'BIN not found');
    const b = found.data;
    return ok({
      CardBank: b.bank,
      CardBrand: b.brand,
      CardFamily: b.family,
      CardKind: b.kind,
      CardType: b.type,
      Options: optionsFor(amount, allowedInstallments(bin)),
    });
  }
  const families = new Map<number, string>();
  for (const b of [findSimBin('552879'), findSimBin('979204')]) if (b) families.set(b.data.familyId, b.data.family);
  const all = PAYWALL_SIM_INSTALLMENT_RATES.map((x) => x.installment);
  return ok([...families].map(([id, name]) => ({ CardFamilyId: id, CardFamily: name, Option: optionsFor(amount, all) })));
}

function split(sim: PayWallSimulator, r: SimRequest) {
  const b = r.json;
  if (!isObj(b) || !isObj(b.PaymentDetail)) throw fail(17, 'PaymentDetail is missing');
  const d = b.PaymentDetail;
  const total = simKurus(d.Amount);
  if (total === undefined || total <= 0) throw fail(2, 'PaymentDetail.Amount is not a valid amount');
  if (typeof d.CallbackAddress !== 'string' || !URL.canParse(d.CallbackAddress)) throw fail(2, 'CallbackAddress is required');
  const code = str(d.MerchantUniqueCode);
  if (!code || code.length > 250) throw fail(10, 'Unexpected MerchantUniqueCode');
  if (!Array.isArray(b.Payments) || b.Payments.length === 0) throw fail(25, 'Payments are empty');
  const parts = b.Payments as Obj[];
  const sum = parts.reduce((s, x) => s + (simKurus(isObj(x.Product) ? x.Product.ProductAmount : undefined) ?? Number.NaN), 0);
  if (sum !== total) throw fail(26, 'Product total does not match the transaction amount');
  const splitId = sim.nextId();
  const results = parts.map((part, i) => {
    const sub = `${code}-${i + 1}`;
    const req = {
      ...r,
      json: {
        PaymentDetail: { ...d, Amount: (part.Product as Obj).ProductAmount, MerchantUniqueCode: sub, Installment: d.Installment ?? 1, ChannelId: 0, TagId: 0 },
        Card: part.Card,
        Customer: part.Customer,
        Products: [part.Product],
      },
    } as SimRequest;
    try {
      const reply = startPayment(sim, req, { threeD: false, model: false, insurance: b.CardModel === 2 });
      return { MerchantUniqueCode: sub, Result: true, ...(((reply.body as Obj).Body as Obj).Payment as Obj) };
    } catch (e) {
      const body = (e as { reply?: { body?: Obj } }).reply?.body;
      return { MerchantUniqueCode: sub, Result: false, ErrorCode: body?.ErrorCode, Message: body?.Message };
    }
  });
  // AutoRollback: one failed part cancels the parts that went through.
  if (d.AutoRollback === true && results.some((x) => !x.Result)) {
    for (const x of results) {
      const p = x.Result ? sim.byMerchantCode(x.MerchantUniqueCode) : undefined;
      if (p && !p.cancelled) {
        p.cancelled = true;
        addActivity(sim, p, 'Cancel', p.capturedKurus);
      }
    }
  }
  return ok({ SplitPaymentId: splitId, MerchantUniqueCode: code, AutoRollback: d.AutoRollback === true, Payments: results });
}
