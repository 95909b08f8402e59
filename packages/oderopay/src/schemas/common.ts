import { tlAmount } from '@odeme/core';
import * as z from 'zod';
import { CURRENCIES, INSTALLMENTS, openEnum } from './enums.js';

/** A TL (or other currency) decimal amount as ÖderoPay takes it: number or decimal string, exact to two decimals. */
export const amount = () => tlAmount();
/** A strictly positive amount. */
export const positiveAmount = () => tlAmount({ positive: true });

/** Decimal amounts in responses: JSON numbers (the server may send many decimals, e.g. `100.00000000`). */
export const decimal = z.number();

/** Currency in requests and responses (open: AZN and future codes pass). */
export const currency = openEnum(CURRENCIES);

/** Installment count, one of 1, 2, 3, 6, 9, 12. */
export const installment = z
  .number()
  .int()
  .refine((n) => (INSTALLMENTS as readonly number[]).includes(n), { message: 'installment must be one of 1, 2, 3, 6, 9, 12' });

/** ÖderoPay ids are Java longs; accepted as a number or a digit string, sent as given. */
export const id = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/, 'must be a numeric id')]);

/** Non-empty string. */
export const text = z.string().min(1);

/** Date-time query value: a `Date` (sent as local ISO without zone) or a string sent as given. */
export const dateTime = z.union([z.date().transform((d) => d.toISOString().slice(0, 19)), z.string().min(1)]);

/** Paging query parameters. */
export const paging = {
  page: z.number().int().nonnegative().optional(),
  size: z.number().int().positive().optional(),
};

/** A paginated list as ÖderoPay returns it (`items` always, paging fields on paginated endpoints). */
export function listOf<T extends z.ZodType>(item: T) {
  return z.looseObject({
    items: z.array(item),
    page: z.number().optional(),
    size: z.number().optional(),
    totalSize: z.number().optional(),
  });
}

/** A response whose fields are not documented: kept whole, unknown fields included. */
export const anyObject = z.looseObject({});

/** Empty answer (204 or no body). */
export const empty = z.unknown().transform(() => undefined);
