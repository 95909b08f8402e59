import * as z from 'zod';
import { codeRef, envelopeWith, resultsEnvelope } from './common.js';
import { PartRelationType } from './enums.js';

const relationCode = z.enum(Object.values(PartRelationType) as [string, ...string[]]);

/** A spare part (`Part`) as SavePart takes it. */
export const partInput = z.looseObject({
  Code: z.string().min(1),
  Name: z.string().min(1),
  Description: z.string().optional(),
  IsActive: z.boolean().optional(),
  WarrantyPeriod: z.number().int().nonnegative().optional(),
  ServicePrice: z.number().nonnegative().optional(),
  CustomerPrice: z.number().nonnegative().optional(),
  AvailableToOrder: z.boolean().optional(),
  IsGivingBack: z.boolean().optional(),
  AllowUseInServiceForm: z.boolean().optional(),
  Products: z.array(codeRef).optional(),
  RelatedParts: z.array(z.object({ Child: codeRef, RelationType: z.object({ Code: relationCode }), IsActive: z.boolean().optional() })).optional(),
  Labors: z.array(z.object({ Code: z.string().min(1), IsActive: z.boolean().optional(), Quantity: z.number().positive().optional() })).optional(),
});

/** A part as GetPart returns it. */
export const part = z.looseObject({ Code: z.string().nullish(), Name: z.string().nullish(), IsActive: z.boolean().nullish() });
/** A parsed spare part. */
export type Part = z.output<typeof part>;

/** SavePart request: one `Entity` or a bulk `EntityList`, not both. */
export const savePartRequest = z
  .object({ Entity: partInput.optional(), EntityList: z.array(partInput).min(1).optional() })
  .refine((v) => (v.Entity === undefined) !== (v.EntityList === undefined), { message: 'give either Entity or EntityList', path: ['Entity'] });
/** SavePart response. */
export const savePartResponse = envelopeWith({ Entity: z.unknown().optional() });
/** GetPart request: `Filter{Code}`. */
export const getPartRequest = z.object({ Filter: z.object({ Code: z.string().min(1).optional() }).default({}) });
/** GetPart response. */
export const getPartResponse = resultsEnvelope(part);
