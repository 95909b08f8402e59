import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { envelopeWith } from './common.js';
import { idRef } from './fields.js';

/** GetLaborCostByQuote: the labour cost of a progress payment (`ProgressPaymnetId`, spelled as documented). */
export const laborCostByQuoteRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** Id of the service progress payment (hakediş); the name is spelled `Paymnet` as documented. */
    ProgressPaymnetId: z.int().check(z.positive()),
  }),
);
/** `LaborCostByQuoteResponse`: its fields are not public; everything is kept. */
export const laborCostByQuoteResponse = /* @__PURE__ */ lazySchema(() =>
  envelopeWith({
    /** The labour cost, as the tenant sends it. */
    Entity: z.optional(z.unknown()),
    /** Labour cost rows, as the tenant sends them. */
    Results: z.nullish(z.array(z.unknown())),
  }),
);

/** A labour package as `/api/LaborPackage/save` takes it. */
export const laborPackage = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Id of an existing package, to update it. */
    Id: z.optional(z.int()),
    /** Package name. */
    Name: z.string().check(z.minLength(1)),
    /** Package code. */
    Code: z.string().check(z.minLength(1)),
    /** Version number. */
    VersionNumber: z.optional(z.union([z.number(), z.string()])),
    /** Source reference `{ Id }`. */
    Source: z.optional(idRef),
    /** Brand reference `{ Id }`. */
    Brand: z.optional(idRef),
    /** Whether the package is active. */
    IsActive: z.optional(z.boolean()),
    /** A prime package. */
    IsPrimePackage: z.optional(z.boolean()),
    /** A maintenance package (spelled `Maintance` as documented). */
    IsMaintancePackage: z.optional(z.boolean()),
    /** A warranty package. */
    IsWarrantyPackage: z.optional(z.boolean()),
    /** A package for the mobile app. */
    IsMobilePackage: z.optional(z.boolean()),
    /** Package lines, as the tenant defines them. */
    Details: z.optional(z.array(z.looseObject({}))),
  }),
);
/** Labour package save request. */
export const saveLaborPackageRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** The package to save. */
    Entity: laborPackage,
  }),
);
/** Labour package save response. */
export const saveLaborPackageResponse = /* @__PURE__ */ lazySchema(() =>
  envelopeWith({
    /** The saved package, as the tenant sends it. */
    Entity: z.optional(z.unknown()),
    /** Id of the saved package. */
    Id: z.nullish(z.number()),
  }),
);
