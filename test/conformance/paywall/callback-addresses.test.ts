// Every address PayWall's servers post a callback to is an absolute http(s) URL, checked before sending: a relative
// path, an `ftp:` or a `javascript:` URL can never be reached by a server-to-server post. (Return URLs the shopper's
// browser is sent to, `SuccessBackUrl` and the like, stay any absolute URL: an app may use its own scheme.)
import { PayWall, type PayWallOperation, ValidationError } from '@odeme/paywall';
import { describe, expect, it } from 'vitest';
import { ourRows as rows } from './netcore.js';
import { sampleOf } from './sample-of.js';

/** Row id → the dotted path of each callback address it takes. */
const ADDRESSES: Record<string, string[]> = {
  'payments.startSplit': ['PaymentDetail.CallbackAddress'],
  'bulkPayments.start': ['PaymentDetail.CallbackAddress'],
  'bulkPayments.startLarge': ['PaymentDetail.CallbackAddress'],
  'bulkPayments.startFile': ['CallbackAddress'],
  'checkout.generate': ['CallbackAddress', 'PayWatchCallbackAddress'],
  'paymentLinks.generate': ['CallbackAddress'],
  'payouts.sendToIban': ['CallbackAddress'],
  'payouts.sendToMember': ['CallbackAddress'],
  'payouts.sendToAccount': ['CallbackAddress'],
  'recurring.create': ['CallbackUrl'],
  'recurring.update': ['CallbackUrl'],
  'physicalPos.sale': ['CallbackAddress'],
  // PayWatch posts its report of a stuck payment here (any payment row's PaymentDetail can carry one).
  'payments.startDirect': ['PaymentDetail.PayWatch.WebhookAddress'],
};

function withValue(input: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  return { ...input, [head]: rest.length ? withValue((input[head] ?? {}) as Record<string, unknown>, rest.join('.'), value) : value };
}

describe('PayWall callback addresses', () => {
  const pw = new PayWall({
    apiKeyPublic: 'a',
    apiClientPublic: 'b',
    apiKeyPrivate: 'c',
    apiClientPrivate: 'd',
    baseUrl: 'https://paywall.test',
    logLevel: 'off',
    fetch: async () => expect.unreachable('nothing is sent'),
  });

  it.each(Object.entries(ADDRESSES).flatMap(([id, paths]) => paths.map((path) => [id, path] as const)))('%s %s', async (id, path) => {
    const row = rows.find((r) => r.id === id);
    const sample = sampleOf(id);
    expect(row && sample, id).toBeTruthy();
    // The sample carries a web URL (so the check below is about the address alone).
    expect(JSON.stringify(sample)).toContain('https://');
    for (const bad of ['javascript:alert(1)', 'ftp://shop.example/cb', '/paywall/callback', 'shop.example/cb']) {
      const error = await pw.call(row as PayWallOperation, withValue(sample as Record<string, unknown>, path, bad) as never).catch((e: unknown) => e);
      expect(error, `${id} ${path} ${bad}`).toBeInstanceOf(ValidationError);
      expect(
        (error as ValidationError).issues.map((i) => i.path),
        `${id} ${bad}`,
      ).toContain(path);
    }
  });

  it('payments.startDirect PaymentDetail.PayWatchMultiple.Jobs.*.WebhookAddress', async () => {
    const row = rows.find((r) => r.id === 'payments.startDirect') as PayWallOperation;
    const sample = sampleOf('payments.startDirect') as { PaymentDetail: Record<string, unknown> };
    const job = (WebhookAddress: string) => ({ PaymentStatus: [{ Id: 2 }], ActionId: 1, WatchMin: 25, WebhookAddress });
    const input = (address: string) => ({
      ...sample,
      PaymentDetail: { ...sample.PaymentDetail, PayWatchMultiple: { Watch: true, Jobs: [job('https://shop.example/watch'), job(address)] } },
    });
    const error = await pw.call(row, input('javascript:alert(1)') as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual(['PaymentDetail.PayWatchMultiple.Jobs.1.WebhookAddress']);
  });
});
