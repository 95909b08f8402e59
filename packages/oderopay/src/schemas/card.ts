import { cardNumber, checkExpiryInto, cvv } from '@odeme/core';
import * as z from 'zod';

/** Raw card data (credit, debit or prepaid). */
export interface RawCardInput {
  cardHolderName: string;
  /** Spaces and dashes are removed; must pass the Luhn check. */
  cardNumber: string;
  /** Four-digit year (a number is sent as its digits). */
  expireYear: string | number;
  /** Month 1–12 (a number is sent zero-padded, `'03'`). */
  expireMonth: string | number;
  cvc: string;
  /** Store the card when the payment succeeds (default false). */
  storeCardAfterSuccessPayment?: boolean;
  /** Name given to the card when it is stored. */
  cardAlias?: string;
}

/** A card stored earlier (`cardUserKey` + `cardToken` from a previous payment or the card list). */
export interface StoredCardInput {
  cardUserKey: string;
  cardToken: string;
}

/** What is sent for a raw card. */
export interface RawCard {
  cardHolderName: string;
  cardNumber: string;
  expireYear: string;
  expireMonth: string;
  cvc: string;
  storeCardAfterSuccessPayment?: boolean;
  cardAlias?: string;
}

/** A payment's card: raw card data or a stored card, never a mix. */
export type PaymentCardInput = RawCardInput | StoredCardInput;
/** The card as it goes on the wire. */
export type PaymentCard = RawCard | StoredCardInput;

const digits = (pad: number) =>
  z
    .union([z.string().regex(/^\d+$/, 'must be digits'), z.number().int().nonnegative()])
    .transform((v) => (typeof v === 'number' ? String(v).padStart(pad, '0') : v));

const fields = z.strictObject({
  cardHolderName: z.string().trim().min(1).optional(),
  cardNumber: cardNumber().optional(),
  expireYear: digits(4).optional(),
  expireMonth: digits(2).optional(),
  cvc: cvv().optional(),
  storeCardAfterSuccessPayment: z.boolean().optional(),
  cardAlias: z.string().optional(),
  cardUserKey: z.string().min(1).optional(),
  cardToken: z.string().min(1).optional(),
});

const RAW_KEYS = ['cardHolderName', 'cardNumber', 'expireYear', 'expireMonth', 'cvc'] as const;

/**
 * The card object: when `cardUserKey` or `cardToken` is present it is a stored card (both required, no raw
 * fields), otherwise raw card data with every field required and a valid, unexpired expiry.
 */
export const paymentCard = fields
  .superRefine((card, ctx) => {
    const stored = card.cardUserKey !== undefined || card.cardToken !== undefined;
    if (stored) {
      for (const k of ['cardUserKey', 'cardToken'] as const)
        if (card[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: `${k} is required for a stored card` });
      for (const k of [...RAW_KEYS, 'storeCardAfterSuccessPayment', 'cardAlias'] as const)
        if (card[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: `${k} cannot be combined with a stored card (cardUserKey/cardToken)` });
      return;
    }
    let complete = true;
    for (const k of RAW_KEYS)
      if (card[k] === undefined) {
        complete = false;
        ctx.addIssue({ code: 'custom', path: [k], message: `${k} is required for a card payment` });
      }
    if (complete) checkExpiryInto(ctx, card.expireMonth, card.expireYear, { month: 'expireMonth', year: 'expireYear' });
  })
  .transform((card) => card as PaymentCard) as unknown as z.ZodType<PaymentCard, PaymentCardInput>;
