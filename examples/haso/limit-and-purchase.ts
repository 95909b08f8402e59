/**
 * HASO "buy now, pay later" in one read: a shopper gets a limit through KKB + SMS PIN, buys in three
 * installments, pays one outside HASO, and gets a partial refund.
 *
 * Runs against the testkit simulator; in production drop `fetch` and pass the {SERVIS_URL} HASO gave you.
 */
import { fromKurus, toKurus } from '@odeme/core';
import { Haso } from '@odeme/haso';
import { HasoSimulator } from '@odeme/testkit';

/** Credentials of the demo merchant (the simulator checks every requestToken against them). */
export const demoCredentials = { merchantId: 'M-DEMO-01', merchantKey: 'demo_merchant_key_01', merchantSalt: 'demo_merchant_salt_01' };

/** A simulator and a client wired to it. */
export function demoClient(encoding: 'json' | 'form' = 'json') {
  const sim = new HasoSimulator({ ...demoCredentials, pinCode: '246810' });
  const haso = new Haso({
    ...demoCredentials,
    baseUrl: 'https://haso.example', // your {SERVIS_URL}: HASO has no public default
    ipAddress: '203.0.113.7', // the shopper's external IP: it is sent and signed
    encoding,
    fetch: sim.fetch, // omit in production
    logLevel: 'off',
  });
  return { sim, haso };
}

/** The whole flow; returns what a shop would store. */
export async function limitAndPurchase(haso: Haso, readSmsPin: (kkbRefNo: string) => string) {
  // 1. Start a limit request: HASO asks KKB, which texts the shopper a PIN.
  const started = await haso.limits.start({
    shopperName: 'Ayşe Nur',
    shopperSurname: 'Yılmaz',
    tckn: '10000000146',
    mobileNumber: '5321112233',
    email: 'ayse@example.com',
  });
  const kkbRefNo = started.KkbRefNo as string;

  // 2. The shopper types the PIN on your page. If the report is not ready yet, poll AskKkbReportResult.
  //    (HASO also keeps polling KKB itself, so you can stop after a few tries and ask again later.)
  let decided = await haso.limits.confirmPin({ kkbRefNo, pinCode: readSmsPin(kkbRefNo) });
  for (let attempt = 1; !decided.CustomerInfo && attempt <= 5; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    decided = await haso.limits.askReportResult({ kkbRefNo });
  }
  if (!decided.CustomerInfo) throw new Error(`KKB report for ${kkbRefNo} is not ready yet: ask again later`);
  const customerId = decided.CustomerInfo.CustomerId as string;

  // 3. Buy 1 250,00 TL in 3 installments: amounts are integer kuruş, sent ×100 as HASO wants.
  const orderAmount = toKurus('1250.00');
  const tx = await haso.transactions.create({ merchantOid: `ORD-${Date.now().toString(36)}`, orderAmount, selectedInstallment: 3, customerId });
  const plan = tx.PaymentPlan ?? [];

  // 4. The first installment was collected by bank transfer: tell HASO.
  await haso.payments.setPaid({
    merchantOid: tx.merchantOid as string,
    paymentCode: plan[0]?.paymentCode as string,
    paymentDate: new Date(),
    paymentReferenceCode: 'EFT-1',
  });

  // 5. One item came back: refund 250,00 TL. Reusing the refundId later answers H307, so retries are safe by hand.
  const refundId = `RF-${tx.transactionCode}`;
  await haso.refunds.create({ refundId, merchantOid: tx.merchantOid as string, transactionCode: tx.transactionCode as string, refundAmount: toKurus('250') });
  const refund = await haso.refunds.check({ refundId });

  const now = await haso.transactions.paymentPlan({ merchantOid: tx.merchantOid as string, transactionCode: tx.transactionCode as string });
  return {
    customerId,
    limit: fromKurus(decided.CustomerInfo.CustomerLimitKurus ?? 0),
    transactionCode: tx.transactionCode as string,
    plan: (now.PaymentPlan ?? []).map((p) => ({ no: p.InstallmentNo, amount: p.installmentPaymentKurus, due: p.termDate, status: p.paymentStatus })),
    refund,
  };
}
