import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, isTranslated, ValidationError } from '@odeme/core';
import { CORE_TR } from '@odeme/core/tr';
import { OderoPay, readThreeDSCallback } from '@odeme/oderopay';
import { ODEROPAY_TR, tr } from '@odeme/oderopay/tr';
import { ODEROPAY_DECLINE_CARDS } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { basket, card, creds, setup } from './helpers';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('the call succeeded');
    },
    (e: unknown) => e as Error,
  );

/**
 * Every sentence the package writes has a Turkish entry: the string literals of its sources (comments left out) with a
 * space in them are its messages; `${…}` parts are replaced by a sample. A new English message without an entry, or
 * an entry whose English text no longer exists, fails.
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
  // envelope.ts builds its messages as `${what}: ${description} (${detail})` or `${what} without a description (${detail})`.
  const COMPOSITION = new Set(['X, X', 'X: X (X)', 'X without a description (X)']);
  const WHAT = /said\((['`])(.*?)\1\)/g;
  // Causes kept inside a ValidationError of the 3DS reader, never a message of their own.
  const CAUSES = new Set(['the request body has already been read', 'not a JSON object', 'not an object']);
  const samples: { file: string; sample: string }[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|\s)\/\/ .*$/gm, '');
    const name = file.slice(dir.length + 1);
    const whats = new Set([...source.matchAll(WHAT)].map((m) => (m[2] as string).replace(/\$\{[^}]*\}/g, 'X')));
    for (const what of whats)
      samples.push(
        { file: name, sample: `${what}: Kart limiti yetersiz (10051, NOT_SUFFICIENT_FUNDS)` },
        { file: name, sample: `${what} without a description (1)` },
      );
    for (const m of source.matchAll(LITERAL)) {
      const text = (m[2] as string).replace(/\$\{[^}]*\}/g, 'X');
      if (!text.includes(' ') || COMPOSITION.has(text) || CAUSES.has(text) || whats.has(text)) continue;
      samples.push({ file: name, sample: text });
    }
  }

  it('finds the messages it checks', () => {
    expect(samples.length).toBeGreaterThan(60);
  });

  it.each(samples.map((s) => [s.file, s.sample]))('%s: "%s" has a Turkish entry', (_file, sample) => {
    expect(isTranslated(sample, [ODEROPAY_TR])).toBe(true);
  });

  it('every entry translates a message the package still writes, and none is left in English', () => {
    for (const [english, turkish] of Object.entries(ODEROPAY_TR)) {
      expect(turkish, english).not.toBe(english);
      const used = english === 'no code' || samples.some((s) => isTranslated(s.sample, [{ [english]: turkish }]));
      expect(used, english).toBe(true);
    }
  });
});

describe('locale tr, end to end', () => {
  it('validation: the package’s own rules and core’s identifier rules, field by field', async () => {
    const { odero, sim } = setup({}, { locale: tr });
    // @ts-expect-error: 13 is not an installment count
    const error = await failure(odero.payments.create({ ...basket(), price: '150.00', installment: 13, card: card() }));
    expect(error).toBeInstanceOf(ValidationError);
    const byPath = Object.fromEntries((error as ValidationError).issues.map((i) => [i.path, i.message]));
    expect(byPath).toEqual({
      price: 'price (150), ürün satırlarının fiyat toplamına (150.5) eşit olmalı',
      installment: 'installment 1 ile 12 arasında olmalı',
    });
    const buyer = await failure(odero.onboarding.createBuyer({ name: 'Ayşe', surname: 'Yılmaz', identityNumber: '10000000147' }));
    expect(buyer.message).toBe(
      'Geçersiz istek (onboarding.createBuyer): identityNumber: TC kimlik numarasının kontrol haneleri (10. ve 11.) ilk dokuz haneyle uyuşmuyor',
    );
    expect(sim.requests).toHaveLength(0);
  });

  it('a decline: the message in Turkish, ÖderoPay’s own words and codes kept', async () => {
    const { odero } = setup({}, { locale: tr });
    const error = await failure(odero.payments.create({ ...basket(), card: card(ODEROPAY_DECLINE_CARDS.insufficient_funds) }));
    expect(error.message).toBe('ÖderoPay ödemeyi reddetti: Kart limiti yetersiz, yetersiz bakiye (10051, NOT_SUFFICIENT_FUNDS)');
    expect(error).toMatchObject({ reason: 'insufficient_funds', providerCode: '10051' });
  });

  it('a refusal below 10000 and an unknown outcome with its ÖderoPay lookup', async () => {
    const { odero } = setup({}, { locale: tr });
    const refused = await failure(odero.payments.retrieve({ id: 42 }));
    expect(refused.message).toBe('ÖderoPay payments.retrieve isteğini reddetti: payment 42 not found (3)');
    const broken = new OderoPay({ ...creds, environment: 'sandbox', locale: tr, logLevel: 'off', fetch: async () => Response.json({}) });
    const unknown = await failure(broken.payments.create({ ...basket(), card: card() }));
    expect(unknown.message).toBe(
      'payments.create: ÖderoPay’in 200 yanıtında beklenen data alanı yok (sonuç bilinmiyor: yeniden tahsilat yapmadan önce ödemeyi payments.findByConversationId(reference) ile sorgulayın)',
    );
  });

  it('options refused when the client is built', () => {
    expect(() => new OderoPay({ apiKey: '', secretKey: 's', environment: 'sandbox', locale: tr })).toThrow(
      new ConfigurationError('OderoPay için apiKey gerekli', { provider: 'oderopay' }),
    );
    expect(() => new OderoPay({ ...creds, locale: tr })).toThrow(
      "OderoPay için `environment` ('sandbox' | 'production' | 'az-sandbox') ya da `baseUrl` verilmeli",
    );
    expect(() => new OderoPay({ ...creds, environment: 'sandbox', locale: tr, timeout: -1 })).toThrow('istemci seçenekleri');
    expect(() => new OderoPay({ apiKey: '', secretKey: 's', environment: 'sandbox' })).toThrow('OderoPay needs an apiKey');
    expect(isTranslated('OderoPay needs an apiKey', [CORE_TR])).toBe(false);
  });

  it('errors the client did not throw (the 3DS callback reader) are translated by odero.localize', async () => {
    const post = () => new Request('https://shop.example/odero/3ds', { method: 'POST', body: 'paymentId=1', headers: { 'content-type': 'text/plain' } });
    const error = await failure(readThreeDSCallback(post(), {}, { maxBodyBytes: 4 }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain('the 3DS callback body is larger than 4 bytes');
    expect(new OderoPay({ ...creds, environment: 'sandbox' }).localize(error).message).toContain('larger than 4 bytes');
    const odero = new OderoPay({ ...creds, environment: 'sandbox', locale: tr });
    expect(odero.localize(error)).toBe(error);
    expect(error.message).toContain('3DS geri dönüş isteğinin gövdesi 4 bayttan büyük');
  });
});
