import * as z from 'zod';
import { codeRef, envelopeWith, resultsEnvelope } from './common.js';
import { closedEnum, ProductOrigin } from './enums.js';

/** `Product` as SaveProduct takes it; tenant custom fields (`Kw`, `StageCount`, …) are allowed through. */
export const productInput = z.looseObject({
  Code: z.string().min(1),
  Name: z.string().min(1),
  Description: z.string().optional(),
  IsActive: z.boolean().optional(),
  Brand: codeRef.optional(),
  Model: codeRef.optional(),
  MainGroup: codeRef.optional(),
  Manufacturer: z.string().optional(),
  ProductDetailGroupCode: z.string().optional(),
  WarrantyPeriod: z.number().int().nonnegative().optional(),
  SerialNumberCount: z.number().int().nonnegative().optional(),
  Origin: closedEnum(ProductOrigin).optional(),
  CreateMissingPart: z.boolean().optional(),
  SpareParts: z.array(z.looseObject({})).optional(),
  Kw: z.number().optional(),
  StageCount: z.number().int().optional(),
  ElectricPumpCount: z.number().int().optional(),
  DieselPumpCount: z.number().int().optional(),
  PumpCount: z.number().int().optional(),
  ConfigurationContent: z.string().optional(),
  Genio: z.unknown().optional(),
});

/** `Product` as GetProduct returns it. */
export const product = z.looseObject({ Code: z.string().nullish(), Name: z.string().nullish(), IsActive: z.boolean().nullish() });
/** A parsed `Product`. */
export type Product = z.output<typeof product>;

/** SaveProduct request. */
export const saveProductRequest = z.object({ Entity: productInput });
/** SaveProduct response. */
export const saveProductResponse = envelopeWith({ Entity: z.unknown().optional() });
/** GetProduct request: `Filter{Code}`. */
export const getProductRequest = z.object({ Filter: z.object({ Code: z.string().min(1).optional() }).default({}) });
/** GetProduct response. */
export const getProductResponse = resultsEnvelope(product);
