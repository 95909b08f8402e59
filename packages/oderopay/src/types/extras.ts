import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { anyObject } from '../schemas/common.js';
import type { creditInitRequest, creditInitResponse, creditOffer, creditPreviewRequest, creditPreviewResponse } from '../schemas/credit.js';
import type { moneyTransferRequest, moneyTransferResponse, walletInitRequest, walletStatusRequest } from '../schemas/extras.js';
import type { BasketItem } from './payments.js';
import type { Without } from './without.js';

/** What `creditPayments.init` takes: the official clients' fields, all optional; others pass through. */
export interface CreditPaymentParams extends Without<z.input<typeof creditInitRequest>, 'items'> {
  /** Basket lines; their prices add up to `price`. */
  items?: BasketItem[];
}

/** The lender's answer to a credit payment: a page (`htmlContent`) or a URL (`redirectURL`) for the customer. */
export interface CreditPaymentStart extends Answer<z.output<typeof creditInitResponse>> {}

/** What `creditPayments.preview` takes: the amount to borrow, the product and the lender. */
export interface CreditPreviewParams extends z.input<typeof creditPreviewRequest> {}

/** One loan offer of a preview (the lender sends every value as text). */
export interface CreditOffer extends Answer<z.output<typeof creditOffer>> {}

/** The lender's offers for an amount. */
export interface CreditPreview extends Omit<Answer<z.output<typeof creditPreviewResponse>>, 'offerProductTable'> {
  /** The offers. */
  offerProductTable?: CreditOffer[] | null;
}

/** What `moneyTransfers.createCode` takes: the amount, the receiver and your `transactionId`. */
export interface MoneyTransferParams extends z.input<typeof moneyTransferRequest> {}

/** A money-transfer payment code (`isSuccess: true`; a refusal is a `ProviderError`). */
export interface MoneyTransferCode extends Answer<z.output<typeof moneyTransferResponse>> {}

/** What `walletPayments.init` takes: the fields a wallet payment plainly carries; others pass through. */
export interface WalletPaymentParams extends z.input<typeof walletInitRequest> {}

/** The answer of `walletPayments.init`: not published, so nothing is typed; read it with `responseOf(result)?.data`. */
export type WalletPaymentStart = Answer<z.output<typeof anyObject>>;

/** What `walletPayments.status` takes: the wallet payment's order id. */
export interface WalletStatusParams extends z.input<typeof walletStatusRequest> {}
