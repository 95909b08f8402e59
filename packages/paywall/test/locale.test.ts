import { join } from 'node:path';
import { AuthenticationError, ConfigurationError, isTranslated, PaymentDeclinedError, SignatureVerificationError, ValidationError } from '@odeme/core';
import { CORE_TR } from '@odeme/core/tr';
import { PayWall, PayWallCallbacks } from '@odeme/paywall';
import { PAYWALL_TR, tr } from '@odeme/paywall/tr';
import { PAYWALL_DECLINE_CARDS } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { sourceMessages } from '../../../test/support/source-messages';
import { creds, customer, directPayment, makeClient, makeSim, uniqueCode } from './helpers';

const fail = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e as Error,
  );

describe('PayWall in Turkish (locale: tr)', () => {
  it('a decline names the operation, the code and its meaning in Turkish; the bank keeps its own words', async () => {
    const pw = makeClient(makeSim(), { locale: tr });
    const e = (await fail(pw.payments.startDirect(directPayment(uniqueCode('tr'), PAYWALL_DECLINE_CARDS.insufficient_funds)))) as PaymentDeclinedError;
    expect(e).toBeInstanceOf(PaymentDeclinedError);
    expect(e.message).toBe(
      'payments.startDirect: ödeme PayWall tarafından reddedildi: hata 1 (başarısız): Payment failed — Bakiye yetersiz — İşlem onaylanmadı',
    );
    expect(e.shopperMessage('tr')).toMatch(/^Kartınızın bakiyesi/);
  });

  it('validation issues of PayWall fields and of core rules are in Turkish, and never quote the value', async () => {
    const pw = makeClient(undefined, { locale: tr, fetch: async () => expect.unreachable('nothing is sent') });
    const input = directPayment();
    const e = (await fail(
      pw.payments.startDirect({
        ...input,
        PaymentDetail: { ...input.PaymentDetail, ClientIP: '2001:db8::1234:5678:9abc' },
        Customer: { ...customer, Phone: '0212 123 45 67' },
      }),
    )) as ValidationError;
    expect(e).toBeInstanceOf(ValidationError);
    const byPath = Object.fromEntries(e.issues.map((i) => [i.path, i.message]));
    expect(byPath['PaymentDetail.ClientIP']).toBe('ClientIP en fazla 15 karakter olabilir');
    expect(byPath['Customer.Phone']).toBe('5 ile başlayan 10 haneli bir Türkiye cep telefonu numarası olmalı (önünde 0, 90, +90 ya da 0090 olabilir)');
    expect(e.message.startsWith('Geçersiz istek (payments.startDirect): ')).toBe(true);
    expect(e.message).not.toContain('0212');
  });

  it('wrong keys, a missing private pair and bad options are refused in Turkish', async () => {
    const wrong = (await fail(makeClient(makeSim(), { locale: tr, apiKeyPrivate: 'sk_wrong' }).queries.byPaymentId({ PaymentId: 1 }))) as AuthenticationError;
    expect(wrong).toBeInstanceOf(AuthenticationError);
    expect(wrong.message).toMatch(
      /^queries\.byPaymentId: PayWall API anahtarlarını kabul etmedi: hata 401 \(Unauthorized\): .*: API anahtarlarınızı ve ortamı \(sandbox ya da canlı\) kontrol edin \(GET https:/,
    );
    const publicOnly = new PayWall({ apiKeyPublic: creds.apiKeyPublic, apiClientPublic: creds.apiClientPublic, environment: 'test', locale: tr });
    const missing = await fail(publicOnly.refunds.create({ MerchantUniqueCode: 'm-1' }));
    expect(missing).toBeInstanceOf(ConfigurationError);
    expect(missing.message).toBe('refunds.create için özel anahtar çifti (apiKeyPrivate, apiClientPrivate) gerekiyor, ancak bu istemci onsuz oluşturulmuş');
    expect(() => new PayWall({ apiKeyPublic: '', apiClientPublic: 'pc', environment: 'test', locale: tr })).toThrow(
      'PayWall: genel anahtar çifti (apiKeyPublic, apiClientPublic) zorunludur; eksik: apiKeyPublic',
    );
  });

  it('an unknown outcome says how to look the payment up, in Turkish', async () => {
    const pw = makeClient(undefined, { locale: tr, fetch: async () => new Response('<h1>502</h1>', { status: 502 }) });
    const e = await fail(pw.payments.startDirect(directPayment('order-tr')));
    expect(e.message).toContain('(sonuç bilinmiyor: yeniden göndermeden önce payments.findByReference(reference) ile sorgulayın)');
  });

  it("callbacks refuse in the client's language; a verifier built alone takes the option too", async () => {
    const forged = { paymentId: '1', uniqueCode: 'o-1', amount: '1.00', installment: '1', hash: 'ab'.repeat(32) };
    const fromClient = await fail(makeClient(undefined, { locale: tr }).callbacks.verifyThreeDReturn(forged));
    expect(fromClient).toBeInstanceOf(SignatureVerificationError);
    expect(fromClient.message).toBe('PayWall 3D dönüşünün hash değeri doğrulanamadı');
    const alone = await fail(new PayWallCallbacks({ locale: tr, hashKeys: { systemWebhook: 'k' } }).verifyGeneralCallback('{"PaymentId":'));
    expect(alone.message).toBe('Geçersiz istek: geri bildirim gövdesi JSON değil (yarıda mı kesilmiş?)');
    expect(() => new PayWallCallbacks({ locale: tr, generalTemplate: [] })).toThrow(
      'PayWall: genel geri bildirim için hash şablonu, kapsadığı alanların adlarını sırasıyla veren boş olmayan bir liste olmalı',
    );
  });

  it('English stays the default', async () => {
    const pw = makeClient(makeSim());
    const e = await fail(pw.payments.startDirect(directPayment(uniqueCode('en'), PAYWALL_DECLINE_CARDS.insufficient_funds)));
    expect(e.message).toBe('PayWall declined payments.startDirect: error 1 (failure): Payment failed — Bakiye yetersiz — İşlem onaylanmadı');
  });
});

/**
 * Every fixed message the package writes has a Turkish entry: string and template literals are read from the
 * sources, their `${…}` parts replaced by a sample, and each sentence must be translated by the package's catalog
 * (or core's, for core rules the package repeats). A new English message without an entry fails here.
 */
describe('PayWall catalog coverage', () => {
  const dir = join(import.meta.dirname, '../src');
  // Literals with spaces that are not messages: joins of other texts, and the country names that mean Turkey.
  const NOT_MESSAGES = new Set(['X, X', 'X X', 'republic of turkey', 'republic of turkiye', 'turkiye cumhuriyeti']);
  // …and the multipart wire text of the bulk file upload.
  const WIRE_TEXT = /Content-Disposition|^multipart\//;
  const found = sourceMessages(dir, (sample) => NOT_MESSAGES.has(sample) || WIRE_TEXT.test(sample));
  // The one-word meanings of PayWall's list (0 success, 1 failure) are error names too.
  found.push({ file: 'error-codes.ts', sample: 'success' }, { file: 'error-codes.ts', sample: 'failure' });

  it('finds the messages it checks', () => {
    expect(found.length).toBeGreaterThan(120);
  });

  it.each(found.map((f) => [f.file, f.sample]))('%s: "%s" has a Turkish entry', (_file, sample) => {
    expect(isTranslated(sample, [PAYWALL_TR, CORE_TR])).toBe(true);
  });

  it('every entry is used: no Turkish text for a message the package no longer writes', () => {
    const samples = found.map((f) => f.sample);
    const unused = Object.keys(PAYWALL_TR).filter((english) => !samples.some((s) => isTranslated(s, [{ [english]: '' }])));
    expect(unused).toEqual([]);
  });
});
