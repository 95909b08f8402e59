import { cvvValid, luhnValid, normaliseCardNumber } from '@odeme/core';
import * as z from 'zod';

const expiryMin = z.number().int().min(0, 'ExpiryMin is 0–30').max(30, 'ExpiryMin is 0–30');

/** #11 `POST temptoken`: a short-lived token for client-side calls. */
export const tempTokenRequest = z.strictObject({ ClientCardSave: z.boolean(), ThreeDSession: z.boolean(), ExpiryMin: expiryMin });

/** Answer of #11. */
export const tempTokenResponse = z.looseObject({
  TempTokenId: z.union([z.number(), z.string()]).nullish(),
  Token: z.string(),
  ExpiryDateTime: z.string().nullish(),
  Scope: z.looseObject({ ClientCardSave: z.boolean().nullish(), ThreeDSession: z.boolean().nullish() }).nullish(),
});

/**
 * #12 `POST tempcard`: tokenises a card with the `token` of #11 (sent as the `token` header, not in the body).
 * `CardType` 1 (e-commerce) needs number, CVV and expiry; 2 (insurance) the first 8 and last 4 digits and the identity number.
 */
export const tempCardRequest = z
  .strictObject({
    token: z.string().min(1, 'token (from temptoken) is required'),
    CardType: z.number().int().min(1).max(2),
    CardOwnerName: z.string().min(1).max(60, 'CardOwnerName is at most 60 characters'),
    CardNumber: z.string().optional(),
    CardCvv: z.string().optional(),
    CardExpiryMonth: z.union([z.string(), z.number().int()]).transform(String).optional(),
    CardExpiryYear: z.union([z.string(), z.number().int()]).transform(String).optional(),
    CardNoFirst: z.string().optional(),
    CardNoLast: z.string().optional(),
    IdentityNumber: z.string().optional(),
    ExpiryMin: expiryMin,
  })
  .transform((c, ctx) => {
    if (c.CardType === 1) {
      const n = normaliseCardNumber(c.CardNumber ?? '');
      if (!luhnValid(n)) ctx.addIssue({ code: 'custom', path: ['CardNumber'], message: 'card number must be 12–19 Luhn-valid digits' });
      if (!cvvValid(c.CardCvv ?? '')) ctx.addIssue({ code: 'custom', path: ['CardCvv'], message: 'security code must be 3 or 4 digits' });
      if (!c.CardExpiryMonth || !c.CardExpiryYear) ctx.addIssue({ code: 'custom', path: ['CardExpiryMonth'], message: 'expiry month and year are required' });
      return { ...c, CardNumber: n };
    }
    if (!/^\d{8}$/.test(c.CardNoFirst ?? '')) ctx.addIssue({ code: 'custom', path: ['CardNoFirst'], message: 'CardNoFirst must be the first 8 digits' });
    if (!/^\d{4}$/.test(c.CardNoLast ?? '')) ctx.addIssue({ code: 'custom', path: ['CardNoLast'], message: 'CardNoLast must be the last 4 digits' });
    if (!c.IdentityNumber) ctx.addIssue({ code: 'custom', path: ['IdentityNumber'], message: 'IdentityNumber is required for an insurance card' });
    return c;
  });

/** Answer of #12: put `CardToken` in `Card.TempCardToken` of a payment. */
export const tempCardResponse = z.looseObject({
  TempCardId: z.union([z.number(), z.string()]).nullish(),
  CardToken: z.string(),
  ExpiryDateTime: z.string().nullish(),
});
