import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { envelopeWith } from './common.js';
import { cultureShape } from './fields.js';

/** `/api/GenericReport/load`: a PowerBI report by `Guid`, with dynamic filters such as `CallDate`. */
export const reportRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...cultureShape,
    /** The report to load. */
    FreeEntity: z.looseObject({
      /** The report's `Guid`. */
      Guid: z.string().check(z.minLength(1)),
    }),
    /** Report filters. */
    Filter: z.optional(
      z.object({
        /** Dynamic filters, e.g. `{ Name: 'CallDate', Value: { Start, End } }`. */
        DynamicFilters: z.array(
          z.object({
            /** Filter name, e.g. `CallDate`. */
            Name: z.string().check(z.minLength(1)),
            /** Filter value: a `Start`–`End` range or a named `Range`. */
            Value: z.looseObject({
              /** Start of the range, as date text the report accepts. */
              Start: z.optional(z.string()),
              /** End of the range, as date text the report accepts. */
              End: z.optional(z.string()),
              /** A named range, as the report defines it. */
              Range: z.optional(z.unknown()),
            }),
          }),
        ),
      }),
    ),
  }),
);
/** Report response (`Results`, `Summary`, `Meta`, kept as sent). */
export const reportResponse = /* @__PURE__ */ lazySchema(() =>
  envelopeWith({
    /** The report rows. */
    Results: z.nullish(z.array(z.unknown())),
    /** The report summary, as sent. */
    Summary: z.optional(z.unknown()),
    /** The report metadata, as sent. */
    Meta: z.optional(z.unknown()),
  }),
);
