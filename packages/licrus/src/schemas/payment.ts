import { cardNumber, cvvValid, detectCardBrand, type IssueSink, lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { DEFAULT_CARD_VENDOR } from '../card-vendor.js';
import { envelope } from './common.js';

/** The payment request code Licrus creates for an approved order: a GUID written as 32 hex digits. */
export const paymentRequestCode = /* @__PURE__ */ lazySchema(() =>
  z.string().check(z.trim(), z.regex(/^[0-9a-fA-F]{32}$/, 'PaymentRequestCode must be 32 hexadecimal characters (a GUID without dashes)')),
);

const month = /* @__PURE__ */ lazySchema(() =>
  z.number({ error: 'ExpireMonth must be a number' }).check(z.int({ error: 'ExpireMonth must be a whole number' })),
);
const year = /* @__PURE__ */ lazySchema(() => z.number({ error: 'ExpireYear must be a number' }).check(z.int({ error: 'ExpireYear must be a whole number' })));

/** A two-digit year (13–99) as four digits; other values unchanged. */
const fullYear = (y: number) => (y > 12 && y < 100 ? 2000 + y : y);

/**
 * Month 1–12 and a year, with messages that tell the two apart: the provider's own sample swaps them. Messages state
 * the rule and never quote the value (card data).
 */
function checkExpiry(m: number, y: number, ctx: IssueSink, now: Date): void {
  let ok = true;
  if (m < 1 || m > 12) {
    const message =
      m >= 2000 ? 'ExpireMonth must be a month 1–12; this value is a year (ExpireMonth and ExpireYear look swapped)' : 'ExpireMonth must be a month 1–12';
    ctx.addIssue({ code: 'custom', path: ['ExpireMonth'], message });
    ok = false;
  }
  if (y >= 0 && y <= 12) {
    const message =
      m > 12
        ? 'ExpireYear must be a year like 2030 or 30; this value looks like a month (ExpireMonth and ExpireYear look swapped)'
        : 'ExpireYear must be a year like 2030 or 30; this value looks like a month';
    ctx.addIssue({ code: 'custom', path: ['ExpireYear'], message });
    ok = false;
  } else if (fullYear(y) < 2000 || fullYear(y) > 2099) {
    ctx.addIssue({ code: 'custom', path: ['ExpireYear'], message: 'ExpireYear must be a year 2000–2099 (or two digits)' });
    ok = false;
  }
  if (!ok) return;
  const nowY = now.getUTCFullYear();
  const nowM = now.getUTCMonth() + 1;
  if (fullYear(y) < nowY || (fullYear(y) === nowY && m < nowM))
    ctx.addIssue({ code: 'custom', path: ['ExpireYear'], message: 'the card has expired: ExpireMonth/ExpireYear must not be in the past' });
}

const isInt = (v: unknown): v is number => Number.isInteger(v);

const paymentCardFields = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** Name on the card, as embossed (2–100 characters, trimmed). */
      CardHolderName: z.string().check(z.trim(), z.minLength(2, 'CardHolderName is required'), z.maxLength(100)),
      /** Card number: spaces and dashes are removed, and it must pass the Luhn check. */
      Number: cardNumber(),
      /** Expiry year: four digits (`2030`) or two (`30`, sent as `2030`). */
      ExpireYear: year,
      /** Expiry month, 1–12. */
      ExpireMonth: month,
      /** Security code (CVV/CVC): 3 digits, 4 for American Express (told from the number). */
      SecurityCode: z.string().check(z.regex(/^\d{3,4}$/, 'SecurityCode must be 3 or 4 digits')),
      /**
       * `PaymentCardVendor` as your tenant expects it: a member name or number. Left out, the documented `Unknow` is
       * sent; no other member name is published, so none is guessed from the card number.
       */
      CardVendor: z.optional(z.union([z.string().check(z.minLength(1, 'CardVendor must not be empty')), z.int('CardVendor must be a whole number')])),
    })
    // Runs even when another field failed, so a swapped expiry is reported together with a bad number. A plain check,
    // not `superRefine`: zod honours `when` on it from 4.1, the lowest zod of the peer range (superRefine from 4.4).
    .check(
      z.check<{ ExpireMonth: number; ExpireYear: number }>(
        (payload) => {
          const sink: IssueSink = { addIssue: (issue) => payload.issues.push({ ...issue, input: payload.value, continue: true }) };
          checkExpiry(payload.value.ExpireMonth, payload.value.ExpireYear, sink, new Date());
        },
        {
          when: (payload) => {
            const v = payload.value as { ExpireMonth?: unknown; ExpireYear?: unknown } | undefined;
            return isInt(v?.ExpireMonth) && isInt(v?.ExpireYear);
          },
        },
      ),
    ),
);

/**
 * `PaymentCard`. The number loses spaces and dashes and must pass Luhn; a two-digit year becomes four digits;
 * `CardVendor` left out becomes the documented `Unknow`.
 */
export const paymentCard = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    paymentCardFields,
    z.transform((card: z.output<typeof paymentCardFields>, ctx) => {
      // The CVV length is a property of the card (4 digits for American Express), whatever vendor value is sent.
      if (!cvvValid(card.SecurityCode, detectCardBrand(card.Number))) {
        ctx.issues.push({
          code: 'custom',
          path: ['SecurityCode'],
          message: "SecurityCode has the wrong length for the card's brand (3 digits; 4 for American Express)",
          input: card.SecurityCode,
        });
        return z.NEVER;
      }
      return {
        ...card,
        /** Expiry year in four digits. */
        ExpireYear: fullYear(card.ExpireYear),
        /** `PaymentCardVendor` as given, or the documented `Unknow` when left out. */
        CardVendor: card.CardVendor ?? DEFAULT_CARD_VENDOR,
      };
    }),
  ),
);

/** `PaymentRequest` without the `AuthTicket`, which the client adds. */
export const paymentRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** The payment request code Licrus created for the approved order: 32 hex digits (a GUID without dashes). */
    PaymentRequestCode: paymentRequestCode,
    /** The card to charge; the amount is the order's, fixed by Licrus behind the code. */
    Card: paymentCard,
  }),
);

/** `PaymentResponse`: only the envelope is documented; anything else the tenant returns is kept. */
export const paymentResponse = envelope;
