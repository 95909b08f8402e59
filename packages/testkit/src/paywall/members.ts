import type { SimRequest } from '../frame/http.js';
import { isInt, isObj } from './checks.js';
import { PAYWALL_SIM_CURRENCIES } from './data.js';
import { fail, ok } from './envelope.js';
import { simEmail, simIban, simPhone, simTckn, simVkn } from './member-checks.js';
import type { PayWallSimBankAccount, PayWallSimMember, PayWallSimMemberDetails, PayWallSimValueDate } from './member-state.js';
import { simKurus, simTl } from './money.js';
import { API, type PayWallSimulator } from './simulator.js';

// MemberAPI (§4.6) answers with the common numbering (§3.2 list b): 2 InvalidData, 198 MemberNotFound, 200–216 the
// member's fields, 217–222 and 226 bank accounts, 223 neither id given, 225 no change, 227 member exists, 228
// MemberId required, 229–232 bank accounts by id, 233–236 value dates.
//
// The simulator's choices where PayWall does not say:
// - `PUT member` replaces every detail (the .NET SDK writes every field, nulls included), and one that changes
//   nothing is refused with 225 (MemberNoAnyChanges); bank accounts answer 232 the same way.
// - The docs' required fields (§4.6) are required; the codes for e-mail, phone and contact names (207, 208, 210,
//   211) are not used, since the docs do not mark those required. A corporation needs a VKN and a tax office, a
//   person or a sole proprietorship a TCKN; an identifier given is checked (213, 214), as are e-mail and phone.
// - No length limits: PayWall has codes for them (212, 220, 221) but publishes no numbers.
// - `GET member` reads `start` as an offset (default 0) and `length` as a page size (default 100), in id order.
// - A value date's `Commission` is read as a percentage, 0–100 with two decimals; `CalculationValue` is 0 or more
//   days (type 1), a weekday 1–5 (type 2) or a day of the month 1–31 (type 3).
// - Deleting a member deletes its bank accounts and value date.

type Obj = Record<string, unknown>;
const body = (r: SimRequest): Obj => (isObj(r.json) ? r.json : {});
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const positiveInt = (v: unknown): number | undefined => (isInt(v) && v > 0 ? v : undefined);

function headerId(r: SimRequest, name: string): number | undefined {
  const v = r.headers.get(name);
  if (v === null || v === '') return undefined;
  if (!/^\d+$/.test(v.trim())) throw fail(2, `Header ${name} is not a number`);
  return Number(v.trim());
}

function need(v: string | null, code: number, message: string): string {
  if (v === null) throw fail(code, message);
  return v;
}

/** The scalar details of a `POST member` or `PUT member` body, checked. */
function details(b: Obj): PayWallSimMemberDetails {
  if (typeof b.IsSubMerchant !== 'boolean') throw fail(2, 'IsSubMerchant is required');
  const type = b.MemberType ?? 0;
  if (!isInt(type) || type < 0 || type > 3 || (b.IsSubMerchant && type === 0)) throw fail(200, 'MemberType is invalid');
  const d: PayWallSimMemberDetails = {
    isSubMerchant: b.IsSubMerchant,
    memberType: type,
    externalId: need(text(b.MemberExternalId), 201, 'MemberExternalId is required'),
    name: need(text(b.MemberName), 202, 'MemberName is required'),
    title: need(text(b.MemberTitle), 203, 'MemberTitle is required'),
    taxOffice: text(b.MemberTaxOffice),
    taxNumber: text(b.MemberTaxNumber),
    identityNumber: text(b.MemberIdentityNumber),
    email: text(b.MemberEmail),
    phone: text(b.MemberPhone),
    address: '',
    contactName: text(b.ContactName),
    contactLastname: text(b.ContactLastname),
  };
  if (type === 3) {
    need(d.taxOffice, 204, 'MemberTaxOffice is required');
    if (!simVkn(need(d.taxNumber, 205, 'MemberTaxNumber is required'))) throw fail(213, 'MemberTaxNumber is invalid');
  }
  if (type === 1 || type === 2) need(d.identityNumber, 206, 'MemberIdentityNumber is required');
  if (d.taxNumber !== null && !simVkn(d.taxNumber) && !simTckn(d.taxNumber)) throw fail(213, 'MemberTaxNumber is invalid');
  if (d.identityNumber !== null && !simTckn(d.identityNumber)) throw fail(214, 'MemberIdentityNumber is invalid');
  if (d.email !== null && !simEmail(d.email)) throw fail(215, 'MemberEmail is invalid');
  if (d.phone !== null && !simPhone(d.phone)) throw fail(216, 'MemberPhone is invalid');
  d.address = need(text(b.MemberAddress), 209, 'MemberAddress is required');
  return d;
}

/** A bank account body's currency, title and IBAN, checked. */
function account(b: Obj): Omit<PayWallSimBankAccount, 'id'> {
  if (!isInt(b.CurrencyId) || !PAYWALL_SIM_CURRENCIES[b.CurrencyId]) throw fail(217, 'Bank account currency is invalid');
  const title = need(text(b.Title), 218, 'Bank account title is empty');
  const iban = need(text(b.Iban), 219, 'Bank account IBAN is empty').replace(/\s+/g, '').toUpperCase();
  if (!simIban(iban)) throw fail(222, 'Bank account IBAN is invalid');
  return { currencyId: b.CurrencyId, title, iban };
}

/** A value date body, checked. */
function valueDate(b: Obj): Omit<PayWallSimValueDate, 'id'> {
  const type = b.CalculationType;
  if (!isInt(type) || type < 1 || type > 3) throw fail(233, 'Value date CalculationType is invalid');
  const v = b.CalculationValue;
  const [min, max] = type === 1 ? [0, 2_147_483_647] : type === 2 ? [1, 5] : [1, 31];
  if (!isInt(v) || v < min || v > max) throw fail(234, 'Value date CalculationValue is invalid');
  const c = simKurus(b.Commission);
  if (c === undefined || c < 0 || c > 10_000) throw fail(235, 'Value date Commission is invalid');
  return { calculationType: type, calculationValue: v, commissionHundredths: c };
}

function accountView(a: PayWallSimBankAccount): Obj {
  return { Id: a.id, CurrencyId: a.currencyId, Currency: PAYWALL_SIM_CURRENCIES[a.currencyId] ?? null, Title: a.title, Iban: a.iban };
}

const valueDateFields = (v: PayWallSimValueDate): Obj => ({
  CalculationType: v.calculationType,
  CalculationValue: v.calculationValue,
  Commission: simTl(v.commissionHundredths),
});

function memberView(m: PayWallSimMember): Obj {
  return {
    Id: m.id,
    IsSubMerchant: m.isSubMerchant,
    MemberType: m.memberType,
    MemberExternalId: m.externalId,
    MemberName: m.name,
    MemberTitle: m.title,
    MemberTaxOffice: m.taxOffice,
    MemberTaxNumber: m.taxNumber,
    MemberIdentityNumber: m.identityNumber,
    MemberEmail: m.email,
    MemberPhone: m.phone,
    MemberAddress: m.address,
    ContactName: m.contactName,
    ContactLastname: m.contactLastname,
    BankAccounts: m.bankAccounts.map(accountView),
    ValueDate: m.valueDate ? valueDateFields(m.valueDate) : null,
    InsertDateTime: m.insertedAt.toISOString(),
    UpdateDateTime: m.updatedAt ? m.updatedAt.toISOString() : null,
  };
}

function byExternalId(sim: PayWallSimulator, externalId: string): PayWallSimMember | undefined {
  for (const m of sim.members.values()) if (m.externalId === externalId) return m;
  return undefined;
}

/** The member named by an id and/or your external id: 223 when neither is given, 198 when none (or two) match. */
function locate(sim: PayWallSimulator, id: number | undefined, externalId: string | null): PayWallSimMember {
  if (id === undefined && externalId === null) throw fail(223, 'MemberId or MemberExternalId must be filled');
  const m = id !== undefined ? sim.members.get(id) : byExternalId(sim, externalId as string);
  if (!m || (externalId !== null && m.externalId !== externalId)) throw fail(198, 'Member not found');
  return m;
}

function memberOf(sim: PayWallSimulator, id: number | undefined): PayWallSimMember {
  if (id === undefined) throw fail(228, 'MemberId is required');
  const m = sim.members.get(id);
  if (!m) throw fail(198, 'Member not found');
  return m;
}

function accountById(sim: PayWallSimulator, id: unknown): [PayWallSimMember, PayWallSimBankAccount] {
  const n = positiveInt(id);
  if (n === undefined) throw fail(230, 'Bank account Id is required');
  for (const m of sim.members.values()) {
    const a = m.bankAccounts.find((x) => x.id === n);
    if (a) return [m, a];
  }
  throw fail(231, 'Bank account not found');
}

function create(sim: PayWallSimulator, b: Obj) {
  const d = details(b);
  if (byExternalId(sim, d.externalId)) throw fail(227, 'Member already exists');
  const accounts = Array.isArray(b.BankAccounts) ? b.BankAccounts.map((a) => account(isObj(a) ? a : {})) : [];
  if (new Set(accounts.map((a) => a.currencyId)).size !== accounts.length) throw fail(226, 'Bank accounts contain a currency twice');
  const vd = isObj(b.ValueDate) ? valueDate(b.ValueDate) : undefined;
  const m: PayWallSimMember = {
    id: sim.nextId(),
    ...d,
    bankAccounts: accounts.map((a) => ({ id: sim.nextId(), ...a })),
    valueDate: vd ? { id: sim.nextId(), ...vd } : undefined,
    insertedAt: sim.now(),
    updatedAt: undefined,
  };
  sim.members.set(m.id, m);
  return ok(memberView(m));
}

function update(sim: PayWallSimulator, b: Obj) {
  const m = memberOf(sim, positiveInt(b.Id));
  const d = details(b);
  const other = byExternalId(sim, d.externalId);
  if (other && other.id !== m.id) throw fail(227, 'Member already exists');
  if ((Object.keys(d) as (keyof PayWallSimMemberDetails)[]).every((k) => m[k] === d[k])) throw fail(225, 'No changes');
  Object.assign(m, d, { updatedAt: sim.now() });
  return ok(null);
}

function addAccount(sim: PayWallSimulator, b: Obj) {
  const m = memberOf(sim, positiveInt(b.MemberId));
  const a = account(b);
  if (m.bankAccounts.some((x) => x.currencyId === a.currencyId)) throw fail(229, 'Member has a bank account for this currency');
  m.bankAccounts.push({ id: sim.nextId(), ...a });
  return ok(null);
}

function updateAccount(sim: PayWallSimulator, b: Obj) {
  const [m, a] = accountById(sim, b.Id);
  const next = account(b);
  if (m.bankAccounts.some((x) => x !== a && x.currencyId === next.currencyId)) throw fail(229, 'Member has a bank account for this currency');
  if (a.currencyId === next.currencyId && a.title === next.title && a.iban === next.iban) throw fail(232, 'No changes');
  Object.assign(a, next);
  return ok(null);
}

/** MemberAPI routes (#79–#89), on the same origin under `/api/paywall/member…`, behind the public pair. */
export function memberRoutes(sim: PayWallSimulator): void {
  sim.api('POST', `${API}/member`, (r) => create(sim, body(r)));
  sim.api('PUT', `${API}/member`, (r) => update(sim, body(r)));
  sim.api('DELETE', `${API}/member`, (r) => {
    const b = body(r);
    const m = locate(sim, positiveInt(b.Id), text(b.MemberExternalId));
    sim.members.delete(m.id);
    return ok(null);
  });
  sim.api('GET', `${API}/member`, (r) => {
    const start = headerId(r, 'start') ?? 0;
    const length = headerId(r, 'length') ?? 100;
    if (length < 1) throw fail(2, 'Header length must be 1 or more');
    const all = [...sim.members.values()].sort((a, b) => a.id - b.id);
    return ok(all.slice(start, start + length).map(memberView));
  });
  sim.api('GET', `${API}/member/search`, (r) => ok(memberView(locate(sim, headerId(r, 'memberid'), text(r.headers.get('memberexternalid'))))));
  sim.api('POST', `${API}/member/bankaccount`, (r) => addAccount(sim, body(r)));
  sim.api('PUT', `${API}/member/bankaccount`, (r) => updateAccount(sim, body(r)));
  sim.api('DELETE', `${API}/member/bankaccount`, (r) => {
    const [m, a] = accountById(sim, body(r).Id);
    m.bankAccounts = m.bankAccounts.filter((x) => x !== a);
    return ok(null);
  });
  sim.api('GET', `${API}/member/bankaccount`, (r) => ok(memberOf(sim, headerId(r, 'memberid')).bankAccounts.map(accountView)));
  sim.api('POST', `${API}/member/valuedate`, (r) => {
    const b = body(r);
    const m = memberOf(sim, positiveInt(b.MemberId));
    const vd = valueDate(b);
    m.valueDate = { id: m.valueDate?.id ?? sim.nextId(), ...vd };
    return ok(null);
  });
  sim.api('GET', `${API}/member/valuedate`, (r) => {
    const m = memberOf(sim, headerId(r, 'memberid'));
    if (!m.valueDate) throw fail(236, 'Member value date not found');
    return ok({ Id: m.valueDate.id, ...valueDateFields(m.valueDate) });
  });
}
