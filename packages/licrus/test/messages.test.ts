import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, type DeclineReason, isTranslated, PaymentDeclinedError, type ValidationError } from '@odeme/core';
import { CORE_TR } from '@odeme/core/tr';
import { createLicrusTransport, Licrus } from '@odeme/licrus';
import { LICRUS_TR, tr } from '@odeme/licrus/tr';
import { LICRUS_DECLINE_CARDS, LICRUS_SIM_DECLINE_CODES } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { future, simSetup } from './helpers';

const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e as Error,
  );

/**
 * Every sentence the package writes has a Turkish entry: the string and template literals of its sources (comments
 * left out) that hold words separated by a space are its messages, each `${…}` replaced by a sample. A new English
 * message without an entry fails here, and so does an entry whose English text is no longer written.
 */
describe('the Turkish catalog covers every message of the package', () => {
  const dir = join(import.meta.dirname, '../src');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.ts') && f !== 'messages.tr.ts') files.push(p);
    }
  };
  walk(dir);
  const LITERAL = /(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g;
  // Log lines are not translated (logs stay in English); composition parts hold no words of their own.
  const NOT_MESSAGES = new Set(['X: the AuthTicket was refused; logging in again and sending this call once more (it moves no money)']);
  const samples: { file: string; sample: string }[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|\s)\/\/ .*$/gm, '');
    for (const m of source.matchAll(LITERAL)) {
      const text = (m[2] as string).replace(/\$\{[^}]*\}/g, 'X');
      if (!/[a-z]{2,} [a-z(]/i.test(text) || NOT_MESSAGES.has(text)) continue;
      samples.push({ file: file.slice(dir.length + 1), sample: text.replace(/\\(.)/g, '$1') });
    }
  }

  it('finds the messages it checks', () => {
    expect(samples.length).toBeGreaterThan(45);
  });

  it.each(samples.map((s) => [s.file, s.sample]))('%s: "%s" has a Turkish entry', (_file, sample) => {
    // Core's catalog counts for core's own wording, which the package repeats (`{op}: HTTP {status} from {provider}`).
    expect(isTranslated(sample, [LICRUS_TR, CORE_TR])).toBe(true);
  });

  it('every entry translates a message the package still writes, and none is left in English', () => {
    for (const [english, turkish] of Object.entries(LICRUS_TR)) {
      expect(turkish, english).not.toBe(english);
      // A whole message, or a part a template's placeholder receives (`the user name or password is wrong`).
      expect(
        samples.some((s) => isTranslated(s.sample, [{ [english]: turkish }]) || s.sample.includes(english)),
        english,
      ).toBe(true);
    }
  });

  it('the package’s messages are its own: core’s catalog does not cover them', () => {
    expect(isTranslated('Licrus refused the login: X', [CORE_TR])).toBe(false);
  });
});

describe('locale tr, end to end', () => {
  const card = { CardHolderName: 'AYŞE YILMAZ', Number: '4355 0843 5508 4358', ...future, SecurityCode: '123' };

  it('a decline: the sentence in Turkish, Licrus’s own words and code kept', async () => {
    const { sim, client } = simSetup({ locale: tr, declineCodes: LICRUS_SIM_DECLINE_CODES as Record<string, DeclineReason> });
    const order = sim.approveOrder({ amountKurus: 1_000 });
    const e = await failure(
      client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: { ...card, Number: LICRUS_DECLINE_CARDS.insufficient_funds } }),
    );
    expect(e).toBeInstanceOf(PaymentDeclinedError);
    expect(e.message).toBe('Licrus ödemeyi reddetti (payments.pay): SIM-BNK0051: Kart limiti yetersiz.');
    expect((e as PaymentDeclinedError).shopperMessage('tr')).toMatch(/^Kartınızın bakiyesi/);
  });

  it('validation: the package’s rules and core’s, field by field, with the provider’s own swapped sample', async () => {
    const { sim, client } = simSetup({ locale: tr });
    const e = (await failure(
      client.payments.pay({
        PaymentRequestCode: 'kod',
        Card: { CardHolderName: 'SAMPLE CUSTOMER', Number: '1234-1234-1234-1234', ExpireYear: 7, ExpireMonth: 2020, SecurityCode: '12' },
      }),
    )) as ValidationError;
    expect(Object.fromEntries(e.issues.map((i) => [i.path, i.message]))).toEqual({
      PaymentRequestCode: 'PaymentRequestCode 32 onaltılık (hex) karakterden oluşmalı (tiresiz yazılmış bir GUID)',
      'Card.Number': 'kart numarası Luhn doğrulamasından geçmiyor',
      'Card.SecurityCode': 'SecurityCode 3 ya da 4 haneli olmalı',
      'Card.ExpireMonth': 'ExpireMonth 1–12 arasında bir ay olmalı; girilen değer bir yıl (ExpireMonth ile ExpireYear yer değiştirmiş gibi görünüyor)',
      'Card.ExpireYear':
        'ExpireYear 2030 ya da 30 gibi bir yıl olmalı; girilen değer bir aya benziyor (ExpireMonth ile ExpireYear yer değiştirmiş gibi görünüyor)',
    });
    expect(e.message.startsWith('Geçersiz istek (payments.pay): ')).toBe(true);
    expect(sim.requests).toHaveLength(0);
  });

  it('an unknown outcome says what to do in Turkish, since Licrus has no payment lookup', async () => {
    const client = new Licrus({
      baseUrl: 'https://tenant-api.licrus.test',
      authTicket: '0123456789abcdef0123456789abcdef',
      locale: tr,
      logLevel: 'off',
      fetch: async () => Response.json({}),
    });
    const e = await failure(client.payments.pay({ PaymentRequestCode: 'ec38e9381d1440f0a3bb83ab47c37e11', Card: card }));
    expect(e.message).toBe(
      'payments.pay: Licrus 200 koduyla HasError: false içermeyen bir yanıt döndürdü; çağrının başarılı olduğunu gösteren bir şey yok (sonuç bilinmiyor: Licrus bir ödeme sorgulama yöntemi yayımlamıyor; yeniden ödeme almadan önce bu PaymentRequestCode’a bağlı siparişin ödenip ödenmediğini Licrus yöneticinize sorun)',
    );
  });

  it('options refused when the client is built, before and after core’s Transport exists', () => {
    expect(() => createLicrusTransport({ baseUrl: '', locale: tr })).toThrow(
      'licrus: baseUrl zorunlu (Licrus’un size verdiği API kök adresi); herkese açık bir varsayılan adres yok',
    );
    expect(() => new Licrus({ baseUrl: 'https://t.test', locale: tr })).toThrow(
      new ConfigurationError('licrus: name ve password (Login) ya da Licrus’un verdiği sabit authTicket değerini verin', { provider: 'licrus' }),
    );
    expect(() => new Licrus({ baseUrl: 'https://t.test', authTicket: 't', paths: { 'payments.pay': 'x' }, locale: tr })).toThrow(
      'licrus: paths["payments.pay"] değeri "/" ile başlamalı',
    );
    expect(() => new Licrus({ baseUrl: 'https://t.test', authTicket: 't', declineCodes: { X: 'nope' as never }, locale: tr })).toThrow(
      /^licrus: declineCodes\["X"\] şunlardan biri olmalı: insufficient_funds, /,
    );
    // English stays the default.
    expect(() => new Licrus({ baseUrl: 'https://t.test' })).toThrow('licrus: give name and password (Login), or the static authTicket Licrus issued');
  });
});
