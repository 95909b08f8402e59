import { tlAmount } from '@odeme/core';
import * as z from 'zod/mini';
import { CURRENCIES, INSTALLMENTS, openEnum } from './enums.js';

/** A TL (or other currency) decimal amount as ÖderoPay takes it: number or decimal string, exact to two decimals. */
/* @__NO_SIDE_EFFECTS__ */
export const amount = () => tlAmount();
/** A strictly positive amount. */
/* @__NO_SIDE_EFFECTS__ */
export const positiveAmount = () => tlAmount({ positive: true });

/** Decimal amounts in responses: JSON numbers (the server may send many decimals, e.g. `100.00000000`). */
export const decimal = z.number();

/** Currency in requests and responses (open: AZN and future codes pass). */
export const currency = openEnum(CURRENCIES);

/** Installment count, one of 1, 2, 3, 6, 9, 12. */
export const installment = z.int().check(z.refine((n) => (INSTALLMENTS as readonly number[]).includes(n), 'installment must be one of 1, 2, 3, 6, 9, 12'));

/** ÖderoPay ids are Java longs; accepted as a number or a digit string, sent as given. */
export const id = z.union([z.int().check(z.nonnegative()), z.string().check(z.regex(/^\d+$/, 'must be a numeric id'))]);

/** Date-time query value: a `Date` (sent as local ISO without zone) or a string sent as given. */
export const dateTime = z.union([
  z.pipe(
    z.date(),
    z.transform((d: Date) => d.toISOString().slice(0, 19)),
  ),
  z.string().check(z.minLength(1)),
]);

/** Paging query parameters. */
export const paging = {
  /** Page number, from 0. */
  page: z.optional(z.int().check(z.nonnegative())),
  /** Page size (rows per page). */
  size: z.optional(z.int().check(z.positive())),
};

/**
 * Any other key of a query whose filters are not published: passed through, but only as a scalar, because a URL
 * carries text (an object would go out as `[object Object]`, or fail to convert at all).
 */
export const openQueryValue = z.optional(z.union([z.string(), z.number(), z.boolean()]));

/** A paginated list as ÖderoPay returns it (`items` always, paging fields on paginated endpoints). */
/* @__NO_SIDE_EFFECTS__ */
export function listOf<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({
    /** The rows of this page. */
    items: z.array(item),
    /** Page number of this answer, from 0. */
    page: z.optional(z.number()),
    /** Rows per page. */
    size: z.optional(z.number()),
    /** Rows over all pages. */
    totalSize: z.optional(z.number()),
  });
}

/** A response whose fields are not documented: kept whole, unknown fields included. */
export const anyObject = z.looseObject({});

/** Empty answer (204 or no body). */
export const empty = z.pipe(
  z.unknown(),
  z.transform(() => undefined),
);
