import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { envelopeWith, resultsEnvelope } from './common.js';
import { PartRelationType } from './enums.js';
import { codeRef } from './fields.js';

const relationCode = /* @__PURE__ */ lazySchema(() => z.enum(Object.values(PartRelationType) as [string, ...string[]]));

/** A spare part (`Part`) as SavePart takes it. */
export const partInput = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Part code. */
    Code: z.string().check(z.minLength(1)),
    /** Part name. */
    Name: z.string().check(z.minLength(1)),
    /** Description. */
    Description: z.optional(z.string()),
    /** Whether the part is active. */
    IsActive: z.optional(z.boolean()),
    /** Warranty period (a whole number; the unit is not documented). */
    WarrantyPeriod: z.optional(z.int().check(z.nonnegative())),
    /** Price charged to services (a decimal amount; the unit is not documented). */
    ServicePrice: z.optional(z.number().check(z.nonnegative())),
    /** Price charged to end customers (a decimal amount; the unit is not documented). */
    CustomerPrice: z.optional(z.number().check(z.nonnegative())),
    /** Whether services may order it. */
    AvailableToOrder: z.optional(z.boolean()),
    /** Whether the replaced part must be given back. */
    IsGivingBack: z.optional(z.boolean()),
    /** Whether it may be used on a service form. */
    AllowUseInServiceForm: z.optional(z.boolean()),
    /** Products the part belongs to, by `Code`. */
    Products: z.optional(z.array(codeRef)),
    /** Related parts: linked, equivalent or sales-alternative parts. */
    RelatedParts: z.optional(
      z.array(
        z.object({
          /** The related part, by `Code`. */
          Child: codeRef,
          /** The relation: `PartRelationType` code (`bagliparca`, `muadil`, `satisaltarnatif`). */
          RelationType: z.object({
            /** `PartRelationType` code. */
            Code: relationCode,
          }),
          /** Whether the relation is active. */
          IsActive: z.optional(z.boolean()),
        }),
      ),
    ),
    /** Labour items for the part. */
    Labors: z.optional(
      z.array(
        z.object({
          /** Labour code. */
          Code: z.string().check(z.minLength(1)),
          /** Whether the item is active. */
          IsActive: z.optional(z.boolean()),
          /** Quantity. */
          Quantity: z.optional(z.number().check(z.positive())),
        }),
      ),
    ),
  }),
);

/** A part as GetPart returns it. */
export const part = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Part code. */
    Code: z.nullish(z.string()),
    /** Part name. */
    Name: z.nullish(z.string()),
    /** Whether the part is active. */
    IsActive: z.nullish(z.boolean()),
  }),
);

/** SavePart request: one `Entity` or a bulk `EntityList`, not both. */
export const savePartRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** One part to save. */
      Entity: z.optional(partInput),
      /** Parts to save in bulk (at least one). */
      EntityList: z.optional(z.array(partInput).check(z.minLength(1))),
    })
    .check(z.refine((v) => (v.Entity === undefined) !== (v.EntityList === undefined), { error: 'give either Entity or EntityList', path: ['Entity'] })),
);
/** SavePart response. */
export const savePartResponse = /* @__PURE__ */ lazySchema(() =>
  envelopeWith({
    /** The saved part, as the tenant sends it. */
    Entity: z.optional(z.unknown()),
  }),
);
/** GetPart request: `Filter{Code}`. */
export const getPartRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** Filter; empty lists every part. */
    Filter: z._default(
      z.object({
        /** Only the part with this code. */
        Code: z.optional(z.string().check(z.minLength(1))),
      }),
      {},
    ),
  }),
);
/** GetPart response. */
export const getPartResponse = /* @__PURE__ */ lazySchema(() => resultsEnvelope(part));
