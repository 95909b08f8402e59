import * as z from 'zod';
import { customerId, hasoDay, ipAddress, merchantOid, mobileNumber, wireScalar, x100String } from './common.js';

const urls = { okUrl: z.url(), failUrl: z.url(), callbackUrl: z.url() };

/** [S] `/ServletV2/TransactionMobile`: store/QR flow. `customerId` may be left out when `qrhash` is sent. */
export const transactionMobileForm = z
  .strictObject({
    Token: z.string().min(1),
    ...urls,
    ipAddress: ipAddress.optional(),
    merchantOid,
    qrhash: z.string().optional(),
    branchId: z.string().max(20).optional(),
    customerId: customerId.optional(),
    orderAmount: x100String({ positive: true }),
    /** Order content; sent as a JSON string (its model is not public). */
    OrderItems: z.unknown().optional(),
    extra: z.record(z.string(), wireScalar).optional(),
  })
  .refine((v) => v.customerId !== undefined || v.qrhash !== undefined, { message: 'customerId is required unless qrhash is sent', path: ['customerId'] });

/** [D] `/ServletV2/Transaction`: redirects the shopper to HASO's screens to apply and pick installments. */
export const transactionForm = z.strictObject({
  token: z.string().min(1),
  ...urls,
  IpAddress: ipAddress.optional(),
  merchantOid,
  orderAmount: x100String({ positive: true }),
  customerId: customerId.optional(),
  extra: z.record(z.string(), wireScalar).optional(),
});

/** [D] `/ServletV2/GetLimit`: limit-only onboarding in HASO's screens. */
export const getLimitForm = z.strictObject({
  token: z.string().min(1),
  ...urls,
  /** `json` answers with JSON instead of a browser redirect. */
  response: z.literal('json').optional(),
  IpAddress: ipAddress.optional(),
  mobileNumber: mobileNumber.optional(),
  birthDate: hasoDay.optional(),
  extra: z.record(z.string(), wireScalar).optional(),
});
