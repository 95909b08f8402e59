import * as z from 'zod';
import { amount, decimal, id, paging } from './common.js';
import { openEnum, STATUSES } from './enums.js';

const productFields = {
  name: z.string().min(1),
  price: amount().optional(),
  description: z.string().optional(),
  /** Comma-separated installment counts, e.g. `"1,2,3,6"`. */
  enabledInstallments: z.string().regex(/^\d+(,\d+)*$/, 'enabledInstallments must be comma-separated numbers'),
  stock: z.number().int().nonnegative().optional(),
  expireDate: z.string().optional(),
};

/** POST /tokenlink/v1/products. */
export const createProductRequest = z.strictObject(productFields);
/** PUT /tokenlink/v1/products/{id}: the create fields plus `status`. */
export const updateProductRequest = z.strictObject({ id, ...productFields, status: openEnum(STATUSES) });
/** GET /tokenlink/v1/products query. */
export const searchProductsRequest = z.looseObject({ ...paging, name: z.string().optional() });
/** A pay-by-link product. */
export const product = z.looseObject({
  id: z.number(),
  status: openEnum(STATUSES).nullish(),
  expireDate: z.string().nullish(),
  price: decimal.nullish(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  stock: z.number().nullish(),
  soldCount: z.number().nullish(),
  token: z.string().nullish(),
  url: z.string().nullish(),
  qrCodeUrl: z.string().nullish(),
  enabledInstallments: z.string().nullish(),
  paymentIdList: z.array(z.number()).nullish(),
});
/** `{ id }` in the path. */
export const productIdPath = z.strictObject({ id });
