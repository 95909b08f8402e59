import { lazySchema, tlAmount } from '@odeme/core';
import * as z from 'zod/mini';
import { istanbulDateTime } from '../dates.js';
import { CURRENCIES, type InstallmentCount, openEnum } from './enums.js';
import { looseObject, strictObject } from './object.js';

/** A TL (or other currency) decimal amount as ÖderoPay takes it: number or decimal string, exact to two decimals. */
/* @__NO_SIDE_EFFECTS__ */
export const amount = () => tlAmount();
/** A strictly positive amount. */
/* @__NO_SIDE_EFFECTS__ */
export const positiveAmount = () => tlAmount({ positive: true });

/** Decimal amounts in responses: JSON numbers (the server may send many decimals, e.g. `100.00000000`). */
export const decimal = /* @__PURE__ */ lazySchema(() => z.number());

/** Currency of a request: `TRY`, `USD`, `EUR` or `AZN`; any other code (`'TL'`) is refused before sending. */
export const currency = /* @__PURE__ */ lazySchema(() => z.enum(CURRENCIES));

/** Currency of an answer: the known codes autocomplete, any other passes. */
export const answerCurrency = /* @__PURE__ */ lazySchema(() => openEnum(CURRENCIES));

/**
 * Installment count, 1 to 12. The docs list 1, 2, 3, 6, 9 and 12 (`INSTALLMENTS`); both official clients accept
 * any whole count from 1 to 12, and the gateway decides which counts a card offers. Checked as a whole number within
 * bounds, which admits exactly `INSTALLMENT_COUNTS` (typed so): unlike a literal, a count out of range does not stop
 * the basket rules from being checked and reported in the same error.
 */
export const installment = /* @__PURE__ */ lazySchema(
  () =>
    z.int().check(z.minimum(1, 'installment must be 1 to 12'), z.maximum(12, 'installment must be 1 to 12')) as unknown as z.ZodMiniType<
      InstallmentCount,
      InstallmentCount
    >,
);

/** ÖderoPay ids are Java longs; accepted as a number or a digit string, sent as given. */
export const id = /* @__PURE__ */ lazySchema(() => z.union([z.int().check(z.nonnegative()), z.string().check(z.regex(/^\d+$/, 'must be a numeric id'))]));

/** A list of ids in a query, comma-joined on the wire (the Java client's form; the Node client repeats the key). */
export const idList = /* @__PURE__ */ lazySchema(() =>
  z.optional(
    z.pipe(
      z.array(id),
      z.transform((a: (string | number)[]) => a.join(',')),
    ),
  ),
);

/**
 * A date-time ÖderoPay reads: a `Date`, sent as Istanbul wall-clock time without a zone (`2026-03-01T14:07:18`, the
 * form of ÖderoPay's own dates), or a string sent as given. An invalid `Date` is refused.
 */
export const dateTime = /* @__PURE__ */ lazySchema(() =>
  z.union([
    z.pipe(
      z.date(),
      z.transform((d: Date) => istanbulDateTime(d)),
    ),
    z.string().check(z.minLength(1)),
  ]),
);

// The paging fields and the list fields are named types, not spread literals: a field declared in another module loses
// its comment in the published declarations, a named type keeps it (a type literal, which a zod shape accepts).

/** The paging fields of a search query. */
export type PagingShape = {
  /** Page number, from 0. */
  page: z.ZodMiniOptional<ReturnType<typeof z.int>>;
  /** Page size (rows per page). */
  size: z.ZodMiniOptional<ReturnType<typeof z.int>>;
};

const paging: PagingShape = /* @__PURE__ */ lazySchema(() => ({
  page: z.optional(z.int().check(z.nonnegative())),
  size: z.optional(z.int().check(z.positive())),
}));

/** A paged search query of typed filters, unknown keys refused. */
/* @__NO_SIDE_EFFECTS__ */
export function pagedQuery<S extends z.core.$ZodLooseShape>(shape: S): z.ZodMiniObject<PagingShape & S, z.core.$strict> {
  return strictObject({ ...paging, ...shape });
}

// A URL carries text: an object would go out as `[object Object]`, or fail to convert at all.
const isQueryScalar = (v: unknown) => v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * A paged query whose known filters are typed (lists and dates included) and whose other keys pass through as scalars
 * only: a key outside `shape` holding an object, a list or `null` is refused under its own name.
 */
/* @__NO_SIDE_EFFECTS__ */
export function openQuery<S extends z.core.$ZodLooseShape>(shape: S): z.ZodMiniObject<PagingShape & S, z.core.$loose> {
  return looseObject({ ...paging, ...shape }).check(
    z.superRefine((value, ctx) => {
      for (const [key, v] of Object.entries(value)) {
        if (!(key in shape) && !(key in paging) && !isQueryScalar(v))
          ctx.addIssue({ code: 'custom', path: [key], message: 'must be text, a number or true/false' });
      }
    }),
  );
}

/** The fields of a list answer: `items` always, the paging fields on paged endpoints. */
export type ListShape<T extends z.ZodMiniType> = {
  /** The rows of this page. */
  items: z.ZodMiniArray<T>;
  /** Page number of this answer, from 0. */
  page: z.ZodMiniOptional<z.ZodMiniNumber>;
  /** Rows per page. */
  size: z.ZodMiniOptional<z.ZodMiniNumber>;
  /** Rows over all pages. */
  totalSize: z.ZodMiniOptional<z.ZodMiniNumber>;
};

/** A paginated list as ÖderoPay returns it (`items` always, paging fields on paginated endpoints). */
/* @__NO_SIDE_EFFECTS__ */
export function listOf<T extends z.ZodMiniType>(item: T): z.ZodMiniObject<ListShape<T>, z.core.$loose> {
  return looseObject({ items: z.array(item), page: z.optional(z.number()), size: z.optional(z.number()), totalSize: z.optional(z.number()) });
}

/** A response whose fields are not documented: kept whole, unknown fields included. */
export const anyObject = /* @__PURE__ */ lazySchema(() => looseObject({}));

/** Empty answer (204 or no body). */
export const empty = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.unknown(),
    z.transform(() => undefined),
  ),
);
