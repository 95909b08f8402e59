import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { paymentLinkRequest, paymentLinkResponse } from '../schemas/payment-links.js';

/** What `paymentLinks.generate` takes (#112): the item, its price and page settings. */
export interface PaymentLinkParams extends z.input<typeof paymentLinkRequest> {}
/** What `paymentLinks.generate` answers (#112): the link's `Id` and URL (`Link`), your ids echoed. */
export interface PaymentLink extends Answer<z.output<typeof paymentLinkResponse>> {}
