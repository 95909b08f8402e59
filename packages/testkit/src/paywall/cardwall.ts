import { simLuhn } from '../frame/card.js';
import type { SimRequest } from '../frame/http.js';
import { isInt, isObj, str } from './checks.js';
import { findSimBin, simBinFields } from './data.js';
import { fail, ok } from './envelope.js';
import { CARDWALL, type PayWallSimulator } from './simulator.js';
import type { PayWallSimStoredCard } from './state.js';

// CardWall answers with the common numbering (§3.2 list b): 50 InvalidCardNumber, 115 CardNotFoundInCardWall,
// 118 CardUniqueCodeInvalidOfCardWall, 2 InvalidData.

type Obj = Record<string, unknown>;

const relationalOf = (b: Obj | Headers): [string, string, string] =>
  b instanceof Headers
    ? [b.get('relationalid1') ?? '', b.get('relationalid2') ?? '', b.get('relationalid3') ?? '']
    : [str(b.RelationalId1), str(b.RelationalId2), str(b.RelationalId3)];
const sameOwner = (c: PayWallSimStoredCard, rel: [string, string, string]) => c.relational.every((v, i) => v === rel[i]);

function details(c: PayWallSimStoredCard) {
  const b = findSimBin(c.number)?.data;
  return b ? simBinFields(b) : null;
}

function view(sim: PayWallSimulator, c: PayWallSimStoredCard, withDetails: boolean): Obj {
  const now = sim.now();
  const expired = c.year < now.getUTCFullYear() || (c.year === now.getUTCFullYear() && c.month < now.getUTCMonth() + 1);
  const b = findSimBin(c.number)?.data;
  return {
    Name: c.nickname,
    CardBin: c.bin,
    CardLastFour: c.lastFour,
    CardHolderName: c.holderName,
    ...(c.insurance ? { Identity: c.identity } : { CardNumber: `${c.bin}******${c.lastFour}` }),
    Expired: expired,
    CardTypeId: b?.typeId ?? null,
    CardType: b?.type ?? null,
    Month: c.month,
    Year: c.year,
    UniqueCode: sim.currentCardCode(c),
    Details: withDetails ? details(c) : null,
  };
}

function checkExpiry(month: unknown, year: unknown) {
  if (!isInt(month) || month < 1 || month > 12) throw fail(2, 'Month must be 1–12');
  if (!isInt(year) || year < 2000 || year > 2100) throw fail(2, 'Year must be a four-digit year');
}

function locate(sim: PayWallSimulator, b: Obj, insurance: boolean): PayWallSimStoredCard {
  const code = str(b.UniqueCode);
  const found = sim.findCard(code, insurance);
  if (found.stale) throw fail(118, 'Card UniqueCode is no longer valid (rotated): list the cards again');
  if (!found.card || !sameOwner(found.card, relationalOf(b))) throw fail(115, 'Card not found in CardWall');
  return found.card;
}

function save(sim: PayWallSimulator, r: SimRequest, insurance: boolean) {
  const b = r.json;
  if (!isObj(b) || !isObj(b.Card)) throw fail(2, 'Card is required');
  const rel = relationalOf(b);
  if (!rel[0]) throw fail(2, 'RelationalId1 is required');
  const c = b.Card;
  checkExpiry(c.Month, c.Year);
  let number: string;
  if (insurance) {
    if (!/^(\d{6}|\d{8})$/.test(str(c.CardBin)) || !/^\d{4}$/.test(str(c.CardLastFour))) throw fail(50, 'Invalid card number');
    if (!str(c.Identity)) throw fail(2, 'Identity is required');
    number = `${str(c.CardBin)}${str(c.CardLastFour)}`;
  } else {
    number = str(c.Number);
    if (!/^\d{12,19}$/.test(number) || !simLuhn(number)) throw fail(50, 'Invalid card number');
  }
  const stored: PayWallSimStoredCard = {
    id: sim.nextId(),
    insurance,
    relational: rel,
    partnerIdentity: str(b.PartnerIdentity) || undefined,
    nickname: str(c.Nickname),
    holderName: str(c.HolderName),
    number,
    bin: insurance ? str(c.CardBin) : number.slice(0, 6),
    lastFour: number.slice(-4),
    identity: insurance ? str(c.Identity) : undefined,
    month: c.Month as number,
    year: c.Year as number,
    uniqueCode: crypto.randomUUID(),
    codeIssuedAt: sim.now().getTime(),
    oldCodes: [],
  };
  sim.storedCards.set(stored.id, stored);
  return ok(view(sim, stored, b.IncludeDetails === true));
}

/** CardWall routes (#90–#97). */
export function cardWallRoutes(sim: PayWallSimulator): void {
  for (const insurance of [false, true]) {
    const path = insurance ? `${CARDWALL}/card/insurance` : `${CARDWALL}/card`;
    sim.api('POST', path, (r) => save(sim, r, insurance));
    sim.api('GET', path, (r) => {
      const rel = relationalOf(r.headers);
      if (!rel[0]) throw fail(4, 'Header relationalid1 is missing');
      const withDetails = (r.headers.get('includedetails') ?? '').toLowerCase() === 'true';
      return ok([...sim.storedCards.values()].filter((c) => c.insurance === insurance && sameOwner(c, rel)).map((c) => view(sim, c, withDetails)));
    });
    sim.api('DELETE', path, (r) => {
      const c = locate(sim, isObj(r.json) ? r.json : {}, insurance);
      sim.storedCards.delete(c.id);
      return ok(null);
    });
    sim.api('PUT', path, (r) => {
      const b = isObj(r.json) ? r.json : {};
      const c = locate(sim, b, insurance);
      checkExpiry(b.Month, b.Year);
      c.month = b.Month as number;
      c.year = b.Year as number;
      return ok(null);
    });
  }
}
