import { ConfigurationError, type DeclineReason, type Kurus, SignatureVerificationError } from '@odeme/core';
import { decodePayWallText } from '../base64-text.js';
import { threeDReturnDeclineReason } from '../declines.js';
import { callbackKurus } from './amounts.js';
import { paymentTemplate, payWallHash, sameHash } from './hash.js';
import { type PayWallCallbackLimits, type PayWallFormInput, readForm } from './input.js';

/** The 3D return fields the hash covers (§6.2 "Payment" template: paymentId, uniqueCode, amount, installment). */
export interface PayWallThreeDReturnVerified {
  /** `paymentId`: PayWall's id of the payment; query it (`queries.byPaymentId`) for the payment's real state. */
  paymentId: number | undefined;
  /** Your `MerchantUniqueCode` (posted as `uniqueCode`). */
  merchantUniqueCode: string;
  /** Amount in TL exactly as posted (`amount`). */
  amount: string;
  /** `amount` in kuruş. */
  amountKurus: Kurus | undefined;
  /** `installment`: number of installments. */
  installment: number | undefined;
}

/** The 3D return fields the hash does not cover: whoever relays the buyer's browser can change them. */
export interface PayWallThreeDReturnUnverified {
  /** `Success` or `Unsuccessful`, as posted. */
  status: string;
  /** `status === 'Success'` and `errorCode` 0: what the post claims, not what happened. */
  success: boolean;
  /** PayWall code: 0 ok, 1 failed. */
  errorCode: number | undefined;
  /** Decoded from Base64. */
  errorMessage: string | undefined;
  /** PayWall's unique payment code. */
  paymentCode: string | undefined;
  /** `providerErrorCode`: the provider's error code. */
  providerErrorCode: string | undefined;
  /** `providerErrorMessage`: the provider's error text, decoded from Base64. */
  providerErrorMessage: string | undefined;
  /** `providerBankErrorCode`: the error code of the bank behind a payment institution. */
  providerBankErrorCode: string | undefined;
  /** `providerBankErrorMessage`: that bank's error text, decoded from Base64. */
  providerBankErrorMessage: string | undefined;
  /** Set when `CardSave` was asked for. */
  cardSaved: boolean | undefined;
  /** `cardSavedUniqueCode`: the stored card's `UniqueCode` when the card was saved. */
  cardSavedUniqueCode: string | undefined;
  /** `date` of the payment, as posted. */
  date: string | undefined;
  /**
   * Why the post says the payment failed, in the shared decline vocabulary: the bank's code
   * (`providerBankErrorCode`, ISO 8583) when it names one, `three_ds_failed` when a failure carries no bank code
   * (inferred: the 3D step itself failed); `undefined` when the post claims success. For the message to the shopper
   * (`shopperMessage(reason, 'tr')`), never for fulfilment.
   */
  declineReason: DeclineReason | undefined;
}

/**
 * A verified 3D return post (§6.1), split by what the hash covers. The outcome (`status`, `errorCode`) is NOT
 * covered: a failed return edited to `status=Success` still verifies. Act on `verified` only: query the payment
 * by `verified.paymentId` and ship on the query's status.
 */
export interface PayWallThreeDReturn {
  /** The fields the hash covers. */
  verified: PayWallThreeDReturnVerified;
  /** The fields it does not cover: for messages and logs, never for fulfilment. */
  unverified: PayWallThreeDReturnUnverified;
  /** Every posted field, as text. */
  fields: Record<string, string>;
}

/** A 3D return read without a hash (`parseThreeDReturn`): nothing in it is verified. */
export interface PayWallUncheckedThreeDReturn {
  /** Always `undefined`: no hash was checked. */
  verified: undefined;
  /** Every typed field, none of them verified. */
  unverified: PayWallThreeDReturnVerified & PayWallThreeDReturnUnverified;
  /** Every posted field, as text. */
  fields: Record<string, string>;
}

const num = (v: string | undefined) => (v === undefined || v.trim() === '' || Number.isNaN(Number(v)) ? undefined : Number(v));
const opt = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
const bool = (v: string | undefined) => (v === undefined || v === '' ? undefined : v.toLowerCase() === 'true');

function covered(f: Record<string, string>): PayWallThreeDReturnVerified {
  return {
    paymentId: num(f.paymentId),
    merchantUniqueCode: f.uniqueCode ?? '',
    amount: f.amount ?? '',
    amountKurus: callbackKurus(f.amount),
    installment: num(f.installment),
  };
}

function uncovered(f: Record<string, string>): PayWallThreeDReturnUnverified {
  const errorCode = num(f.errorCode);
  const status = f.status ?? '';
  const success = status === 'Success' && (errorCode === undefined || errorCode === 0);
  return {
    status,
    success,
    errorCode,
    errorMessage: decodePayWallText(f.errorMessage),
    paymentCode: opt(f.paymentCode),
    providerErrorCode: opt(f.providerErrorCode),
    providerErrorMessage: decodePayWallText(f.providerErrorMessage),
    providerBankErrorCode: opt(f.providerBankErrorCode),
    providerBankErrorMessage: decodePayWallText(f.providerBankErrorMessage),
    cardSaved: bool(f.cardSaved),
    cardSavedUniqueCode: opt(f.cardSavedUniqueCode),
    date: opt(f.date),
    declineReason: threeDReturnDeclineReason(success, opt(f.providerBankErrorCode)),
  };
}

/**
 * Reads the 3D return post without checking it: every field is `unverified`. Only for accounts without a 3D hash
 * key; confirm the outcome with a query (`queries.byPaymentId`) before fulfilling the order.
 */
export async function parseThreeDReturn(input: PayWallFormInput, limits: PayWallCallbackLimits = {}): Promise<PayWallUncheckedThreeDReturn> {
  const f = await readForm(input, limits);
  return { verified: undefined, unverified: { ...covered(f), ...uncovered(f) }, fields: f };
}

/**
 * Verifies the 3D return post: `hash` must equal hex(SHA-256(`key###paymentId###uniqueCode###amount###installment`)),
 * compared in constant time, and splits the post into the covered fields (`verified`) and the rest (`unverified`).
 * Throws `SignatureVerificationError` when the hash is missing or differs, and
 * `ValidationError` for a body that cannot be read or is larger than `limits.maxBodyBytes` (64 KiB).
 */
export async function verifyThreeDReturn(
  input: PayWallFormInput,
  threeDHashKey: string | undefined,
  limits: PayWallCallbackLimits = {},
): Promise<PayWallThreeDReturn> {
  if (!threeDHashKey) throw new ConfigurationError('PayWall: hashKeys.threeD is not configured, so the 3D return cannot be verified', { provider: 'paywall' });
  const f = await readForm(input, limits);
  const received = f.hash ?? '';
  if (received === '')
    throw new SignatureVerificationError('PayWall 3D return has no hash field (is a 3D Hash Key created in the panel?)', { provider: 'paywall' });
  const expected = await payWallHash(threeDHashKey, paymentTemplate(f.paymentId ?? '', f.uniqueCode ?? '', f.amount ?? '', f.installment ?? ''));
  if (!sameHash(expected, received)) throw new SignatureVerificationError('PayWall 3D return hash does not verify', { provider: 'paywall' });
  return { verified: covered(f), unverified: uncovered(f), fields: f };
}
