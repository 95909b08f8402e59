import * as z from 'zod/mini';
import { listOf, openQueryValue, paging } from './common.js';
import { MERCHANT_TYPES, openEnum, SETTLEMENT_TYPES } from './enums.js';

/** Query of both settlement-file reports: the spec lists no filters, so paging is typed and any other key passes through (scalars only). */
export const settlementReportRequest = z.catchall(z.object({ ...paging }), openQueryValue);

/** One settlement-file row (fields beyond these are kept). */
export const settlementRow = z.looseObject({
  /** `MERCHANT` or `SUB_MERCHANT` (open). */
  merchantType: z.nullish(openEnum(MERCHANT_TYPES)),
  /** `SETTLEMENT` or `BOUNCED_SETTLEMENT` (open). */
  settlementType: z.nullish(openEnum(SETTLEMENT_TYPES)),
});

/** A page of settlement-file rows. */
export const settlementRowList = listOf(settlementRow);
