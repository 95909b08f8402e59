import * as z from 'zod/mini';

// Only Started (2), Failed (5) and Failed-on-query (7) can be watched (DOC-SYS paywatch).
const isWatchable = (v: number): v is 2 | 5 | 7 => v === 2 || v === 5 || v === 7;
const watchable = z.object({
  /** Payment status id to watch (§5): 2 Started, 5 Failed or 7 Failed on query. */
  Id: z.pipe(
    z.int().check(z.refine(isWatchable, 'only statuses 2, 5 and 7 can be watched')),
    // A mini refinement does not narrow the type as a classic one did; the check above makes the cast true.
    z.transform((v: number) => v as 2 | 5 | 7),
  ),
});

/** `PayWatch`: a watcher for payments stuck in a status (§4.0). */
export const payWatch = z.strictObject({
  /** `true` to watch the payment. */
  Watch: z.boolean(),
  /** Minutes to wait before inspecting the payment (PayWall's default is 25). */
  WatchMin: z.optional(z.int().check(z.minimum(0))),
  /** What to do with a stuck payment (§5, `PayWallPayWatchAction`): 1 report only … 4 change status and send a callback. */
  ActionId: z.optional(z.int().check(z.minimum(1), z.maximum(4))),
  /** The statuses to watch for. */
  PaymentStatus: z.optional(z.array(watchable)),
  /** Your URL the PayWatch callback is posted to. */
  WebhookAddress: z.optional(z.string()),
});

/** `PayWatchMultiple`: several watcher jobs (§4.0). */
export const payWatchMultiple = z.strictObject({
  /** `true` to run the jobs. */
  Watch: z.boolean(),
  /** The watcher jobs. */
  Jobs: z.array(
    z.strictObject({
      /** The statuses this job watches for. */
      PaymentStatus: z.optional(z.array(watchable)),
      /** What this job does with a stuck payment (§5, `PayWallPayWatchAction`). */
      ActionId: z.optional(z.int().check(z.minimum(1), z.maximum(4))),
      /** Your URL this job's callback is posted to. */
      WebhookAddress: z.optional(z.string()),
      /** Minutes to wait before this job inspects the payment. */
      WatchMin: z.optional(z.int().check(z.minimum(0))),
    }),
  ),
});
