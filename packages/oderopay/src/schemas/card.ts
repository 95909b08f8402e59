import { cardNumber, checkExpiryInto, cvv, lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { strictObject } from './object.js';

/** Raw card data (credit, debit or prepaid). */
export interface RawCardInput {
  /** Name on the card. */
  cardHolderName: string;
  /** Spaces and dashes are removed; must pass the Luhn check. */
  cardNumber: string;
  /** Four-digit year (a number is sent as its digits; a two-digit number `35` is sent as `'2035'`). */
  expireYear: string | number;
  /** Month 1–12 (a number is sent zero-padded, `'03'`). */
  expireMonth: string | number;
  /** Security code on the card, 3 or 4 digits. */
  cvc: string;
  /** Store the card when the payment succeeds (default false). */
  storeCardAfterSuccessPayment?: boolean;
  /** Name given to the card when it is stored. */
  cardAlias?: string;
}

/** A card stored earlier (`cardUserKey` + `cardToken` from a previous payment or the card list). */
export interface StoredCardInput {
  /** The customer's card-wallet key, returned when a card was stored. */
  cardUserKey: string;
  /** The stored card's token within that wallet. */
  cardToken: string;
}

/** What is sent for a raw card. */
export interface RawCard {
  /** Name on the card, trimmed. */
  cardHolderName: string;
  /** Digits only, Luhn-checked. */
  cardNumber: string;
  /** Year as digits (`'2035'`). */
  expireYear: string;
  /** Month as two digits (`'07'`). */
  expireMonth: string;
  /** Security code, 3 or 4 digits. */
  cvc: string;
  /** Store the card when the payment succeeds. */
  storeCardAfterSuccessPayment?: boolean;
  /** Name given to the card when it is stored. */
  cardAlias?: string;
}

/** A payment's card: raw card data or a stored card, never a mix. */
export type PaymentCardInput = RawCardInput | StoredCardInput;
/** The card as it goes on the wire. */
export type PaymentCard = RawCard | StoredCardInput;

const digits = (pad: number, widen: (n: number) => number = (n) => n) =>
  z.pipe(
    z.union([z.string().check(z.regex(/^\d+$/, 'must be digits')), z.int().check(z.nonnegative())]),
    z.transform((v: string | number) => (typeof v === 'number' ? String(widen(v)).padStart(pad, '0') : v)),
  );

// The fields of both card forms, checked together below; callers see the `PaymentCardInput` union instead.
const fields = /* @__PURE__ */ lazySchema(() =>
  strictObject({
    /** Name on the card (raw card). */
    cardHolderName: z.optional(z.string().check(z.trim(), z.minLength(1))),
    /** Card number, Luhn-checked; spaces and dashes removed (raw card). */
    cardNumber: z.optional(cardNumber()),
    // A two-digit year number is 20xx, as the expiry check reads it (padding 35 would send year 0035).
    /** Expiry year, four digits (raw card). */
    expireYear: z.optional(digits(4, (n) => (n < 100 ? 2000 + n : n))),
    /** Expiry month, two digits (raw card). */
    expireMonth: z.optional(digits(2)),
    /** Security code, 3 or 4 digits (raw card). */
    cvc: z.optional(cvv()),
    /** Store the card when the payment succeeds (raw card). */
    storeCardAfterSuccessPayment: z.optional(z.boolean()),
    /** Name given to the card when it is stored (raw card). */
    cardAlias: z.optional(z.string()),
    /** The customer's card-wallet key (stored card). */
    cardUserKey: z.optional(z.string().check(z.minLength(1))),
    /** The stored card's token (stored card). */
    cardToken: z.optional(z.string().check(z.minLength(1))),
  }),
);

const RAW_KEYS = ['cardHolderName', 'cardNumber', 'expireYear', 'expireMonth', 'cvc'] as const;

/**
 * The card object: when `cardUserKey` or `cardToken` is present it is a stored card (both required, no raw
 * fields), otherwise raw card data with every field required and a valid, unexpired expiry.
 */
export const paymentCard = /* @__PURE__ */ lazySchema(
  () =>
    z.pipe(
      fields.check(
        z.superRefine((card, ctx) => {
          const stored = card.cardUserKey !== undefined || card.cardToken !== undefined;
          if (stored) {
            for (const k of ['cardUserKey', 'cardToken'] as const)
              if (card[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: `${k} is required for a stored card` });
            for (const k of [...RAW_KEYS, 'storeCardAfterSuccessPayment', 'cardAlias'] as const)
              if (card[k] !== undefined)
                ctx.addIssue({ code: 'custom', path: [k], message: `${k} cannot be combined with a stored card (cardUserKey/cardToken)` });
            return;
          }
          let complete = true;
          for (const k of RAW_KEYS)
            if (card[k] === undefined) {
              complete = false;
              ctx.addIssue({ code: 'custom', path: [k], message: `${k} is required for a card payment` });
            }
          if (complete) checkExpiryInto(ctx, card.expireMonth, card.expireYear, { month: 'expireMonth', year: 'expireYear' });
        }),
      ),
      z.transform((card) => card as PaymentCard),
    ) as unknown as z.ZodMiniType<PaymentCard, PaymentCardInput>,
);
