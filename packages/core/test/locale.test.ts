import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  AuthenticationError,
  ConfigurationError,
  defineOperation,
  HttpError,
  isTranslated,
  Transport,
  tckn,
  tlAmount,
  translate,
  ValidationError,
} from '../src/index';
import { CORE_TR, tr, turkish } from '../src/tr';

const row = defineOperation({
  id: 'charges.create',
  method: 'POST',
  path: '/v1/charges',
  request: z.object({ ref: z.string(), amount: tlAmount({ positive: true }), owner: tckn(), note: z.optional(z.string().check(z.maxLength(5))) }),
  response: z.object({ id: z.string() }),
  movesMoney: true,
  reference: { field: 'ref' },
});
const good = { ref: 'order-1', amount: '10.00', owner: '10000000146' };

describe('locale: tr', () => {
  it('translates validation issues field by field and names the operation in Turkish', async () => {
    const t = new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { locale: tr, fetch: async () => new Response('{}') });
    const error = (await t.call(row, { ...good, amount: '12,50', owner: '10000000147', note: 'toolong' }).catch((e) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe('validation_error');
    expect(error.outcome).toBe('not_sent');
    const byPath = Object.fromEntries(error.issues.map((i) => [i.path, i.message]));
    expect(byPath.amount).toBe('tutar, en fazla iki ondalık basamaklı bir sayı değil; Türkçe yazılmış tutarları önce parseTurkishAmount ile dönüştürün');
    expect(byPath.owner).toBe('TC kimlik numarasının kontrol haneleri (10. ve 11.) ilk dokuz haneyle uyuşmuyor');
    expect(byPath.note).toBe('en fazla 5 karakter olmalı');
    expect(error.message.startsWith('Geçersiz istek (charges.create): ')).toBe(true);
    // Never the value itself, in either language.
    expect(error.message).not.toContain('10000000147');
    expect(error.message).not.toContain('toolong');
  });

  it('English stays the default, with the same codes and fields', async () => {
    const t = new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { fetch: async () => new Response('{}') });
    const error = (await t.call(row, { ...good, note: 'toolong' }).catch((e) => e)) as ValidationError;
    expect(error.issues[0]?.message).toBe('must have at most 5 characters');
    expect(error.message).toBe('Invalid request for charges.create: note: must have at most 5 characters');
  });

  it('a 5xx of a money call says the outcome is unknown in Turkish, with the method and redacted URL kept', async () => {
    const fetch = async () => new Response('<html>bad gateway</html>', { status: 502 });
    const t = new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { locale: tr, fetch, logLevel: 'off' });
    const error = (await t.call(row, good).catch((e) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toBe(
      'charges.create: p HTTP 502 döndürdü (POST https://p.test/v1/charges) (sonuç bilinmiyor: yeniden göndermeden önce ödemeyi referansıyla sorgulayın)',
    );
    expect(error.outcome).toBe('unknown');
    expect(error.reference).toBe('order-1');
  });

  it('a 401 is an AuthenticationError whose hint is in Turkish too', async () => {
    const fetch = async () => new Response('', { status: 401 });
    const t = new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { locale: tr, fetch, logLevel: 'off' });
    const error = (await t.call(row, good).catch((e) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe(
      'charges.create: p kimlik bilgilerini kabul etmedi (HTTP 401): API anahtarlarınızı ve ortamı (sandbox ya da canlı) kontrol edin (POST https://p.test/v1/charges)',
    );
  });

  it('a redirect is refused in Turkish, naming where it pointed', async () => {
    const fetch = async () => new Response(null, { status: 302, headers: { location: 'https://elsewhere.test/steal' } });
    const t = new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { locale: tr, fetch, logLevel: 'off' });
    const error = (await t.call(row, good).catch((e) => e)) as HttpError;
    expect(error.location).toBe('https://elsewhere.test');
    expect(error.message).toMatch(
      /^charges\.create: p yönlendirmeyle yanıt verdi \(302\) \(hedef: https:\/\/elsewhere\.test\); yönlendirmeler hiçbir zaman izlenmez \(POST https:\/\/p\.test\/v1\/charges\) \(sonuç bilinmiyor: /,
    );
  });

  it("the string 'tr' without the messages is refused with where to import them, and the locale is checked", () => {
    const make = (locale: unknown) => () => new Transport({ provider: 'oderopay', baseUrl: () => 'https://p.test' }, { locale: locale as 'en' });
    expect(make('tr')).toThrow("locale 'tr' needs the Turkish messages: import { tr } from '@odeme/oderopay/tr' and pass locale: tr");
    expect(make('de')).toThrow(ConfigurationError);
    expect(make({ language: 'tr' })).toThrow(ConfigurationError);
    expect(make('en')).not.toThrow();
  });

  it('options refused at construction are refused in Turkish', () => {
    const make = () => new Transport({ provider: 'p', baseUrl: () => 'https://p.test' }, { locale: tr, timeout: -1 });
    expect(make).toThrow(ConfigurationError);
    expect(make).toThrow('p istemci seçenekleri: timeout, 0’dan büyük ve en fazla 2147483647 olan bir milisaniye değeri olmalı');
  });

  it("a provider's catalog is consulted before core's, and localize() serves errors thrown outside a call", () => {
    const t = new Transport(
      { provider: 'p', baseUrl: () => 'https://p.test' },
      { locale: turkish({ 'the callback hash of {order} does not verify': '{order} geri çağrısının özeti doğrulanmadı' }) },
    );
    const error = t.localize(new ConfigurationError('the callback hash of order-9 does not verify'));
    expect(error.message).toBe('order-9 geri çağrısının özeti doğrulanmadı');
    const english = new Transport({ provider: 'p', baseUrl: () => 'https://p.test' });
    expect(english.localize(new ConfigurationError('x does not verify')).message).toBe('x does not verify');
  });

  it('templates match whole messages only, literally, and translate their placeholders in turn', () => {
    expect(translate('must be at most 10', [CORE_TR])).toBe('en fazla 10 olmalı');
    expect(translate('x call options: maxRetries must be a whole number from 0 to 10', [CORE_TR])).toBe(
      'x çağrı seçenekleri: maxRetries 0 ile 10 arasında bir tam sayı olmalı',
    );
    expect(translate('something no catalog knows', [CORE_TR])).toBe('something no catalog knows');
    // Regex characters in a template are literal: "(" and "." do not match other text.
    expect(translate('required [string]', [CORE_TR])).toBe('required [string]');
    expect(translate('required (string)', [CORE_TR])).toBe('zorunlu (string)');
  });
});

/**
 * Every fixed message core writes has a Turkish entry: message-producing calls are read from the sources, their
 * `${…}` parts replaced by a sample, and the result must be translated. A new English message without an entry fails.
 */
describe('core catalog coverage', () => {
  const dir = join(import.meta.dirname, '../src');
  const CALL = /(?:\bfail|moneyError|refuse|Error|return|message:|z\.refine\([^,]+,)\s*\(?\s*(['`])((?:(?!\1)[^\\]|\\.)*?)\1/g;
  // Whole-message compositions of other messages, each part covered on its own.
  const COMPOSED = new Set(['X: X', 'X X', 'XX', 'X']);
  // Thrown and caught inside the request loop to stop an attempt; never reaches a caller.
  const INTERNAL = new Set(['aborted before sending']);
  const found: { file: string; sample: string }[] = [];
  // node.ts words its failures like the platform's fetch ("fetch failed", "terminated"): they are causes, shown as they are.
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'messages.tr.ts' && f !== 'node.ts')) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(CALL)) {
      const text = (m[2] as string).replace(/\$\{[^}]*\}/g, 'X');
      // Only sentences: at least two words, starting with a lowercase word or a placeholder.
      // A template nested in a template is not read whole here; such messages are checked by behaviour above.
      if (!/\s/.test(text) || COMPOSED.has(text) || !/^(X|[a-z])/.test(text) || text.includes('${')) continue;
      if (INTERNAL.has(text)) continue;
      if (/^(application|text|x-|content|sha|hmac|aes|node:)/i.test(text)) continue;
      found.push({ file, sample: text });
    }
  }

  it('finds the messages it checks', () => {
    expect(found.length).toBeGreaterThan(60);
  });

  it.each(found.map((f) => [f.file, f.sample]))('%s: "%s" has a Turkish entry', (_file, sample) => {
    expect(isTranslated(sample, [CORE_TR])).toBe(true);
  });
});
