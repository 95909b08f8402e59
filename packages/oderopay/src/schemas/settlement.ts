import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { answerCurrency, dateTime, decimal, id, listOf, openQuery } from './common.js';
import { MERCHANT_TYPES, openEnum, SETTLEMENT_TYPES } from './enums.js';
import { looseObject } from './object.js';

const period = /* @__PURE__ */ lazySchema(() => ({
  /** From: a `Date` (sent as Istanbul time without a zone, ÖderoPay's form) or a string sent as given. */
  startDate: z.optional(dateTime),
  /** Until: a `Date` (sent as Istanbul time without a zone) or a string sent as given. */
  endDate: z.optional(dateTime),
}));

/** GET …/bounced-sub-merchant-rows query: the official clients' `startDate` and `endDate`; other keys pass (scalars only). */
export const bouncedRowsRequest = /* @__PURE__ */ lazySchema(() => openQuery({ ...period }));

/** GET …/payout-completed-transactions query: the official clients' fields; other keys pass (scalars only). */
export const payoutCompletedRequest = /* @__PURE__ */ lazySchema(() =>
  openQuery({
    ...period,
    /** Rows of this settlement file. */
    settlementFileId: z.optional(id),
    /** `SETTLEMENT` or `BOUNCED_SETTLEMENT`. */
    settlementType: z.optional(z.enum(SETTLEMENT_TYPES)),
  }),
);

/**
 * One settlement-file row. Payout-completed rows carry `transactionId`, `transactionType`, `payoutAmount`, `currency`,
 * `merchantId`, `merchantType`; bounced rows `id`, `iban`, `contactName`, `contactSurname`, `legalCompanyTitle` (the
 * official clients' fields). Every field may be absent; fields beyond these are kept.
 */
export const settlementRow = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Row id (bounced rows). */
    id: z.nullish(z.number()),
    /** Payment transaction paid out (payout-completed rows). */
    transactionId: z.nullish(z.number()),
    /** What was paid out, e.g. a payment or a cross-booking (payout-completed rows). */
    transactionType: z.nullish(z.string()),
    /** Amount paid out (payout-completed rows), TL decimal. */
    payoutAmount: z.nullish(decimal),
    /** Currency of the payout (others pass). */
    currency: z.nullish(answerCurrency),
    /** Merchant or sub-merchant paid (payout-completed rows). */
    merchantId: z.nullish(z.number()),
    /** `MERCHANT` or `SUB_MERCHANT` (others pass). */
    merchantType: z.nullish(openEnum(MERCHANT_TYPES)),
    /** `SETTLEMENT` or `BOUNCED_SETTLEMENT` (others pass). */
    settlementType: z.nullish(openEnum(SETTLEMENT_TYPES)),
    /** IBAN the payout bounced from (bounced rows). */
    iban: z.nullish(z.string()),
    /** Contact's first name (bounced rows). */
    contactName: z.nullish(z.string()),
    /** Contact's surname (bounced rows). */
    contactSurname: z.nullish(z.string()),
    /** Legal company title (bounced rows). */
    legalCompanyTitle: z.nullish(z.string()),
  }),
);

/** A page of settlement-file rows. */
export const settlementRowList = /* @__PURE__ */ lazySchema(() => listOf(settlementRow));
