import { Haso, type HasoOptions } from '@odeme/haso';
import { HasoSimulator } from '@odeme/testkit';

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
