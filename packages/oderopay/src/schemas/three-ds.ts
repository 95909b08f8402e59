import * as z from 'zod/mini';
import { checkBasket } from './basket.js';
import { id } from './common.js';
import { checkCardPresence, paymentFields } from './payment.js';

/** POST /payment/v1/card-payments/3ds-init: a card payment plus the `callbackUrl` the bank page posts back to. */
export const initThreeDSRequest = z
  .strictObject({
    ...paymentFields,
    /** Where the bank page POSTs the result; your server then calls `threeDS.complete`. */
    callbackUrl: z.url(),
  })
  .check(
    z.superRefine((v, ctx) => {
      checkBasket(v, ctx);
      checkCardPresence(v, ctx);
    }),
  );

/** The bank page, base64 encoded; decode it with `decodeThreeDSHtml` and render it. */
export const initThreeDSResponse = z.looseObject({
  /** Base64 of the bank page's UTF-8 HTML. */
  htmlContent: z.string().check(z.minLength(1)),
});

/** POST /payment/v1/card-payments/3ds-complete. */
export const completeThreeDSRequest = z.strictObject({
  /** The payment named in the bank's callback. */
  paymentId: id,
});
