import type { CallOptions, Referenced } from '@odeme/core';
import type {
  CreatePaymentParams,
  MultiCardPostAuthParams,
  MultiCardPostAuthResult,
  Payment,
  PostAuthParams,
  RetrievePaymentParams,
} from '../types/payments.js';
import type { PaymentDetail } from '../types/reporting.js';

/** `odero.payments`: card payments without 3D Secure, pre-auth captures, multi-card captures and reads. */
export interface PaymentsMethods {
  /**
   * Charges a card without 3D Secure, or places a pre-auth (`paymentPhase: 'PRE_AUTH'`), or one leg of a multi-card
   * payment. `price` must equal the sum of `items[].price` (checked in kuruş before sending). Check
   * `paymentStatus` of the answer.
   *
   * `POST /payment/v1/card-payments`. Moves money, sent once. Reference: `conversationId`, generated when left out
   * (`payment.reference`, `error.reference`); settle an `unknown` outcome with `findByConversationId`.
   * @see `docs/providers/oderopay.md#payments`
   * @example
   * const payment = await odero.payments.create({
   *   price: '150.50', paidPrice: '150.50', installment: 1, currency: 'TRY', paymentGroup: 'PRODUCT',
   *   card: { cardHolderName: 'Ayşe Yılmaz', cardNumber: '5528790000000008', expireYear: '2035', expireMonth: '07', cvc: '123' },
   *   items: [{ name: 'Kitap', price: '100.25' }, { name: 'Kalem', price: '50.25' }],
   * });
   */
  create(params: CreatePaymentParams, options?: CallOptions): Promise<Payment & Referenced>;
  /**
   * Reads a payment by its id.
   *
   * `GET /payment/v1/card-payments/{id}`. A read: retried on network errors, timeouts, 408, 429 and 5xx.
   * @see `docs/providers/oderopay.md#payments`
   */
  retrieve(params: RetrievePaymentParams, options?: CallOptions): Promise<Payment>;
  /**
   * Captures a pre-auth; `paidPrice` may be lower than the pre-authorised amount (the whole of it when left out).
   *
   * `POST /payment/v1/card-payments/{paymentId}/post-auth`. Moves money, sent once. Reference: `paymentId`.
   * @see `docs/providers/oderopay.md#payments`
   */
  postAuth(params: PostAuthParams, options?: CallOptions): Promise<Payment & Referenced>;
  /**
   * Captures every pre-auth leg of a multi-card payment (legs share the `conversationId`); `paidPrice` is their total.
   *
   * `POST /payment/v1/card-payments/{conversationId}/multi_post-auth`. Moves money, sent once. Reference: the
   * legs' `conversationId` (never generated).
   * @see `docs/providers/oderopay.md#payments`
   */
  multiCardPostAuth(params: MultiCardPostAuthParams, options?: CallOptions): Promise<MultiCardPostAuthResult & Referenced>;
}

/** What `odero.payments` has besides its rows. */
export interface PaymentsExtras {
  /**
   * The payments ÖderoPay holds under a `conversationId`, newest first (empty when none): settles a money call whose
   * error has outcome `unknown`, by its `error.reference`. An empty list right after a timeout may only mean the bank
   * is still deciding: ask again a little later before charging anew.
   *
   * `GET /payment-reporting/v1/payments?conversationId=…` (up to 4 pages of 50), rows of another `conversationId`
   * dropped. A read.
   * @see `docs/providers/oderopay.md#when-the-outcome-is-unknown`
   */
  findByConversationId(conversationId: string, options?: CallOptions): Promise<PaymentDetail[]>;
}
