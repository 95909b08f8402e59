import { type Kurus, toKurus } from '@odeme/core';
import * as z from 'zod';
import { BipChannel, bipResultCodeName } from '../constants.js';
import { resultCode } from './common.js';
import { parseOrderDate, TURKEY_UTC_OFFSET_MINUTES } from './order-date.js';

/** A TL amount of the payload, kept as sent and twinned with its exact kuruş value (more than two decimals is refused). */
const tl = () =>
  z.union([z.number(), z.string()]).transform((value, ctx) => {
    try {
      const k = toKurus(value);
      if (k < 0) throw new Error('negative');
      return { tl: Number(value), kurus: k };
    } catch {
      ctx.addIssue({ code: 'custom', message: `amount must be a non-negative TL amount with at most two decimals, got ${JSON.stringify(value)}` });
      return z.NEVER;
    }
  });

const text = () => z.string().nullish();

/** A delivery or billing address the user chose in BiP (`country` and `quarter` come from Turkcell's sample model). */
export const listenerAddress = z.looseObject({
  addressId: z.union([z.string(), z.number().transform(String)]).nullish(),
  alias: text(),
  name: text(),
  surname: text(),
  city: text(),
  address: text(),
  district: text(),
  quarter: text(),
  country: text(),
  isDefault: z.boolean().nullish(),
});
/** A parsed listener address. */
export type BipListenerAddress = z.output<typeof listenerAddress>;

/** One product line as the payment system priced it. */
export const listenerItem = z
  .looseObject({
    itemId: z.number().int(),
    itemName: text(),
    itemPrice: tl(),
    currency: text(),
    itemCount: z.number().int().positive(),
    /** Spelled this way in the documentation's example. */
    iRemovable: z.boolean().nullish(),
    isRemovable: z.boolean().nullish(),
  })
  .transform(({ itemPrice, ...rest }) => ({ ...rest, itemPrice: itemPrice.tl, itemPriceKurus: itemPrice.kurus as Kurus }));
/** A parsed listener item: `itemPrice` as sent plus `itemPriceKurus`. */
export type BipListenerItem = z.output<typeof listenerItem>;

/** Options of listener payload parsing. */
export interface ListenerParseOptions {
  /** Minutes east of UTC of the zone `orderDate` is written in; default 180 (Turkey). The documentation names no zone. */
  utcOffsetMinutes?: number;
}

/** The payload Turkcell posts to the merchant's listener URL (§5), with the SDK's additions documented per field. */
export function listenerPayloadSchema(options: ListenerParseOptions = {}) {
  const offset = options.utcOffsetMinutes ?? TURKEY_UTC_OFFSET_MINUTES;
  return z
    .looseObject({
      resultCode: resultCode(),
      resultDesc: z.string().nullish(),
      transactionId: z.union([z.string().trim().min(1), z.number().transform(String)]),
      additionalInfo: z.looseObject({ commitToken: z.union([z.string().min(1), z.number().transform(String)]).nullish() }).nullish(),
      shippingAddress: listenerAddress.nullish(),
      billingAddress: listenerAddress.nullish(),
      ebillMailAddress: text(),
      paymentMethod: text(),
      itemList: z.array(listenerItem).nullish(),
      totalAmount: tl().nullish(),
      orderDate: z.string().nullish(),
      currency: text(),
      channelId: z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]).nullish(),
    })
    .superRefine((p, ctx) => {
      if (p.orderDate != null && parseOrderDate(p.orderDate, offset) === undefined)
        ctx.addIssue({ code: 'custom', path: ['orderDate'], message: `orderDate must be "dd.MM.yyyy HH:mm:ss", got ${JSON.stringify(p.orderDate)}` });
      if (p.resultCode === 0 && p.channelId === BipChannel.INVOICE_RESERVE_COMMIT && !p.additionalInfo?.commitToken)
        ctx.addIssue({
          code: 'custom',
          path: ['additionalInfo', 'commitToken'],
          message: 'a successful channel 10 payment must carry additionalInfo.commitToken',
        });
    })
    .transform(({ totalAmount, orderDate, ...p }) => ({
      ...p,
      /** `resultCode === 0`: the user approved and the payment system charged (or, on channel 10, reserved). */
      succeeded: p.resultCode === 0,
      /** The SDK's name of a known result code. */
      resultName: bipResultCodeName(p.resultCode),
      /** `additionalInfo.commitToken`, lifted: present on successful channel 10 payments. */
      commitToken: p.additionalInfo?.commitToken ?? undefined,
      totalAmount: totalAmount?.tl,
      /** `totalAmount` in exact kuruş. */
      totalAmountKurus: totalAmount?.kurus as Kurus | undefined,
      /** `orderDate` read in the configured zone (Turkey by default). */
      orderDate: orderDate == null ? undefined : (parseOrderDate(orderDate, offset) as Date),
      /** `orderDate` exactly as sent. */
      orderDateText: orderDate ?? undefined,
    }));
}

/** A validated listener callback, as the merchant's `onPayment` receives it. */
export type BipListenerEvent = z.output<ReturnType<typeof listenerPayloadSchema>>;
