import * as z from 'zod';
import { HASO_TEST_RESULTS } from '../codes.js';
import { customerId, extraFields, hasoDay, ipAddress, mobileNumber, revisedFeeRate, tckn, x100Int, x100String } from './common.js';

/** 5.1 GetCustomerInformation ([R] fields; `orderAmount` in kuruş). */
export const getCustomerInformationRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  customerId: customerId.optional(),
  orderAmount: x100String({ positive: true }),
  notCalculateFees: z.boolean().optional(),
  forceRiskFreeEvaluate: z.boolean().optional(),
  postponeSelected: z.boolean().optional(),
  RevisedFeeRate: revisedFeeRate.optional(),
  availableLimit: x100Int().optional(),
  extra: extraFields,
});

/** 5.2.1 HasoAuthSendInfo: registers the shopper and starts a KKB request (or uses `PreDefinedLimit`). */
export const hasoAuthSendInfoRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  shopperName: z.string().min(1),
  shopperSurname: z.string().min(1),
  tckn,
  mobileNumber,
  email: z.email(),
  /** Name only partly visible in the docs (`dea…`); INFERRED `dealerSegment`. */
  dealerSegment: z.string().max(10).optional(),
  /** > 0: merchant-defined limit after OTP, no KKB call. Unit INFERRED ×100 (integer kuruş). */
  PreDefinedLimit: x100Int().optional(),
  /** Test mode switch that enables `testResult` in 5.2.2 / 5.2.3. */
  testOn: z.boolean().optional(),
  extra: extraFields,
});

/** 5.2.2 SendKkbPinCode. */
export const sendKkbPinCodeRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  kkbRefNo: z.string().min(1),
  pinCode: z.string().min(1),
  testResult: z.enum(HASO_TEST_RESULTS).optional(),
  extra: extraFields,
});

/** 5.2.3 AskKkbReportResult. */
export const askKkbReportResultRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  kkbRefNo: z.string().min(1),
  testResult: z.enum(HASO_TEST_RESULTS).optional(),
  extra: extraFields,
});

/** 5.2.6 SetLimitFromKds: a limit from the merchant's own scoring, `kdsLimit` in kuruş. */
export const setLimitFromKdsRequest = z.strictObject({
  ipAddress: ipAddress.optional(),
  shopperName: z.string().min(1),
  shopperSurname: z.string().min(1),
  tckn,
  mobileNumber,
  email: z.email(),
  birthDate: hasoDay,
  dealerSegment: z.string().min(1).max(10),
  kdsLimit: x100Int(),
  kdsSegment: z.string().optional(),
  extra: extraFields,
});
