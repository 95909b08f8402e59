import * as z from 'zod';
import { envelopeWith, idRef } from './common.js';

/** GetLaborCostByQuote: the labour cost of a progress payment (`ProgressPaymnetId`, spelled as documented). */
export const laborCostByQuoteRequest = z.object({ ProgressPaymnetId: z.number().int().positive() });
/** `LaborCostByQuoteResponse`: its fields are not public; everything is kept. */
export const laborCostByQuoteResponse = envelopeWith({ Entity: z.unknown().optional(), Results: z.array(z.unknown()).nullish() });

/** A labour package as `/api/LaborPackage/save` takes it. */
export const laborPackage = z.looseObject({
  Id: z.number().int().optional(),
  Name: z.string().min(1),
  Code: z.string().min(1),
  VersionNumber: z.union([z.number(), z.string()]).optional(),
  Source: idRef.optional(),
  Brand: idRef.optional(),
  IsActive: z.boolean().optional(),
  IsPrimePackage: z.boolean().optional(),
  IsMaintancePackage: z.boolean().optional(),
  IsWarrantyPackage: z.boolean().optional(),
  IsMobilePackage: z.boolean().optional(),
  Details: z.array(z.looseObject({})).optional(),
});
/** Labour package save request. */
export const saveLaborPackageRequest = z.object({ Entity: laborPackage });
/** Labour package save response. */
export const saveLaborPackageResponse = envelopeWith({ Entity: z.unknown().optional(), Id: z.number().nullish() });
