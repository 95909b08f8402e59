// PayWall's 3D step over plain HTTP, as a browser walks it: `RedirectUrl` is the bank's page on the simulator (served
// on loopback), the shopper answers there, and the page posts PayWall's signed §6.1 fields to the success or fail URL.
import { PayWall, payWallHostsAt } from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, PayWallSimulator, SIM_SMS_CODE } from '@odeme/testkit';
import { type Listening, listen } from '@odeme/testkit/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstForm, submit } from './html-forms';

const keys = { apiKeyPublic: 'pk', apiClientPublic: 'pc', apiKeyPrivate: 'sk', apiClientPrivate: 'sc' };
const hashKeys = { threeD: 'hash-3d-http' };
let sim: PayWallSimulator;
let server: Listening;
let pw: PayWall;

beforeAll(async () => {
  sim = new PayWallSimulator({ ...keys, hashKeys });
  server = await listen(sim);
  pw = new PayWall({ ...keys, hashKeys, baseUrls: payWallHostsAt(server.url), logLevel: 'off' });
});
afterAll(() => server.close());

let seq = 0;
async function openBank() {
  seq += 1;
  const code = `pw-3ds-${Date.now().toString(36)}-${seq}`;
  const started = await pw.payments.start3d({
    PaymentDetail: {
      Amount: '1234.56',
      MerchantUniqueCode: code,
      CurrencyId: 1,
      Installment: 1,
      ClientIP: '203.0.113.7',
      MerchantSuccessBackUrl: 'https://shop.example/paywall/ok',
      MerchantFailBackUrl: 'https://shop.example/paywall/fail',
    },
    Card: { OwnerName: 'Ayşe Yılmaz', Number: PAYWALL_SIM_CARDS.success, ExpireMonth: '12', ExpireYear: '2031', Cvv: '000' },
    Customer: { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' },
    Products: [{ ProductId: 'tv-1', ProductName: 'Televizyon', ProductAmount: '1234.56' }],
  });
  const page = await fetch(started.RedirectUrl as string);
  const html = await page.text();
  return { page, html, form: firstForm(html, started.RedirectUrl as string), code };
}

async function answer(form: ReturnType<typeof firstForm>, typed: Record<string, string>) {
  const res = await fetch(submit(form, typed));
  const html = await res.text();
  return { res, html, form: firstForm(html, form.action) };
}

const sessionOf = (code: string) => [...sim.threeDSessions.values()].find((s) => sim.payments.get(s.paymentId)?.merchantUniqueCode === code);

describe('PayWall 3D over HTTP', () => {
  it('the bank page shows the amount under a strict policy; the right code posts a signed success that verifies', async () => {
    const { page, html, form, code } = await openBank();
    expect(page.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(html).toContain('₺1.234,56');
    expect(html).not.toMatch(/<script|\sstyle=|\son\w+=/i);
    const back = await answer(form, { code: SIM_SMS_CODE, action: 'approve' });
    expect(back.form.action).toBe('https://shop.example/paywall/ok');
    expect(back.form.fields).toMatchObject({ status: 'Success', uniqueCode: code, amount: '1234.56' });
    const verified = await pw.callbacks.verifyThreeDReturn(submit(back.form));
    expect(verified.verified.amountKurus).toBe(123_456);
    expect(sim.byMerchantCode(code)?.statusId).toBe(4);
    expect(sessionOf(code)?.bankOutcome).toBe('approved');
  });

  it.each([
    ['three wrong codes', ['000000', '111111', '222222'], 'wrong_code', 'kodu hatalı'],
    ['a cancel', [], 'cancelled', 'iptal'],
    ['a time-out', [], 'timed_out', 'zaman aşımına'],
  ] as const)('%s post a signed failure to the fail URL, the bank text saying why', async (_name, codes, outcome, text) => {
    const opened = await openBank();
    const { code } = opened;
    let { form } = opened;
    let last: Awaited<ReturnType<typeof answer>> | undefined;
    for (const c of codes) {
      last = await answer(form, { code: c, action: 'approve' });
      form = last.form;
    }
    if (codes.length === 0) last = await answer(form, { action: outcome === 'cancelled' ? 'cancel' : 'timeout' });
    const back = last as Awaited<ReturnType<typeof answer>>;
    expect(back.form.action).toBe('https://shop.example/paywall/fail');
    expect(back.form.fields.status).toBe('Unsuccessful');
    expect(Buffer.from(back.form.fields.errorMessage as string, 'base64').toString('utf8')).toContain(text);
    expect(sim.byMerchantCode(code)?.statusId).toBe(5);
    expect(sessionOf(code)?.bankOutcome).toBe(outcome);
    const verified = await pw.callbacks.verifyThreeDReturn(submit(back.form));
    // Signed (the hash verifies), and what it claims is a failure.
    expect(verified.unverified.status).toBe('Unsuccessful');
    expect(verified.verified.paymentId).toBe(sim.byMerchantCode(code)?.paymentId);
  });

  it('a finished session cannot be answered again', async () => {
    const { form } = await openBank();
    await answer(form, { code: SIM_SMS_CODE, action: 'approve' });
    expect((await fetch(submit(form, { code: SIM_SMS_CODE, action: 'approve' }))).status).toBe(409);
  });
});
