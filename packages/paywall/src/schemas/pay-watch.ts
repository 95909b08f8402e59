import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { webUrl } from './common.js';
import { PayWallPaymentStatus, PayWallPayWatchAction } from './enums.js';

// Only Started (2), Failed (5) and Failed-on-query (7) can be watched (DOC-SYS paywatch).
const watchable = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** Payment status id to watch (§5, `PayWallPaymentStatus`): 2 Started, 5 Failed or 7 Failed on query. */
    Id: z.literal([PayWallPaymentStatus.Started, PayWallPaymentStatus.Failed, PayWallPaymentStatus.FailedOnQuery], 'only statuses 2, 5 and 7 can be watched'),
  }),
);
const action = () => z.literal(Object.values(PayWallPayWatchAction));

/** `PayWatch`: a watcher for payments stuck in a status (§4.0). */
export const payWatch = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** `true` to watch the payment. */
    Watch: z.boolean(),
    /** Minutes to wait before inspecting the payment (PayWall's default is 25). */
    WatchMin: z.optional(z.int().check(z.minimum(0))),
    /** What to do with a stuck payment (§5, `PayWallPayWatchAction`): 1 report only … 4 change status and send a callback. */
    ActionId: z.optional(action()),
    /** The statuses to watch for. */
    PaymentStatus: z.optional(z.array(watchable)),
    /** Your URL the PayWatch callback is posted to: an absolute http(s) URL. */
    WebhookAddress: z.optional(webUrl('WebhookAddress')),
  }),
);

/** `PayWatchMultiple`: several watcher jobs (§4.0). */
export const payWatchMultiple = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** `true` to run the jobs. */
    Watch: z.boolean(),
    /** The watcher jobs. */
    Jobs: z.array(
      z.strictObject({
        /** The statuses this job watches for. */
        PaymentStatus: z.optional(z.array(watchable)),
        /** What this job does with a stuck payment (§5, `PayWallPayWatchAction`). */
        ActionId: z.optional(action()),
        /** Your URL this job's callback is posted to: an absolute http(s) URL. */
        WebhookAddress: z.optional(webUrl('WebhookAddress')),
        /** Minutes to wait before this job inspects the payment. */
        WatchMin: z.optional(z.int().check(z.minimum(0))),
      }),
    ),
  }),
);
