import { join } from 'node:path';
import { ConfigurationError, isTranslated, PaymentDeclinedError, ValidationError } from '@odeme/core';
import { CORE_TR } from '@odeme/core/tr';
import { HASO_RESULT_CODES, Haso, parseHasoReturn, readHasoReturn } from '@odeme/haso';
import { HASO_TR, tr } from '@odeme/haso/tr';
import { HASO_DECLINE_TRIGGERS, HASO_SIM_DECLINE_CODES } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { sourceMessages } from '../../../test/support/source-messages';
import { BASE, creds, customerWithLimit, IP, shopper, simAndClient } from './helpers.js';

const fail = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e as Error,
  );
const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  return expect.unreachable('nothing was thrown');
};

/**
 * Every sentence the package writes has a Turkish entry: the string and template literals of its sources (comments
 * left out), `${…}` parts replaced by a sample, two words or more. A new English message without an entry, or an
 * entry whose English text is no longer written, fails here.
 */
describe('the Turkish catalog covers every message of the package', () => {
  const dir = join(import.meta.dirname, '../src');
  // Literals that are not messages: the meanings of HASO's codes (data kept as `group`, never a message), an
  // operation id, the causes kept inside a ValidationError, and the markup of the auto-submitting form.
  const codeMeanings = new Set<string>(Object.values(HASO_RESULT_CODES));
  const NOT_MESSAGES = new Set(['call X', 'the request body has already been read', 'not a JSON object', 'not an object']);
  const found = sourceMessages(dir, (sample) => sample.includes('<') || codeMeanings.has(sample) || NOT_MESSAGES.has(sample));

  it('finds the messages it checks', () => {
    expect(found.length).toBeGreaterThan(30);
  });

  it.each(found.map((f) => [f.file, f.sample]))('%s: "%s" has a Turkish entry', (_file, sample) => {
    expect(isTranslated(sample, [HASO_TR, CORE_TR])).toBe(true);
  });

  it('every entry translates a message the package still writes, and none is left in English', () => {
    for (const [english, turkish] of Object.entries(HASO_TR)) {
      expect(turkish, english).not.toBe(english);
      expect(
        found.some((f) => isTranslated(f.sample, [{ [english]: turkish }])),
        english,
      ).toBe(true);
    }
  });
});

describe('locale tr, end to end', () => {
  it("validation: HASO's own rules and core's identifier rules, field by field", async () => {
    const { haso, sim } = simAndClient({ locale: tr });
    const e = (await fail(
      haso.limits.setFromKds({ ...shopper, tckn: '10000000147', birthDate: '1990-02-30', dealerSegment: 'S', kdsLimit: 2_147_483_648 }),
    )) as ValidationError;
    expect(e).toBeInstanceOf(ValidationError);
    expect(Object.fromEntries(e.issues.map((i) => [i.path, i.message]))).toEqual({
      tckn: 'TC kimlik numarasının kontrol haneleri (10. ve 11.) ilk dokuz haneyle uyuşmuyor',
      birthDate: 'tarih, yyyy-MM-dd biçiminde geçerli bir takvim günü olmalı',
      kdsLimit: 'en fazla 2.147.483.647 olabilir (HASO bu alanı .NET int olarak tanımlıyor)',
    });
    expect(e.message.startsWith('Geçersiz istek (limits.setFromKds): ')).toBe(true);
    const noIp = (await fail(simAndClient({ locale: tr, ipAddress: undefined }).haso.customers.getInformation({ orderAmount: 100 }))) as ValidationError;
    expect(noIp.issues[0]?.message).toBe('zorunlu: HASO istemcinin IP adresini bu isteğin imzasına katıyor; ipAddress değerini çağrıya ya da istemciye verin');
    expect(sim.requests).toHaveLength(0);
  });

  it('a decline and a refusal: the message in Turkish, HASO’s own words and codes kept', async () => {
    const { haso, sim } = simAndClient({ locale: tr, declineCodes: HASO_SIM_DECLINE_CODES });
    const customerId = await customerWithLimit(haso, sim);
    const declined = await fail(
      haso.transactions.create({ orderAmount: HASO_DECLINE_TRIGGERS.insufficient_funds.send.orderAmount as number, selectedInstallment: 3, customerId }),
    );
    expect(declined).toBeInstanceOf(PaymentDeclinedError);
    expect(declined.message).toBe('transactions.create: HASO işlemi onaylamadı: H901 Müşteri limiti yetersiz');
    const refused = await fail(haso.refunds.check({ refundId: 'RF-404' }));
    expect(refused.message).toBe('HASO refunds.check isteğini reddetti: H308 İade bulunamadı');
  });

  it('an unknown outcome says how to look the operation up, in Turkish', async () => {
    const haso = new Haso({ ...creds, baseUrl: BASE, ipAddress: IP, logLevel: 'off', locale: tr, fetch: async () => Response.json({}) });
    const e = await fail(haso.refunds.create({ merchantOid: 'O1', transactionCode: 'T1', refundAmount: 100 }));
    expect(e.message).toBe(
      'refunds.create: HASO, Success/Errors/Data zarfı olmadan yanıt verdi (sonuç bilinmiyor: refunds.check({ refundId: reference }) ile kontrol edin; iade gerçekleştiyse aynı refundId ile yeniden gönderim H307 yanıtı alır)',
    );
  });

  it('options, call paths, browser forms and return posts, refused outside any call, are in Turkish too', async () => {
    expect(() => new Haso({ ...creds, merchantKey: '', locale: tr })).toThrow(
      new ConfigurationError(
        'Haso için baseUrl, merchantKey gerekli. HASO sunucu adreslerini yayımlamıyor: HASO’nun size verdiği servis adresini (SERVIS_URL) verin; test ve canlı ortamın adresleri farklıdır',
        { provider: 'haso' },
      ),
    );
    expect(() => new Haso({ ...creds, baseUrl: BASE, locale: tr, declineCodes: { H1: 'broke' as never } })).toThrow(
      'Haso declineCodes, sonuç kodlarını ret nedenleriyle (insufficient_funds, do_not_honor…) eşleştirmeli',
    );
    const { haso } = simAndClient({ locale: tr });
    expect((await fail(haso.call('../etc', {}, null))).message).toBe('Geçersiz istek: path: "../etc" bir HASO metot yolu değil (örnek: /RequestV2/Name)');
    const form = thrown(() =>
      haso.browser.transaction({
        token: 't',
        okUrl: 'https://s/ok',
        failUrl: 'https://s/f',
        callbackUrl: 'https://s/c',
        merchantOid: 'O',
        orderAmount: 1,
        extra: { ORDERAMOUNT: 9 },
      }),
    );
    expect(form.message).toBe(
      'Geçersiz istek (browser.transaction): extra.ORDERAMOUNT: denetlenen orderAmount alanının yerine geçerdi: orderAmount alanını doğrudan verin',
    );
    expect(thrown(() => parseHasoReturn('{"a":', 'ok', { locale: tr })).message).toBe(
      'Geçersiz istek (return): body: HASO’nun dönüş isteği ne form ne de JSON nesnesi',
    );
    const big = new Request('https://shop.example/ok', { method: 'POST', body: 'x'.repeat(100) });
    expect((await fail(readHasoReturn(big, 'ok', { maxBodyBytes: 10, locale: tr }))).message).toBe(
      'Geçersiz istek (return): body: HASO’nun dönüş isteği 10 bayttan büyük',
    );
    expect(thrown(() => parseHasoReturn('a=1', 'ok', { maxBodyBytes: 0, locale: tr })).message).toBe(
      'HASO dönüş okuyucusunun maxBodyBytes değeri, 0’dan büyük bir tam sayı (bayt) olmalı',
    );
  });

  it('English stays the default', async () => {
    const { haso } = simAndClient();
    expect((await fail(haso.refunds.check({ refundId: 'RF-404' }))).message).toBe('haso refused refunds.check: H308 İade bulunamadı');
  });
});
