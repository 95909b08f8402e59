import { Haso, type HasoOptions } from '@odeme/haso';
import { HASO_DECLINE_TRIGGERS, HASO_SIM_DECLINE_CODES, type HasoSimDeclineReason, HasoSimulator } from '@odeme/testkit';

export const creds = { merchantId: 'M10042', merchantKey: 'key_haso_test_1f2e3d', merchantSalt: 'salt_haso_test_9a8b7c' };
export const BASE = 'https://haso.test';
export const IP = '203.0.113.7';

/** Valid test identity: 10000000146 passes the TCKN checksum. */
export const shopper = { shopperName: 'Ayşe Nur', shopperSurname: 'Yılmaz', tckn: '10000000146', mobileNumber: '5321112233', email: 'ayse@example.com' };

export function simAndClient(extra: Partial<HasoOptions> = {}, simExtra: Partial<ConstructorParameters<typeof HasoSimulator>[0]> = {}) {
  const sim = new HasoSimulator({ ...creds, pinCode: '482915', now: () => new Date('2026-01-31T09:00:00Z'), ...simExtra });
  const haso = new Haso({ ...creds, baseUrl: BASE, ipAddress: IP, fetch: sim.fetch, logLevel: 'off', retry: { initialDelayMs: 1, maxDelayMs: 5 }, ...extra });
  return { sim, haso };
}

/** A customer with a limit, via the KKB PIN flow. */
export async function customerWithLimit(haso: Haso, sim: HasoSimulator, who = shopper) {
  const started = await haso.limits.start(who);
  const kkbRefNo = started.KkbRefNo as string;
  const confirmed = await haso.limits.confirmPin({ kkbRefNo, pinCode: sim.pinFor(kkbRefNo) as string });
  return confirmed.CustomerInfo?.CustomerId as string;
}

/**
 * Provokes the simulator's decline for `reason` through the client (`HASO_DECLINE_TRIGGERS`): the limit flow for the
 * trigger's TCKN when it has one, then the refused call. Without a client, one on a fresh simulator that knows the
 * simulator's decline codes (`declineCodes`).
 */
export async function provokeDecline(reason: HasoSimDeclineReason, on = simAndClient({ declineCodes: HASO_SIM_DECLINE_CODES })): Promise<unknown> {
  const { haso, sim } = on;
  const t = HASO_DECLINE_TRIGGERS[reason];
  const { tckn, pinCode, ...purchase } = t.send as Record<string, string | number>;
  const who = tckn ? { ...shopper, tckn: String(tckn), mobileNumber: '5550001122' } : shopper;
  if (t.operation === 'limits.confirmPin') {
    const kkbRefNo = (await haso.limits.start(who)).KkbRefNo as string;
    return haso.limits.confirmPin({ kkbRefNo, pinCode: pinCode === undefined ? (sim.pinFor(kkbRefNo) as string) : String(pinCode) });
  }
  const customerId = await customerWithLimit(haso, sim, who);
  return haso.transactions.create({ orderAmount: 100_000, selectedInstallment: 3, customerId, ...(purchase as { orderAmount?: number; customerId?: string }) });
}
