import { ValidationError } from '@odeme/core';
import { Haso, parseHasoReturn } from '@odeme/haso';
import { describe, expect, it } from 'vitest';
import { BASE, creds, IP, simAndClient } from './helpers.js';

const urls = { okUrl: 'https://shop.example/haso/ok', failUrl: 'https://shop.example/haso/fail', callbackUrl: 'https://shop.example/haso/cb' };

describe('browser flows', () => {
  it('[D] Transaction: token from GetToken, signed fields and an auto-submitting page', async () => {
    const { haso } = simAndClient();
    const { Token } = await haso.tokens.get({ merchantOid: 'ORD-W1', orderAmount: 50_000 });
    const form = haso.browser.transaction({ token: Token as string, ...urls, merchantOid: 'ORD-W1', orderAmount: 50_000, customerId: '5004' });
    expect(form.action).toBe(`${BASE}/ServletV2/Transaction`);
    expect(form.fields).toEqual({
      token: Token,
      merchantId: creds.merchantId,
      IpAddress: IP,
      ...urls,
      merchantOid: 'ORD-W1',
      orderAmount: '50000',
      customerId: '5004',
    });
    expect(form.html).toContain(`action="${BASE}/ServletV2/Transaction"`);
    expect(form.html).toContain('<input type="hidden" name="orderAmount" value="50000">');
    // A visible button and no inline handler: a page under a strict Content-Security-Policy still posts.
    expect(form.html).toContain('<button type="submit">');
    expect(form.html).not.toMatch(/<script|\son\w+=|\sstyle=/i);
    const withNonce = haso.browser.transaction({ token: Token as string, ...urls, merchantOid: 'ORD-W1', orderAmount: 50_000, customerId: '5004' }, { nonce: 'r4nd"om' });
    expect(withNonce.html).toContain('<script nonce="r4nd&quot;om">document.forms[0].submit();</script>');
  });

  it('[S] TransactionMobile: qrhash instead of customerId, OrderItems as JSON, values HTML-escaped', () => {
    const haso = new Haso({ ...creds, baseUrl: `${BASE}/`, logLevel: 'off' });
    const form = haso.browser.transactionMobile({
      Token: 'tok"<x>',
      ...urls,
      merchantOid: 'ORD-Q',
      orderAmount: 1_999,
      qrhash: 'qr&1',
      branchId: 'IST-01',
      OrderItems: [{ name: 'Çay' }],
    });
    expect(form.action).toBe(`${BASE}/ServletV2/TransactionMobile`);
    expect(form.fields.OrderItems).toBe('[{"name":"Çay"}]');
    expect(form.html).toContain('value="tok&quot;&lt;x&gt;"');
    expect(form.html).toContain('value="qr&amp;1"');
    expect(form.html).not.toContain('<x>');
  });

  it('refuses bad forms before building them', () => {
    const haso = new Haso({ ...creds, baseUrl: BASE, logLevel: 'off' });
    expect(() => haso.browser.transactionMobile({ Token: 't', ...urls, merchantOid: 'O', orderAmount: 100 })).toThrow(ValidationError);
    expect(() => haso.browser.transaction({ token: 't', ...urls, okUrl: 'not a url', merchantOid: 'O', orderAmount: 1.5 })).toThrow(ValidationError);
    const limit = haso.browser.getLimit({ token: 't', ...urls, mobileNumber: '5321112233', birthDate: '1983-08-17', response: 'json' });
    expect(limit.action).toBe(`${BASE}/ServletV2/GetLimit`);
    expect(limit.fields.birthDate).toBe('1983-08-17');
  });

  it('parses okUrl / failUrl / callbackUrl posts in any key case and body form', () => {
    const fromText = parseHasoReturn('MerchantOid=ORD-W1&TransactionCode=T77&customerid=5004&status=ok', 'ok');
    expect(fromText).toMatchObject({ kind: 'ok', merchantOid: 'ORD-W1', transactionCode: 'T77', customerId: '5004' });
    expect(fromText.fields.status).toBe('ok');
    const fd = new FormData();
    fd.set('merchantOid', 'ORD-2');
    expect(parseHasoReturn(fd, 'fail').merchantOid).toBe('ORD-2');
    expect(parseHasoReturn({ merchantOid: 'ORD-3', customerId: 5005 }, 'callback').customerId).toBe('5005');
    expect(parseHasoReturn('{"transactionCode":"T1"}', 'callback').transactionCode).toBe('T1');
    expect(parseHasoReturn(new URLSearchParams('x=1'), 'ok').merchantOid).toBeUndefined();
  });
});
