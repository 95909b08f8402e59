import type { BipSimTransaction } from './types.js';

/** A delivery or billing address as BiP puts it in the listener payload. */
export interface BipSimAddress {
  /** The user's address id in BiP. */
  addressId: string;
  /** The user's label for it (`ev`, `iş`). */
  alias: string;
  /** First name of the recipient. */
  name: string;
  /** Surname of the recipient. */
  surname: string;
  /** City. */
  city: string;
  /** Street address. */
  address: string;
  /** District (ilçe). */
  district: string;
  /** The user's default address. */
  isDefault: boolean;
}

/** The address the simulated user picks when the order needs one and the test gives none. */
export const BIP_SIM_ADDRESS: BipSimAddress = {
  addressId: '29',
  alias: 'ev',
  name: 'Ayşe',
  surname: 'Yılmaz',
  city: 'Istanbul',
  address: 'Örnek Mah. Deneme Sok. No: 1',
  district: 'Besiktas',
  isDefault: true,
};

const two = (n: number) => String(n).padStart(2, '0');

/** `dd.MM.yyyy HH:mm:ss` in Turkey's time (UTC+3), the documented `orderDate` format. */
export function bipOrderDate(at: Date): string {
  const t = new Date(at.getTime() + 3 * 3600_000);
  return `${two(t.getUTCDate())}.${two(t.getUTCMonth() + 1)}.${t.getUTCFullYear()} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`;
}

// A catalogue price as the gateway holds it: the double nearest the decimal, as Java reads "1.10".
const tl = (kurus: number) => kurus / 100;

/**
 * The order total as a Java `double` sum of price × count, line by line, as a gateway that types amounts as
 * `double` computes it: 3 × 1.10 is 3.3000000000000003, not 3.30.
 */
export function doubleTotal(items: readonly { priceKurus: number; count: number }[]): number {
  let total = 0;
  for (const i of items) total += tl(i.priceKurus) * i.count;
  return total;
}

/** The listener payload of an approved order (the documentation's §5 shape, prices from the catalogue, as doubles). */
export function approvedPayload(tx: BipSimTransaction, at: Date): Record<string, unknown> {
  const payload: Record<string, unknown> = { resultCode: 0, resultDesc: 'SUCCESS', transactionId: tx.transactionId };
  if (tx.shippingAddress) payload.shippingAddress = tx.shippingAddress;
  if (tx.billingAddress) payload.billingAddress = tx.billingAddress;
  payload.paymentMethod = 'reserve';
  payload.itemList = tx.items.map((i) => ({
    itemId: i.id,
    itemName: i.name,
    itemPrice: tl(i.priceKurus),
    currency: 'TL',
    itemCount: i.count,
    iRemovable: i.isRemovable,
  }));
  payload.totalAmount = doubleTotal(tx.items);
  payload.orderDate = bipOrderDate(at);
  payload.currency = 'TL';
  payload.channelId = tx.channelId;
  if (tx.commitToken) payload.additionalInfo = { commitToken: tx.commitToken };
  return payload;
}

/** The listener payload of a refused, failed or abandoned order. */
export function failedPayload(tx: BipSimTransaction, resultCode: number, resultDesc: string): Record<string, unknown> {
  return { resultCode, resultDesc, transactionId: tx.transactionId, channelId: tx.channelId };
}
