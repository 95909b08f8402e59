// The shop's orders, in memory: what a real shop keeps in its database.
import type { DeclineReason } from '@odeme/core';

export type OrderStatus = 'awaiting_bank' | 'paid' | 'declined' | 'refunded';

export interface Order {
  /** Our order id, sent to ÖderoPay as `conversationId`: the reference to look the payment up by. */
  id: string;
  productSlug: string;
  /** TL decimal text. */
  amount: string;
  installment: number;
  status: OrderStatus;
  /** ÖderoPay's payment id, once the bank step returned. */
  paymentId?: number;
  /** What the card is asked for (TL text), with the installment's charge: known before the bank step. */
  toCharge?: string;
  /** What ÖderoPay charged (TL text), once the payment completed. */
  paidPrice?: string;
  /** Why it was declined, and the text for the shopper. */
  decline?: { reason: DeclineReason; message: string };
  /** TL text refunded. */
  refunded?: string;
  createdAt: Date;
}

export class Orders {
  private readonly byId = new Map<string, Order>();
  private seq = 0;

  create(productSlug: string, amount: string, installment: number): Order {
    this.seq += 1;
    const id = `SIP-${Date.now().toString(36).toUpperCase()}-${this.seq}`;
    const order: Order = { id, productSlug, amount, installment, status: 'awaiting_bank', createdAt: new Date() };
    this.byId.set(id, order);
    return order;
  }

  get(id: string | undefined): Order | undefined {
    return id === undefined ? undefined : this.byId.get(id);
  }

  all(): Order[] {
    return [...this.byId.values()];
  }
}
