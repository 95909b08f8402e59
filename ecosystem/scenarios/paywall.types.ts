/**
 * Type consumer of @odeme/paywall, checked by the runtime matrix under `moduleResolution` node16 (as ESM `.ts` and
 * as CJS `.cts`) and `bundler`. It is never run: it must compile, and the `@ts-expect-error` lines must stay errors.
 */
import { isOdemeError, PaymentDeclinedError, SignatureVerificationError, sha256Hex, toKurus } from '@odeme/core';
import { createPayWallTransport, PayWall, type PayWallOptions, type PayWallThreeDReturn, paymentsStartDirect, payWallHash } from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, PayWallSimulator } from '@odeme/testkit';

const keys = { apiKeyPublic: 'pk', apiClientPublic: 'pc', apiKeyPrivate: 'sk', apiClientPrivate: 'sc' };
const sim = new PayWallSimulator({ ...keys, hashKeys: { threeD: 'h' } });
const options: PayWallOptions = { ...keys, environment: 'test', hashKeys: { threeD: 'h' }, fetch: sim.fetch };
const pw = new PayWall(options);

// @ts-expect-error the public pair is required
const noPublic: PayWallOptions = { apiKeyPublic: 'pk', environment: 'test' };
// @ts-expect-error environment is test or production
const badEnv: PayWallOptions = { ...keys, environment: 'staging' };
export const rejected = [noPublic, badEnv];

type DirectInput = Parameters<PayWall['payments']['startDirect']>[0];
const input: DirectInput = {
  PaymentDetail: { Amount: '15.50', MerchantUniqueCode: 'order-1', CurrencyId: 1, Installment: 1, ClientIP: '203.0.113.7' },
  Card: { OwnerName: 'Ayse Yilmaz', Number: PAYWALL_SIM_CARDS.success, ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' },
  Customer: { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'a@b.co', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda' },
  Products: [{ ProductId: 'p-1', ProductName: 'Çay', ProductAmount: 15.5 }],
};
// @ts-expect-error PaymentDetail is required
const noDetail: DirectInput = { Card: input.Card, Customer: input.Customer, Products: input.Products };
// @ts-expect-error the code goes inside PaymentDetail, never at the top level
const topLevelCode: DirectInput = { ...input, MerchantUniqueCode: 'order-1' };
export const inputs = [input, noDetail, topLevelCode];

export const hashes: Promise<string>[] = [payWallHash('k', ['1', 'order-1', '1.00', '1']), sha256Hex('k###1###order-1###1.00###1')];

export async function pay(request: Request): Promise<string> {
  try {
    await pw.payments.startDirect(input);
    const ret: PayWallThreeDReturn = await pw.callbacks.verifyThreeDReturn(request);
    return `${ret.verified.merchantUniqueCode} ${ret.verified.amountKurus ?? toKurus(0)} ${ret.unverified.success}`;
  } catch (e) {
    if (e instanceof SignatureVerificationError) return 'forged';
    if (isOdemeError(e) && e instanceof PaymentDeclinedError) return `${e.providerCode ?? ''}`;
    throw e;
  }
}

// The smallest form: the transport factory and one row; the row types the input and the answer.
const transport = createPayWallTransport(options);
export async function paySmall(): Promise<{ id: number | undefined; reference: string }> {
  const { Payment, reference } = await transport.call(paymentsStartDirect, input);
  return { id: Payment?.PaymentId, reference };
}
// @ts-expect-error the row's input needs PaymentDetail
export const paySmallWithoutDetail = () => transport.call(paymentsStartDirect, { Card: input.Card, Customer: input.Customer, Products: input.Products });
