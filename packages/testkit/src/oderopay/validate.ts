import * as z from 'zod';
import { simKurus, simLuhn } from './money.js';

// The simulator's reading of the spec's request rules (seed 001), written apart from the client's schemas.

const money = z.custom<number | string>((v) => simKurus(v) !== undefined, { message: 'must be a non-negative decimal with at most two fraction digits' });
const longId = z.union([z.number().int(), z.string().regex(/^\d+$/)]);

const rawCard = z.object({
  cardHolderName: z.string().min(1),
  cardNumber: z.string().refine(simLuhn, 'card number is not valid'),
  expireYear: z.string().regex(/^\d{2,4}$/),
  expireMonth: z.string().regex(/^(0?[1-9]|1[0-2])$/),
  cvc: z.string().regex(/^\d{3,4}$/),
  storeCardAfterSuccessPayment: z.boolean().optional(),
  cardAlias: z.string().optional(),
});
const storedCard = z.object({ cardUserKey: z.string().min(1), cardToken: z.string().min(1) });

const item = z.object({
  name: z.string().min(1),
  price: money,
  externalId: z.string().optional(),
  subMerchantId: longId.optional(),
  subMerchantPrice: money.optional(),
});

/** A card payment body as the simulator checks it. */
export const simPaymentBody = z.looseObject({
  conversationId: z.string().optional(),
  price: money,
  paidPrice: money,
  walletPrice: money.optional(),
  // The docs list 1, 2, 3, 6, 9, 12; both official clients send any count from 1 to 12.
  installment: z.number().int().min(1).max(12),
  buyerId: longId.optional(),
  currency: z.string().min(3),
  paymentGroup: z.enum(['PRODUCT', 'LISTING_OR_SUBSCRIPTION']),
  paymentPhase: z.enum(['AUTH', 'PRE_AUTH', 'POST_AUTH']).optional(),
  card: z.looseObject({}).optional(),
  posAlias: z.string().optional(),
  paymentType: z.string().optional(),
  paymentOrder: z.number().int().optional(),
  callbackUrl: z.string().optional(),
  plan: z.looseObject({ price: money, periodType: z.union([z.number(), z.string()]) }).optional(),
  items: z.array(item).min(1),
});

/** Parsed payment body. */
export type SimPaymentBody = z.infer<typeof simPaymentBody>;
/** The card of a payment, once told apart. */
export type SimCard = { kind: 'raw'; card: z.infer<typeof rawCard> } | { kind: 'stored'; card: z.infer<typeof storedCard> } | { kind: 'none' };

/** Cross-field rules; returns the first broken one as a message. */
export function paymentRuleError(b: SimPaymentBody): { message: string; card?: SimCard } {
  const price = simKurus(b.price) as number;
  const paid = simKurus(b.paidPrice) as number;
  const wallet = b.walletPrice === undefined ? 0 : (simKurus(b.walletPrice) as number);
  const sum = b.items.reduce((s, i) => s + (simKurus(i.price) as number), 0);
  if (sum !== price) return { message: 'price must equal the sum of item prices' };
  if (wallet > 0 && b.buyerId === undefined) return { message: 'buyerId is required when walletPrice is greater than 0' };
  for (const i of b.items)
    if (i.subMerchantId !== undefined && i.subMerchantPrice === undefined) return { message: 'subMerchantPrice is required when subMerchantId is set' };
  if (paid < wallet) return { message: 'walletPrice cannot exceed paidPrice' };
  if (b.card === undefined) return paid === wallet ? { message: '', card: { kind: 'none' } } : { message: 'card is required' };
  if ('cardUserKey' in b.card) {
    const s = storedCard.safeParse(b.card);
    return s.success ? { message: '', card: { kind: 'stored', card: s.data } } : { message: 'stored card needs cardUserKey and cardToken' };
  }
  const r = rawCard.safeParse(b.card);
  if (!r.success) return { message: `card.${r.error.issues[0]?.path.join('.') ?? ''}: ${r.error.issues[0]?.message ?? 'invalid'}` };
  return { message: '', card: { kind: 'raw', card: r.data } };
}
