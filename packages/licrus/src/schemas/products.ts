import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { envelopeWith, resultsEnvelope } from './common.js';
import { closedEnum, ProductOrigin } from './enums.js';
import { codeRef } from './fields.js';

/** `Product` as SaveProduct takes it; tenant custom fields (`Kw`, `StageCount`, …) are allowed through. */
export const productInput = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Product code. */
    Code: z.string().check(z.minLength(1)),
    /** Product name. */
    Name: z.string().check(z.minLength(1)),
    /** Description. */
    Description: z.optional(z.string()),
    /** Whether the product is active (Licrus refuses to update an active product: `INT-PRD1001`). */
    IsActive: z.optional(z.boolean()),
    /** Brand, by `Code`. */
    Brand: z.optional(codeRef),
    /** Model, by `Code`. */
    Model: z.optional(codeRef),
    /** Main product group, by `Code`. */
    MainGroup: z.optional(codeRef),
    /** Manufacturer. */
    Manufacturer: z.optional(z.string()),
    /** Code of the product detail group. */
    ProductDetailGroupCode: z.optional(z.string()),
    /** Warranty period (a whole number; the unit is not documented). */
    WarrantyPeriod: z.optional(z.int().check(z.nonnegative())),
    /** How many serial numbers a unit carries. */
    SerialNumberCount: z.optional(z.int().check(z.nonnegative())),
    /** `ProductOrigin`: 0 unknown, 1 imported, 2 domestic. */
    Origin: z.optional(closedEnum(ProductOrigin)),
    /** Create spare parts that do not exist yet. */
    CreateMissingPart: z.optional(z.boolean()),
    /** Spare parts of the product. */
    SpareParts: z.optional(z.array(z.looseObject({}))),
    /** Custom field: power in kW. */
    Kw: z.optional(z.number()),
    /** Custom field: stage count. */
    StageCount: z.optional(z.int()),
    /** Custom field: electric pump count. */
    ElectricPumpCount: z.optional(z.int()),
    /** Custom field: diesel pump count. */
    DieselPumpCount: z.optional(z.int()),
    /** Custom field: pump count. */
    PumpCount: z.optional(z.int()),
    /** Custom field: configuration content. */
    ConfigurationContent: z.optional(z.string()),
    /** Custom field `Genio`, as the tenant defines it. */
    Genio: z.optional(z.unknown()),
  }),
);

/** `Product` as GetProduct returns it. */
export const product = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Product code. */
    Code: z.nullish(z.string()),
    /** Product name. */
    Name: z.nullish(z.string()),
    /** Whether the product is active. */
    IsActive: z.nullish(z.boolean()),
  }),
);

/** SaveProduct request. */
export const saveProductRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** The product to save. */
    Entity: productInput,
  }),
);
/** SaveProduct response. */
export const saveProductResponse = /* @__PURE__ */ lazySchema(() =>
  envelopeWith({
    /** The saved product, as the tenant sends it. */
    Entity: z.optional(z.unknown()),
  }),
);
/** GetProduct request: `Filter{Code}`. */
export const getProductRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** Filter; empty lists every product. */
    Filter: z._default(
      z.object({
        /** Only the product with this code. */
        Code: z.optional(z.string().check(z.minLength(1))),
      }),
      {},
    ),
  }),
);
/** GetProduct response. */
export const getProductResponse = /* @__PURE__ */ lazySchema(() => resultsEnvelope(product));
