import * as z from 'zod';
import { cultureShape, envelopeWith } from './common.js';

/** `/api/GenericReport/load`: a PowerBI report by `Guid`, with dynamic filters such as `CallDate`. */
export const reportRequest = z.object({
  ...cultureShape,
  FreeEntity: z.looseObject({ Guid: z.string().min(1) }),
  Filter: z
    .object({
      DynamicFilters: z.array(
        z.object({
          Name: z.string().min(1),
          Value: z.looseObject({ Start: z.string().optional(), End: z.string().optional(), Range: z.unknown().optional() }),
        }),
      ),
    })
    .optional(),
});
/** Report response (`Results`, `Summary`, `Meta`, kept as sent). */
export const reportResponse = envelopeWith({ Results: z.array(z.unknown()).nullish(), Summary: z.unknown().optional(), Meta: z.unknown().optional() });
