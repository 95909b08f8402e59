import * as z from 'zod';

// Only Started (2), Failed (5) and Failed-on-query (7) can be watched (DOC-SYS paywatch).
const watchable = z.object({
  Id: z
    .number()
    .int()
    .refine((v) => v === 2 || v === 5 || v === 7, 'only statuses 2, 5 and 7 can be watched'),
});

/** `PayWatch`: a watcher for payments stuck in a status (§4.0). */
export const payWatch = z.strictObject({
  Watch: z.boolean(),
  WatchMin: z.number().int().min(0).optional(),
  ActionId: z.number().int().min(1).max(4).optional(),
  PaymentStatus: z.array(watchable).optional(),
  WebhookAddress: z.string().optional(),
});

/** `PayWatchMultiple`: several watcher jobs (§4.0). */
export const payWatchMultiple = z.strictObject({
  Watch: z.boolean(),
  Jobs: z.array(
    z.strictObject({
      PaymentStatus: z.array(watchable).optional(),
      ActionId: z.number().int().min(1).max(4).optional(),
      WebhookAddress: z.string().optional(),
      WatchMin: z.number().int().min(0).optional(),
    }),
  ),
});
