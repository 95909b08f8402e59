import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { PaymentCardInput } from '../schemas/card.js';
import type { initThreeDSRequest } from '../schemas/payment.js';
import type { completeThreeDSRequest, initThreeDSResponse } from '../schemas/three-ds.js';
import type { BasketItem, SubscriptionPlan } from './payments.js';

/** What `threeDS.init` takes: the fields of `payments.create` plus the `callbackUrl` the bank page posts back to. */
export interface InitThreeDSParams extends Omit<z.input<typeof initThreeDSRequest>, 'items' | 'card' | 'plan'> {
  /** At least one line; their prices add up to `price`. */
  items: BasketItem[];
  /** Raw card data or a stored card; required unless the whole `paidPrice` comes from the wallet. */
  card?: PaymentCardInput;
  /** Creates a subscription with this plan through the payment. */
  plan?: SubscriptionPlan;
}

/** The bank's 3D Secure page, base64: render it with `decodeThreeDSHtml`. */
export interface ThreeDSPage extends Answer<z.output<typeof initThreeDSResponse>> {}

/** What `threeDS.complete` takes: the payment named in the bank's callback. */
export interface CompleteThreeDSParams extends z.input<typeof completeThreeDSRequest> {}
