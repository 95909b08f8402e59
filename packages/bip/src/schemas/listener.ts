import { type Kurus, type Locale, lazySchema, TURKEY_UTC_OFFSET_MINUTES } from '@odeme/core';
import * as z from 'zod/mini';
import { BipChannel, bipResultCodeName } from '../constants.js';
import { listenerDecline } from '../listener/decline.js';
import { resultCode } from './common.js';
import { listenerAmountKurus } from './listener-amount.js';
import { parseOrderDate } from './order-date.js';

/**
 * A TL amount of the payload, kept as sent and twinned with its exact kuruş value. Turkcell's amounts are Java
 * doubles: a number within binary-float noise of a kuruş (`3.3000000000000003`) is read as that kuruş; a real third
 * decimal is refused (`listenerAmountKurus`).
 */
const tl = () =>
  z.pipe(
    z.union([z.number(), z.string()]),
    z.transform((value: number | string, ctx) => {
      try {
        const k = listenerAmountKurus(value);
        if (k < 0) throw new Error('negative');
        return {
          /** The amount in TL, as sent. */
          tl: Number(value),
          /** The same amount in exact kuruş. */
          kurus: k,
        };
      } catch {
        ctx.issues.push({
          code: 'custom',
          message: 'amount must be a non-negative TL amount in whole kuruş (two decimals, or a double within float noise of them)',
          input: value,
        });
        return z.NEVER;
      }
    }),
  );

const text = () => z.nullish(z.string());
/** An id BiP may send as text or as a number; always text after parsing. */
const idText = () => z.union([z.string(), z.pipe(z.number(), z.transform(String))]);

/** A delivery or billing address the user chose in BiP (`country` and `quarter` come from Turkcell's sample model). */
export const listenerAddress = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** The address's id in BiP, as text. */
    addressId: z.nullish(idText()),
    /** The user's label for the address (e.g. `ev`, home). */
    alias: text(),
    /** Recipient's first name. */
    name: text(),
    /** Recipient's surname. */
    surname: text(),
    /** City (il). */
    city: text(),
    /** Street address. */
    address: text(),
    /** District (ilçe). */
    district: text(),
    /** Neighbourhood (mahalle); only in Turkcell's sample model. */
    quarter: text(),
    /** Country; only in Turkcell's sample model. */
    country: text(),
    /** Whether this is the user's default address. */
    isDefault: z.nullish(z.boolean()),
  }),
);

/** One product line as the payment system priced it. */
export const listenerItem = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.looseObject({
      /** The product id predefined on the BiP payment system (the `id` sent in `itemList`). */
      itemId: z.int(),
      /** The product's name on the payment system. */
      itemName: text(),
      /** Unit price in TL, as the payment system priced it. */
      itemPrice: tl(),
      /** Currency of the price (`TL`). */
      currency: text(),
      /** Quantity charged. */
      itemCount: z.int().check(z.positive()),
      /** Spelled this way in the documentation's example. */
      iRemovable: z.nullish(z.boolean()),
      /** Whether the user could remove the item (the spelling of the request). */
      isRemovable: z.nullish(z.boolean()),
    }),
    z.transform(({ itemPrice, ...rest }) => ({
      ...rest,
      /** Unit price in TL, as sent. */
      itemPrice: itemPrice.tl,
      /** Unit price in exact kuruş. */
      itemPriceKurus: itemPrice.kurus as Kurus,
    })),
  ),
);

/** Options of listener payload parsing. */
export interface ListenerParseOptions {
  /** Minutes east of UTC of the zone `orderDate` is written in; default 180 (Turkey). The documentation names no zone. */
  utcOffsetMinutes?: number;
  /** Language of the refusals and of `event.decline`: `'en'` (default) or `tr` from `@odeme/bip/tr`. */
  locale?: Locale;
}

/** The payload Turkcell posts to the merchant's listener URL (§5), with the SDK's additions documented per field. */
export function listenerPayloadSchema(options: ListenerParseOptions = {}) {
  const offset = options.utcOffsetMinutes ?? TURKEY_UTC_OFFSET_MINUTES;
  return z.pipe(
    z
      .looseObject({
        /** 0 when the user approved and the payment system charged (or reserved); any other code is a failure. */
        resultCode: resultCode(),
        /** BiP's symbolic description of the code, e.g. `SUCCESS`. */
        resultDesc: z.nullish(z.string()),
        /** The merchant's id of the payment request, as text. */
        transactionId: z.union([z.string().check(z.trim(), z.minLength(1)), z.pipe(z.number(), z.transform(String))]),
        /** Channel 10 only: carries the `commitToken` for the Commit Service. */
        additionalInfo: z.nullish(
          z.looseObject({
            /** The token to send to the Commit Service, as text. */
            commitToken: z.nullish(z.union([z.string().check(z.minLength(1)), z.pipe(z.number(), z.transform(String))])),
          }),
        ),
        /** The delivery address the user chose, when one was asked for (`isDeliverable`). */
        shippingAddress: z.nullish(listenerAddress),
        /** The billing address the user chose, when one was asked for (`isBillingRequired`). */
        billingAddress: z.nullish(listenerAddress),
        /** The e-billing e-mail address; only in Turkcell's sample model. */
        ebillMailAddress: text(),
        /** Always `reserve`. */
        paymentMethod: text(),
        /** The products as the payment system priced them. */
        itemList: z.nullish(z.array(listenerItem)),
        /** Order total in TL. */
        totalAmount: z.nullish(tl()),
        /** Order time, `dd.MM.yyyy HH:mm:ss`. */
        orderDate: z.nullish(z.string()),
        /** Currency of the amounts (`TL`). */
        currency: text(),
        /** The charging channel used (10, 11, 40, 50…). */
        channelId: z.nullish(z.union([z.int(), z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number))])),
      })
      .check(
        z.superRefine((p, ctx) => {
          if (p.orderDate != null && parseOrderDate(p.orderDate, offset) === undefined)
            ctx.addIssue({ code: 'custom', path: ['orderDate'], message: 'orderDate must be a real date written "dd.MM.yyyy HH:mm:ss"' });
          if (p.resultCode === 0 && p.channelId === BipChannel.INVOICE_RESERVE_COMMIT && !p.additionalInfo?.commitToken)
            ctx.addIssue({
              code: 'custom',
              path: ['additionalInfo', 'commitToken'],
              message: 'a successful channel 10 payment must carry additionalInfo.commitToken',
            });
        }),
      ),
    z.transform(({ totalAmount, orderDate, ...p }) => ({
      ...p,
      /** `resultCode === 0`: the user approved and the payment system charged (or, on channel 10, reserved). */
      succeeded: p.resultCode === 0,
      /**
       * A failed payment (`resultCode` not 0) as the `PaymentDeclinedError` it stands for: `reason` from
       * `BIP_DECLINE_CODES` (`other` for a code it does not hold), `shopperMessage('tr')` for the user, the code in
       * `providerCode`. `undefined` when the payment succeeded.
       */
      decline: p.resultCode === 0 ? undefined : listenerDecline(p, options.locale),
      /** The SDK's name of a known result code. */
      resultName: bipResultCodeName(p.resultCode),
      /** `additionalInfo.commitToken`, lifted: present on successful channel 10 payments. */
      commitToken: p.additionalInfo?.commitToken ?? undefined,
      /** Order total in TL, as sent. */
      totalAmount: totalAmount?.tl,
      /** `totalAmount` in exact kuruş. */
      totalAmountKurus: totalAmount?.kurus as Kurus | undefined,
      /** `orderDate` read in the configured zone (Turkey by default). */
      orderDate: orderDate == null ? undefined : (parseOrderDate(orderDate, offset) as Date),
      /** `orderDate` exactly as sent. */
      orderDateText: orderDate ?? undefined,
    })),
  );
}
