import * as z from 'zod/mini';

/**
 * Any other string of an open enum: `string & {}` keeps the known values offered for autocompletion while any other
 * string still type-checks.
 */
export type OtherString = string & {};

/**
 * An enum of an answer, open: the known values are offered by the types (autocompletion), any other string passes,
 * because ÖderoPay's sets keep growing and a new value from the server must not break a caller. Requests use closed
 * `z.enum`s of the same lists instead, so that a value ÖderoPay does not know is refused before sending.
 */
/* @__NO_SIDE_EFFECTS__ */
export function openEnum<const T extends readonly string[]>(_values: T): z.ZodMiniType<T[number] | OtherString, T[number] | OtherString> {
  return z.string() as unknown as z.ZodMiniType<T[number] | OtherString, T[number] | OtherString>;
}

/**
 * Currencies a request may name: `TRY`, `USD`, `EUR` (the official clients' enum) and `AZN`, the currency of
 * ÖderoPay's Azerbaijan region (its `az-sandbox` host). Answers take any code.
 */
export const CURRENCIES = ['TRY', 'USD', 'EUR', 'AZN'] as const;
/** Payment groups. */
export const PAYMENT_GROUPS = ['PRODUCT', 'LISTING_OR_SUBSCRIPTION'] as const;
/** Payment phases: `PRE_AUTH` holds the amount, `POST_AUTH` captures it. */
export const PAYMENT_PHASES = ['AUTH', 'PRE_AUTH', 'POST_AUTH'] as const;
/** Payment types. */
export const PAYMENT_TYPES = [
  'CARD_PAYMENT',
  'MULTI_CARD_PAYMENT',
  'DEPOSIT_PAYMENT',
  'WALLET_PAYMENT',
  'CARD_AND_WALLET_PAYMENT',
  'BANK_TRANSFER',
  'CREDIT_PAYMENT',
] as const;
/** Payment statuses. */
export const PAYMENT_STATUSES = ['FAILURE', 'SUCCESS', 'INIT_THREEDS', 'CALLBACK_THREEDS'] as const;
/** Card types. */
export const CARD_TYPES = ['CREDIT_CARD', 'DEBIT_CARD', 'PREPAID_CARD'] as const;
/** Card associations (schemes). */
export const CARD_ASSOCIATIONS = ['VISA', 'MASTER_CARD', 'AMEX', 'TROY'] as const;
/** Payout state of a payment transaction. */
export const TRANSACTION_STATUSES = ['WAITING_FOR_APPROVAL', 'APPROVED', 'PAYOUT_STARTED'] as const;
/** Refund outcome. */
export const REFUND_STATUSES = ['SUCCESS', 'FAILURE'] as const;
/** `CANCEL` (same-day void) or `REFUND`. */
export const REFUND_TYPES = ['CANCEL', 'REFUND'] as const;
/** Where refunded money goes (`BANK` appears only in the refund-by-payment-id docs). */
export const REFUND_DESTINATION_TYPES = ['CARD', 'WALLET', 'BANK'] as const;
/** Transaction approval outcome. */
export const APPROVAL_STATUSES = ['SUCCESS', 'FAILURE'] as const;
/** Active/passive status of buyers, sub-merchants and links. */
export const STATUSES = ['ACTIVE', 'PASSIVE'] as const;
/** Legal form of a sub-merchant. */
export const SUB_MERCHANT_TYPES = ['PERSONAL', 'PRIVATE_COMPANY', 'LIMITED_OR_JOINT_STOCK_COMPANY'] as const;
/** Merchant type in settlement rows. */
export const MERCHANT_TYPES = ['MERCHANT', 'SUB_MERCHANT'] as const;
/** Settlement row type. */
export const SETTLEMENT_TYPES = ['SETTLEMENT', 'BOUNCED_SETTLEMENT'] as const;
/** Which rail the payment used: ÖderoPay's own POS or a merchant gateway POS. */
export const CONNECTOR_TYPES = ['TOKENPOS', 'TOKENGATE'] as const;
/** Cross-booking states. */
export const CROSS_BOOKING_STATUSES = ['WAITING_FOR_PAYOUT', 'PAYOUT_STARTED', 'PAYOUT_COMPLETED', 'NOT_FOUND_IN_SETTLEMENT', 'CANCELLED'] as const;
/** Payout status (.NET client). */
export const PAYOUT_STATUSES = ['NO_PAYOUT', 'WAITING_FOR_PAYOUT', 'PAYOUT_STARTED', 'PAYOUT_COMPLETED'] as const;
/** How the blockage of a POS is resolved (Java client). */
export const POS_BLOCKAGE_RESOLVE_TYPES = ['BLOCKED', 'NEXT_DAY', 'FLEXIBLE_VALOR', 'FLEXIBLE_VALOR_NEW'] as const;
/** Subscription status; the v1 update-status body is its index (ACTIVE 0, PASSIVE 1, PENDING 2). */
export const SUBSCRIPTION_STATUSES = ['ACTIVE', 'PASSIVE', 'PENDING'] as const;
/** Subscription period (.NET client); the docs' `plan.periodType` uses days (7/30/360). */
export const SUBSCRIPTION_PERIOD_TYPES = ['WEEK', 'MONTH', 'YEAR'] as const;
/** Multi-card payment state with its numeric code in the docs. */
export const PAYMENT_MULTI_CARD_STATUSES = [
  'SUCCESS',
  'FIRST_PRE_AUTH',
  'SECOND_PRE_AUTH',
  'FIRST_POST_AUTH_INVOKE_FAILED',
  'SECOND_POST_AUTH_INVOKE_FAILED',
  'FIRST_PRE_AUTH_CANCEL_BY_TIMEOUT',
  'FIRST_PRE_AUTH_CANCEL_BY_TIMEOUT_FAILED',
] as const;
/** Installment counts ÖderoPay's docs list; requests take any count from 1 to 12 (`INSTALLMENT_COUNTS`). */
export const INSTALLMENTS = [1, 2, 3, 6, 9, 12] as const;
/** Installment counts a request may name: 1 to 12, as both official clients take them (the gateway decides per card). */
export const INSTALLMENT_COUNTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const satisfies readonly InstallmentCount[];
/**
 * Payment error groups of ÖderoPay's error-code page (`PICKUP_CARD` from its security recommendations; `UNKNOWN` is a
 * refund the system could not record); branch on `PaymentDeclinedError.group`, or on its `reason` (see
 * `ODEROPAY_DECLINE_TABLE`). The set stays open: a group not listed here still arrives as a string.
 */
export const DECLINE_GROUPS = [
  'NOT_SUFFICIENT_FUNDS',
  'DO_NOT_HONOUR',
  'INVALID_TRANSACTION',
  'LOST_CARD',
  'STOLEN_CARD',
  'EXPIRED_CARD',
  'INVALID_CVC2',
  'NOT_PERMITTED_TO_CARDHOLDER',
  'NOT_PERMITTED_TO_TERMINAL',
  'FRAUD_SUSPECT',
  'RESTRICTED_BY_LAW',
  'UNKNOWN',
  'PICKUP_CARD',
] as const;

/** A currency a request may name (`TRY`, `USD`, `EUR`, `AZN`); answers may carry others. */
export type Currency = (typeof CURRENCIES)[number];
/** An installment count a request may name, 1 to 12 (`INSTALLMENT_COUNTS`). */
export type InstallmentCount = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
/** A payment status of an answer (others pass). */
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number] | OtherString;
/** A decline group (others pass). */
export type DeclineGroup = (typeof DECLINE_GROUPS)[number] | OtherString;
