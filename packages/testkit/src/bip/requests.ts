import * as z from 'zod';

// The simulator's own reading of the documented request bodies, written apart from the client's schemas.

const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

/** `/paymentService` body as the gateway accepts it (Turkcell's sample sends flags as "true" strings). */
export const simStartBody = z.object({
  transactionId: z.string().min(1),
  msisdn: z.string().regex(/^90\d{10}$/, 'msisdn must be 90 followed by 10 digits'),
  channelId: z.number().int(),
  paymentMethod: z.literal('reserve'),
  isDeliverable: flag.optional(),
  isBillingRequired: flag.optional(),
  itemList: z.array(z.object({ id: z.number().int(), count: z.number().int().positive(), isRemovable: flag.optional() })).min(1, 'itemList must not be empty'),
  language: z.string().optional(),
  additionalParameters: z.array(z.unknown()).optional(),
});

/** `/commitService` body without the channel, whose key is configurable. */
export const simCommitBody = z.object({
  transactionId: z.string().min(1),
  msisdn: z.string().regex(/^90\d{10}$/),
  commitToken: z.string().min(1),
  paymentMethod: z.literal('reserve').optional(),
});
