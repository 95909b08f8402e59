import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { id } from './common.js';
import { looseObject, strictObject } from './object.js';

// The 3DS init request is next to the card payment's fields in payment.ts: it spreads them, and a field spread from
// another module would lose its comment in the published declarations.

/** The bank page, base64 encoded; decode it with `decodeThreeDSHtml` and render it. */
export const initThreeDSResponse = /* @__PURE__ */ lazySchema(() =>
  looseObject({
    /** Base64 of the bank page's UTF-8 HTML. */
    htmlContent: z.string().check(z.minLength(1)),
  }),
);

/** POST /payment/v1/card-payments/3ds-complete. */
export const completeThreeDSRequest = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** The payment named in the bank's callback (`readThreeDSCallback(request).paymentId`). */
    paymentId: id,
  }),
);
