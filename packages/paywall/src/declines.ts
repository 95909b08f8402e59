import { type DeclineReason, declineReasonFromIso8583 } from '@odeme/core';
import { decodePayWallText } from './base64-text.js';
import { PAYWALL_PAYMENT_ERROR_CODES, type PayWallErrorTable, payWallCommonErrorCodes } from './error-codes.js';

/**
 * PayWall's own `ErrorCode`s that say why a card payment was refused, by numbering (spec §3.2). PayWall is an
 * orchestrator: most declines come as code 1 ("failure") with the bank's ISO 8583 code in `Body.Error.BankErrorCode`,
 * which `declineReasonFromIso8583` reads; these codes are the refusals PayWall words itself. Codes not listed here
 * (1 failure, 111 `PaymentError`, and every refusal that is not about the card) leave the reason to the bank's code.
 */
export const PAYWALL_DECLINE_CODES: Readonly<Record<PayWallErrorTable, Readonly<Record<number, DeclineReason>>>> = {
  // (a) The Payment API list of the developer docs (spec §3.2 a, DOC-ERR).
  payment: {
    9: 'installment_not_allowed', // "unexpected installment": the card or its provider takes no such installment count
    14: 'invalid_card', // "unexpected card number"
    19: 'expired_card', // "card expired"
  },
  // (b) The official .NET SDK's enum (src/PayWall.NetCore/Models/Common/ErrorCodes.cs).
  common: {
    50: 'invalid_card', // InvalidCardNumber
    52: 'installment_not_allowed', // InvalidInstallment
    100: 'installment_not_allowed', // UnexpectedInstallment
    105: 'invalid_card', // UnexpectedCardNumber
    106: 'expired_card', // UnexpectedCardExpired
    328: 'expired_card', // SubscriptionCardExpired: the stored card of a recurring payment
  },
};

/**
 * The reason PayWall's own code gives, read with the numbering the error is named from (`preferred`, then the
 * other one when `preferred` does not list the code, as `describePayWallErrorCode` names it); `undefined` when
 * the code says nothing about the card.
 */
export function payWallCodeReason(code: number, preferred: PayWallErrorTable): DeclineReason | undefined {
  const listed = preferred === 'payment' ? Object.hasOwn(PAYWALL_PAYMENT_ERROR_CODES, code) : payWallCommonErrorCodes().has(code);
  const table = listed ? preferred : preferred === 'payment' ? 'common' : 'payment';
  const reasons = PAYWALL_DECLINE_CODES[table];
  return Object.hasOwn(reasons, code) ? reasons[code] : undefined;
}

/**
 * Why PayWall refused a card payment: the bank's ISO 8583 code (`BankErrorCode`, decoded from Base64) when it
 * names a reason, else PayWall's own code (`PAYWALL_DECLINE_CODES`), else `other`.
 *
 * @example
 * payWallDeclineReason({ errorCode: 1, bankErrorCode: '51' }); // 'insufficient_funds'
 * payWallDeclineReason({ errorCode: 19 }); // 'expired_card'
 */
export function payWallDeclineReason(facts: {
  /** PayWall's `ErrorCode`. */
  errorCode?: number | undefined;
  /** The numbering the code is read with first (default `payment`). */
  table?: PayWallErrorTable | undefined;
  /** `Body.Error.BankErrorCode`, as sent or decoded. */
  bankErrorCode?: string | undefined;
}): DeclineReason {
  const bank = declineReasonFromIso8583(decodePayWallText(facts.bankErrorCode));
  if (bank !== 'other') return bank;
  return (facts.errorCode === undefined ? undefined : payWallCodeReason(facts.errorCode, facts.table ?? 'payment')) ?? 'other';
}

/**
 * Why a 3D return says the payment failed (inferred: PayWall documents no 3D failure code): the bank's code
 * (`providerBankErrorCode`) when it names a reason; without one, the failure happened at the 3D step itself, so
 * `three_ds_failed`. `undefined` for a successful return.
 */
export function threeDReturnDeclineReason(success: boolean, providerBankErrorCode: string | undefined): DeclineReason | undefined {
  if (success) return undefined;
  const bank = declineReasonFromIso8583(decodePayWallText(providerBankErrorCode));
  if (bank !== 'other') return bank;
  return providerBankErrorCode === undefined || providerBankErrorCode.trim() === '' ? 'three_ds_failed' : 'other';
}
