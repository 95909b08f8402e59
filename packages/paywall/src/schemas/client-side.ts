import { checkExpiryInto, cvvValid, lazySchema, luhnValid, normaliseCardNumber } from '@odeme/core';
import * as z from 'zod/mini';
import { infoKey, orEmpty } from './answer.js';
import { issueSink } from './common.js';
import { PayWallTempCardType } from './enums.js';

const expiryMin = /* @__PURE__ */ lazySchema(() => z.int().check(z.minimum(0, 'ExpiryMin is 0–30'), z.maximum(30, 'ExpiryMin is 0–30')));
const monthOrYear = /* @__PURE__ */ lazySchema(() => z.pipe(z.union([z.string(), z.int()]), z.transform(String)));

/** #11 `POST temptoken`: a short-lived token for client-side calls. */
export const tempTokenRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The token may save the card in CardWall. */
    ClientCardSave: z.boolean(),
    /** The token may start a 3D session. */
    ThreeDSession: z.boolean(),
    /** Minutes the token lives, 0–30. */
    ExpiryMin: expiryMin,
  }),
);

/** Answer of #11; a `null` body reads as `{ Token: '' }`. */
export const tempTokenResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's id of the token. */
      TempTokenId: z.nullish(z.union([z.number(), z.string()])),
      /** The token, sent as the `token` header of `tempcard` (`''` when PayWall sends `null`: `tempcard` then refuses it before sending). */
      Token: infoKey(),
      /** When the token expires: date-time text as PayWall sends it (not converted). */
      ExpiryDateTime: z.nullish(z.string()),
      /** What the token may do. */
      Scope: z.nullish(
        z.looseObject({
          /** The token may save the card. */
          ClientCardSave: z.nullish(z.boolean()),
          /** The token may start a 3D session. */
          ThreeDSession: z.nullish(z.boolean()),
        }),
      ),
    }),
  ),
);

const tempCardFields = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The `Token` of `temptoken`; sent as the `token` header, not in the body. */
    token: z.string().check(z.minLength(1, 'token (from temptoken) is required')),
    /** Kind of card (§5, `PayWallTempCardType`): 1 e-commerce, 2 insurance. */
    CardType: z.literal(Object.values(PayWallTempCardType)),
    /** Card holder's name, 1–60 characters. */
    CardOwnerName: z.string().check(z.minLength(1), z.maxLength(60, 'CardOwnerName is at most 60 characters')),
    /** E-commerce: the card number (Luhn-valid; spaces and dashes removed). */
    CardNumber: z.optional(z.string()),
    /** E-commerce: the security code, 3 or 4 digits. */
    CardCvv: z.optional(z.string()),
    /** E-commerce: expiry month (a number is accepted, sent as text). */
    CardExpiryMonth: z.optional(monthOrYear),
    /** E-commerce: expiry year (a number is accepted, sent as text). */
    CardExpiryYear: z.optional(monthOrYear),
    /** Insurance: the first 8 digits of the card. */
    CardNoFirst: z.optional(z.string()),
    /** Insurance: the last 4 digits of the card. */
    CardNoLast: z.optional(z.string()),
    /** Insurance: the card holder's identity number. */
    IdentityNumber: z.optional(z.string()),
    /** Minutes the card token lives, 0–30. */
    ExpiryMin: expiryMin,
  }),
);

/**
 * #12 `POST tempcard`: tokenises a card with the `token` of #11 (sent as the `token` header, not in the body).
 * `CardType` 1 (e-commerce) needs number, CVV and an expiry not past; 2 (insurance) the first 8 and last 4 digits and the identity number.
 */
export const tempCardRequest = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    tempCardFields,
    z.transform((c: z.output<typeof tempCardFields>, payload) => {
      const ctx = issueSink(payload);
      if (c.CardType === 1) {
        const n = normaliseCardNumber(c.CardNumber ?? '');
        if (!luhnValid(n)) ctx.addIssue({ code: 'custom', path: ['CardNumber'], message: 'card number must be 12–19 Luhn-valid digits' });
        if (!cvvValid(c.CardCvv ?? '')) ctx.addIssue({ code: 'custom', path: ['CardCvv'], message: 'security code must be 3 or 4 digits' });
        if (!c.CardExpiryMonth || !c.CardExpiryYear) ctx.addIssue({ code: 'custom', path: ['CardExpiryMonth'], message: 'expiry month and year are required' });
        // An expired, swapped or out-of-range expiry is refused here, as for `Card`, not after a round trip.
        else checkExpiryInto(ctx, c.CardExpiryMonth, c.CardExpiryYear, { month: 'CardExpiryMonth', year: 'CardExpiryYear' });
        return { ...c, CardNumber: n };
      }
      if (!/^\d{8}$/.test(c.CardNoFirst ?? '')) ctx.addIssue({ code: 'custom', path: ['CardNoFirst'], message: 'CardNoFirst must be the first 8 digits' });
      if (!/^\d{4}$/.test(c.CardNoLast ?? '')) ctx.addIssue({ code: 'custom', path: ['CardNoLast'], message: 'CardNoLast must be the last 4 digits' });
      if (!c.IdentityNumber) ctx.addIssue({ code: 'custom', path: ['IdentityNumber'], message: 'IdentityNumber is required for an insurance card' });
      return c;
    }),
  ),
);

/** Answer of #12: put `CardToken` in `Card.TempCardToken` of a payment; a `null` body reads as `{ CardToken: '' }`. */
export const tempCardResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's id of the card token. */
      TempCardId: z.nullish(z.union([z.number(), z.string()])),
      /** The card token: put it in `Card.TempCardToken` of a payment (`''` when PayWall sends `null`). */
      CardToken: infoKey(),
      /** When the card token expires: date-time text as PayWall sends it (not converted). */
      ExpiryDateTime: z.nullish(z.string()),
    }),
  ),
);
