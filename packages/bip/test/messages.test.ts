import { join } from 'node:path';
import { Bip, createBipListener, parseListenerPayload } from '@odeme/bip';
import { BIP_TR, tr } from '@odeme/bip/tr';
import { ConfigurationError, isTranslated, type ValidationError } from '@odeme/core';
import { CORE_TR } from '@odeme/core/tr';
import { describe, expect, it } from 'vitest';
import { sourceMessages, sourceText } from '../../../test/support/source-messages';
import { creds, listenerCreds, setup } from './helpers';

const fail = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e as ValidationError,
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
  // Literals that are not messages: header values, the listener's log lines (logs stay in English, as core's do), and
  // the TypeError of a row that is not BiP's (a programming error, never an OdemeError a client translates).
  const NOT_MESSAGES = new Set([
    'Basic realm="bip-listener", charset="UTF-8"',
    'application/json; charset=utf-8',
    'bip listener: built with allowUnauthenticated: anyone who can reach it can report a payment as successful',
    'bip listener refused a call (X X): X',
    'bip listener: onPayment failed for transaction X',
    'bip: no encoder for X',
  ]);
  const found = sourceMessages(dir, (sample) => NOT_MESSAGES.has(sample));

  it('finds the messages it checks, and every excluded literal is still written', () => {
    expect(found.length).toBeGreaterThan(30);
    const all = sourceText(dir);
    for (const literal of NOT_MESSAGES) expect(all.includes(literal.split('X')[0] as string), literal).toBe(true);
  });

  it.each(found.map((f) => [f.file, f.sample]))('%s: "%s" has a Turkish entry', (_file, sample) => {
    expect(isTranslated(sample, [BIP_TR, CORE_TR])).toBe(true);
  });

  it('every entry translates a message the package still writes, and none is left in English', () => {
    for (const [english, turkish] of Object.entries(BIP_TR)) {
      expect(turkish, english).not.toBe(english);
      expect(
        found.some((f) => isTranslated(f.sample, [{ [english]: turkish }])),
        english,
      ).toBe(true);
    }
  });
});

describe('locale tr, end to end', () => {
  it('validation: BiP’s own rules and core’s, field by field, nothing sent', async () => {
    const { sim, bip } = setup({}, { locale: tr });
    const e = await fail(bip.startPayment({ transactionId: ' T ', msisdn: '0212 123 45 67', channelId: 11, itemList: [{ id: 50, count: 1.5 }] }));
    expect(Object.fromEntries(e.issues.map((i) => [i.path, i.message]))).toEqual({
      transactionId: 'transactionId boş olmamalı; başında ya da sonunda boşluk bulunmamalı',
      msisdn: '5 ile başlayan 10 haneli bir Türkiye cep telefonu numarası olmalı (önünde 0, 90, +90 ya da 0090 olabilir)',
      'itemList.0.count': 'count bir tam sayı olmalı',
    });
    const two = [
      { id: 50, count: 1 },
      { id: 51, count: 1 },
    ];
    const inApp = await fail(bip.startPayment({ msisdn: '0532 123 45 67', channelId: 50, itemList: two }));
    expect(inApp.issues).toEqual([{ path: 'itemList', message: 'uygulama içi satın almada (kanal 50) itemList tam olarak bir ürün içermeli', code: 'custom' }]);
    expect(e.message.startsWith('Geçersiz istek (payments.start): ')).toBe(true);
    const commit = await fail(bip.commit({ transactionId: 'T', msisdn: '905321234567', commitToken: ' ' }));
    expect(commit.issues[0]?.message).toBe('commitToken boş olmamalı');
    expect(sim.requests).toHaveLength(0);
  });

  it('refusals and unknown outcomes in Turkish, BiP’s own words and codes kept', async () => {
    const { sim, bip } = setup({}, { locale: tr });
    const refused = await fail(bip.startPayment({ msisdn: '905321234567', channelId: 11, itemList: [{ id: 999, count: 1 }] }));
    expect(refused.message).toBe('BiP payments.start isteğini reddetti: 9404 UNKNOWN_PRODUCT 999');
    sim.queueStartResult({ resultCode: 4010403, resultDesc: 'NOT_TURKCELL_SUBSCRIBER' });
    const declined = await fail(bip.startPayment({ msisdn: '905321234567', channelId: 11, itemList: [{ id: 50, count: 1 }] }));
    expect(declined.message).toBe('payments.start: BiP ödemeyi onaylamadı: 4010403 NOT_TURKCELL_SUBSCRIBER');
    const lost = new Bip({ ...creds, logLevel: 'off', locale: tr, fetch: async () => Response.json({ status: 'ok' }) });
    const unknown = await fail(lost.startPayment({ msisdn: '905321234567', channelId: 11, itemList: [{ id: 50, count: 1 }] }));
    expect(unknown.message).toBe(
      'payments.start: BiP resultCode içermeyen bir 200 yanıtı döndürdü; çağrının başarılı olduğunu gösteren bir şey yok (sonuç bilinmiyor: BiP’te durum sorgulama yok; bu transactionId ile gelecek listener bildirimini bekleyin ve bildirim gelmeden ödemeyi yeni bir transactionId ile yeniden başlatmayın)',
    );
  });

  it('options refused at construction, and a generator that returns nothing usable', async () => {
    expect(thrown(() => new Bip({ ...creds, username: 'a:b', locale: tr }))).toEqual(
      new ConfigurationError("bip: username ':' içermemeli (HTTP Basic bu karakteri taşıyamaz)", { provider: 'bip' }),
    );
    expect(thrown(() => new Bip({ ...creds, generateTransactionId: 'x' as never, locale: tr })).message).toBe(
      'bip: generateTransactionId bir fonksiyon olmalı',
    );
    const { bip } = setup({}, { locale: tr, generateTransactionId: () => ' ' });
    expect((await fail(bip.startPayment({ msisdn: '905321234567', channelId: 11, itemList: [{ id: 50, count: 1 }] }))).message).toBe(
      'bip: generateTransactionId boş olmayan ve başında ya da sonunda boşluk bulunmayan bir metin döndürmeli',
    );
  });

  it('the listener: its options, forged calls and bad payloads', async () => {
    expect(thrown(() => createBipListener({ onPayment: () => {}, locale: tr })).message).toBe(
      'BiP listener: credentials (Turkcell’in gönderdiği Basic kullanıcı adı ve parola) verin; kimliği doğrulanmamış çağrıları kabul etmek içinse allowUnauthenticated: true verin',
    );
    const errors: Error[] = [];
    const listener = createBipListener({
      credentials: listenerCreds,
      onPayment: () => {},
      onError: (e) => void errors.push(e as Error),
      logLevel: 'off',
      locale: tr,
    });
    const post = (body: string, auth = true) =>
      listener(
        new Request('https://merchant.example/bip', {
          method: 'POST',
          headers: auth ? { authorization: `Basic ${btoa(`${listenerCreds.username}:${listenerCreds.password}`)}` } : {},
          body,
        }),
      );
    expect((await post('{}', false)).status).toBe(401);
    const bad = await post(JSON.stringify({ transactionId: 'T', resultCode: 0, orderDate: '2016-11-25' }));
    expect(bad.status).toBe(422);
    expect(errors.map((e) => e.message)).toEqual([
      'BiP listener: kimlik bilgileri hatalı ya da eksik (HTTP Basic)',
      'Geçersiz istek (listener): orderDate: orderDate, "dd.MM.yyyy HH:mm:ss" biçiminde yazılmış geçerli bir tarih olmalı',
    ]);
    expect(thrown(() => parseListenerPayload('[', { locale: tr })).message).toBe('Geçersiz istek (listener): listener isteğinin gövdesi JSON değil');
  });

  it('English stays the default', async () => {
    const { bip } = setup();
    expect((await fail(bip.startPayment({ msisdn: '905321234567', channelId: 11, itemList: [{ id: 999, count: 1 }] }))).message).toBe(
      'bip refused payments.start: 9404 UNKNOWN_PRODUCT 999',
    );
  });
});
