import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { customerId, extraFields, ipAddress, merchantOid, x100String } from './common.js';

/** [D] /Index/GetToken: parameters not public; these are INFERRED and `extra` carries anything else. */
export const getTokenRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Client IP for this call (sent and signed); the client's `ipAddress` option when absent. */
    ipAddress: z.optional(ipAddress),
    /** Your order number (String(20)), INFERRED. */
    merchantOid: z.optional(merchantOid),
    /** Order amount in integer kuruş, sent ×100, INFERRED. */
    orderAmount: z.optional(x100String({ positive: true })),
    /** HASO customer id (String(10)), INFERRED. */
    customerId: z.optional(customerId),
    /** Fields the SDK does not model, sent as given and not signed unless listed in `tokenOrders`. */
    extra: extraFields,
  }),
);
