import * as z from 'zod';
import { int, merchantUniqueCode, uniqueCode } from './common.js';

/** #24 `GET private/query`: header `merchantuniquecode`. */
export const queryByMerchantUniqueCodeRequest = z.strictObject({ MerchantUniqueCode: merchantUniqueCode() });
/** #25 `GET private/query/by/uniquecode`: header `uniquecode`. */
export const queryByUniqueCodeRequest = z.strictObject({ UniqueCode: uniqueCode() });
/** #26 `GET private/query/by/paymentid`: header `paymentid`. */
export const queryByPaymentIdRequest = z.strictObject({ PaymentId: int().positive() });
/** #27 `GET private/query/by/productid`: header `productid` (name inferred). */
export const queryByProductIdRequest = z.strictObject({ ProductId: z.string().min(1) });
/** #28 `GET private/query/by/trackingcode`: header `trackingcode` (name inferred). */
export const queryByTrackingCodeRequest = z.strictObject({ TrackingCode: z.string().min(1) });

const num = z.number().nullish();
const str = z.string().nullish();
const bool = z.boolean().nullish();

/** `QueryPaywall` (§4.2): the state of one payment. */
export const queryPaywall = z.looseObject({
  PaymentId: int(),
  ActivityId: num,
  PaymentGatewayId: num,
  PaymentGatewayName: str,
  PaymentGatewayProviderName: str,
  AnySuccessPayment: bool,
  AnySuccessRefund: bool,
  AnySuccessPartialRefund: bool,
  AnySuccessCancel: bool,
  Status: bool,
  StatusName: str,
  StatusId: num,
  TypeName: str,
  TypeId: num,
  Installment: num,
  CurrencyId: num,
  CurrencyName: str,
  PaymentMethodId: num,
  PaymentMethodName: str,
  PaymentChannelId: num,
  PaymentChannelName: str,
  PaymentTagId: num,
  PaymentTagName: str,
  CardNumber: str,
  CardOwnerName: str,
  CardBankName: str,
  CardBrandName: str,
  CardTypeName: str,
  CardFamilyName: str,
  LastActivityDateTime: str,
  PaymentAmount: num,
  ActivityAmount: num,
  IP: str,
  AppliedInterest: bool,
  InterestRate: num,
  CommissionRate: num,
  OriginalAmount: num,
  InterestAmount: num,
  CommissionAmount: num,
});

/** Body of the single-payment queries (#24–#26). */
export const queryResponse = z.looseObject({ Paywall: queryPaywall });

/** Body of the list queries (#27, #28): the shape of each item is not documented beyond `QueryPaywall`. */
export const queryListResponse = z.array(z.union([queryResponse, z.looseObject({})]));
