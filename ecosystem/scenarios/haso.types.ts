/**
 * Type consumer of @odeme/haso, checked by the runtime matrix under `moduleResolution` node16 (as ESM `.ts` and as
 * CJS `.cts`) and `bundler`. It is never run: it must compile, and the `@ts-expect-error` lines must stay errors.
 */
import { hmacSha256Base64, isOdemeError, ProviderError, toKurus, ValidationError } from '@odeme/core';
import { createHasoTransport, Haso, type HasoOptions, type HasoPaymentPlanItem, hasoRequestToken, transactionsCreate } from '@odeme/haso';
import { HasoSimulator } from '@odeme/testkit';

const creds = { merchantId: 'M1', merchantKey: 'k', merchantSalt: 's' };
const sim = new HasoSimulator({ ...creds, pinCode: '123456' });
const options: HasoOptions = { ...creds, baseUrl: 'https://haso.test', ipAddress: '203.0.113.7', encoding: 'json', fetch: sim.fetch };
const haso = new Haso(options);

// @ts-expect-error merchantSalt is required
const noSalt: HasoOptions = { merchantId: 'M1', merchantKey: 'k', baseUrl: 'https://haso.test' };
// @ts-expect-error encoding is json or form
const badEncoding: HasoOptions = { ...creds, encoding: 'xml' };
export const rejected = [noSalt, badEncoding];

type CreateInput = Parameters<Haso['transactions']['create']>[0];
const input: CreateInput = { merchantOid: 'ORD-1', orderAmount: toKurus('1250.00'), selectedInstallment: 3, customerId: '5004' };
// @ts-expect-error an amount is integer kuruş, not a string
const textAmount: CreateInput = { merchantOid: 'ORD-1', orderAmount: '1250.00', selectedInstallment: 3, customerId: '5004' };
export const inputs = [input, textAmount];

// The smallest form: the transport and one row keep the row's typed input and output.
export async function buyWithRow(): Promise<string | undefined> {
  const t = createHasoTransport(options);
  // @ts-expect-error the row's input is typed: orderAmount is integer kuruş
  await t.call(transactionsCreate, { ...input, orderAmount: '1250.00' });
  const tx = await t.call(transactionsCreate, input);
  return tx.transactionCode;
}

export const tokens: Promise<string>[] = [hasoRequestToken(['M1', 'ORD-1'], 's', 'k'), hmacSha256Base64('k', 'M1ORD-1s')];

export async function buy(): Promise<number> {
  try {
    const tx = await haso.transactions.create(input);
    const plan: HasoPaymentPlanItem[] = tx.PaymentPlan ?? [];
    return plan.reduce((sum, p) => sum + (p.installmentPaymentKurus ?? 0), 0);
  } catch (e) {
    if (e instanceof ValidationError) return e.fields.length;
    if (isOdemeError(e) && e instanceof ProviderError && e.providerCode === 'H307') return -1;
    throw e;
  }
}
