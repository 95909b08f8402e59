// The golden fixture: PayWall's official .NET SDK endpoints (built by extract.mjs), and how they meet our rows.
import { readFileSync } from 'node:fs';
import { type PayWallHost, type PayWallOperation, payWallOperations } from '@odeme/paywall';

/** One wire field of a .NET request or answer model. */
export interface NetField {
  /** The C# property name (PascalCase). */
  name: string;
  /** The name as the SDK serialises it (camelCase on POST/PUT, PascalCase on DELETE and in answers). */
  wire: string;
  /** The C# type. */
  csType: string;
  /** JSON type: `string`, `string(date-time)`, `integer(int32)`, `integer(enum)`, `number(decimal)`, `boolean`, `object`, `any`. */
  type: string;
  /** A list of `type` (of objects with `fields` when `type` is `object`). */
  array?: boolean;
  /** May be `null` (a reference type or `T?`). */
  nullable?: boolean;
  /** Marked `[Required]` in the SDK. */
  required?: boolean;
  /** `[MaxLength]` in the SDK. */
  maxLength?: number;
  /** Members of an object (or of each list item). */
  fields?: NetField[];
}

/** One endpoint of the .NET SDK. */
export interface NetEndpoint {
  /** Position in the SDK's list (1–83). */
  n: number;
  /** `Client.Method` in the SDK. */
  sdkMethod: string;
  /** Source file and line in the SDK repository. */
  source: string;
  /** `PaymentAPI`, `PaymentPrivateAPI`, `CardWallAPI` or `MemberAPI`. */
  api: string;
  /** HTTP method. */
  method: string;
  /** Path relative to the API's base URL (no leading slash). */
  path: string;
  /** Base URL per environment. */
  baseUrls: { test: string; productionGlobal: string; productionTurkey: string };
  /** Key headers the SDK's client for this API sends on every call. */
  keyHeaders: string[];
  /** Header-borne parameters, with the C# expression of their value. */
  headerParams: { name: string; value: string }[];
  /** The request body model, when there is one. */
  request: { model: string; naming: string; fields: NetField[] } | null;
  /** The answer's `Body` model, when there is one. */
  response: { model: string; envelope: string; array: boolean; fields: NetField[] } | null;
}

/** The fixture as a whole. */
export interface NetFixture {
  /** Repository, commit and package version the fixture was read from. */
  source: { repository: string; commit: string; package: string };
  /** Serialisation conventions of the SDK. */
  conventions: Record<string, string>;
  /** Number of endpoints (83). */
  count: number;
  /** The endpoints. */
  endpoints: NetEndpoint[];
}

export const netcore: NetFixture = JSON.parse(readFileSync(new URL('./netcore-endpoints.json', import.meta.url), 'utf8'));

const HOST_OF_API: Record<string, PayWallHost> = { PaymentAPI: 'payment', PaymentPrivateAPI: 'private', CardWallAPI: 'cardWall', MemberAPI: 'member' };

/** Every operation row of the package, flattened. */
export const ourRows: PayWallOperation[] = Object.values(payWallOperations).flatMap((area) => Object.values(area) as PayWallOperation[]);

/** `METHOD path` of an endpoint, as the tests name it. */
export const label = (e: NetEndpoint) => `#${e.n} ${e.method} ${e.path}`;

/**
 * The row that implements a .NET endpoint: same API, same method, same path ignoring case (a casing difference is
 * then reported by the path check, not hidden as "not implemented").
 */
export function rowFor(e: NetEndpoint): PayWallOperation | undefined {
  return ourRows.find((r) => r.meta?.host === HOST_OF_API[e.api] && r.method === e.method && r.path.replace(/^\//, '').toLowerCase() === e.path.toLowerCase());
}

/** The .NET endpoints our client implements. */
export const shared = netcore.endpoints.filter((e) => rowFor(e) !== undefined);

/** A header the SDK always sends: its value is a value type turned to text (`((int)x).ToString()`), never empty. */
export const alwaysSent = (h: { value: string }) => h.value.includes('.ToString(') && !h.value.includes('.Value.');
