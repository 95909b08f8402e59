import * as z from 'zod';
import { paging } from './common.js';
import { MERCHANT_TYPES, openEnum, SETTLEMENT_TYPES } from './enums.js';

/** Query of both settlement-file reports: the spec lists no filters, so paging is typed and any other key passes through. */
export const settlementReportRequest = z.looseObject({ ...paging });

/** One settlement-file row (fields beyond these are kept). */
export const settlementRow = z.looseObject({
  merchantType: openEnum(MERCHANT_TYPES).nullish(),
  settlementType: openEnum(SETTLEMENT_TYPES).nullish(),
});
