import { createHash } from 'node:crypto';
import { ConfigurationError, SignatureVerificationError } from '@odeme/core';
import { PayWallCallbacks, payWallHash, verifyThreeDReturn } from '@odeme/paywall';
import { describe, expect, it } from 'vitest';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const key3d = 'gizli-3D-anahtar-ğüş';
const keySys = 'system-webhook-key';
const cb = new PayWallCallbacks({ hashKeys: { threeD: key3d, systemWebhook: keySys } });

function returnFields(overrides: Record<string, string> = {}) {
  const f: Record<string, string> = {
    date: '2026-03-10T12:00:00',
    status: 'Success',
    errorCode: '0',
    errorMessage: '',
    paymentCode: '46b7ee44-6039-4cbe-bd27-c2a56df8684c',
    uniqueCode: 'sipariş-1001',
    amount: '1.00',
    installment: '1',
    paymentId: '1644541',
    ...overrides,
  };
  f.hash = sha(`${key3d}###${f.paymentId}###${f.uniqueCode}###${f.amount}###${f.installment}`);
  return f;
}

describe('PayWall callback hashes (§6)', () => {
  it('matches an independently computed SHA-256 over the ### template (lower-case hex, UTF-8)', async () => {
    const values = ['1644541', 'sipariş-1001', '1.00', '1'];
    expect(await payWallHash(key3d, values)).toBe(sha(`${key3d}###1644541###sipariş-1001###1.00###1`));
    expect(await payWallHash('k', [])).toBe(sha('k'));
  });

  it('verifies a 3D return from every input shape and types it', async () => {
    const f = returnFields();
    const body = new URLSearchParams(f).toString();
    for (const input of [
      body,
      new URLSearchParams(f),
      f,
      new Request('https://shop.example/ok', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    ]) {
      const r = await cb.verifyThreeDReturn(input);
      // The hash covers paymentId, uniqueCode, amount and installment: those, and only those, are verified.
      expect(r.verified).toEqual({ merchantUniqueCode: 'sipariş-1001', amount: '1.00', amountKurus: 100, paymentId: 1644541, installment: 1 });
      expect(r.unverified).toMatchObject({ status: 'Success', success: true, errorCode: 0, paymentCode: '46b7ee44-6039-4cbe-bd27-c2a56df8684c' });
      expect(Object.keys(r.verified).some((k) => k in r.unverified)).toBe(false);
    }
    const form = new FormData();
    for (const [k, v] of Object.entries(f)) form.append(k, v);
    expect((await cb.verifyThreeDReturn(form)).verified.paymentId).toBe(1644541);
    // An upper-case hex hash is the same hash.
    expect((await cb.verifyThreeDReturn({ ...f, hash: (f.hash as string).toUpperCase() })).verified.amount).toBe('1.00');
  });

  it('refuses a changed field, a wrong key, a missing hash, and a missing key', async () => {
    const f = returnFields();
    await expect(cb.verifyThreeDReturn({ ...f, amount: '100.00' })).rejects.toBeInstanceOf(SignatureVerificationError);
    const h = f.hash as string;
    const flipped = `${h.slice(0, -1)}${h.endsWith('0') ? '1' : '0'}`;
    await expect(cb.verifyThreeDReturn({ ...f, hash: flipped })).rejects.toBeInstanceOf(SignatureVerificationError);
    await expect(verifyThreeDReturn(f, 'another-key')).rejects.toBeInstanceOf(SignatureVerificationError);
    const { hash: _h, ...noHash } = f;
    await expect(cb.verifyThreeDReturn(noHash)).rejects.toThrow(/no hash/);
    await expect(new PayWallCallbacks().verifyThreeDReturn(f)).rejects.toBeInstanceOf(ConfigurationError);
  });

  it('decodes the Base64 error message of a failed 3D return', async () => {
    const msg = globalThis.Buffer.from('Kart doğrulaması başarısız', 'utf8').toString('base64');
    const r = await cb.verifyThreeDReturn(returnFields({ status: 'Unsuccessful', errorCode: '1', errorMessage: msg }));
    expect(r.unverified).toMatchObject({ success: false, errorCode: 1, errorMessage: 'Kart doğrulaması başarısız' });
    // Read without a hash, nothing is verified.
    const parsed = await cb.parseThreeDReturn(returnFields({ amount: '12,5' }));
    expect(parsed.verified).toBeUndefined();
    expect(parsed.unverified).toMatchObject({ amountKurus: 1250, success: true });
  });

  it('a status flipped to Success still verifies: it is reported as unverified, the covered fields unchanged', async () => {
    const failed = returnFields({ status: 'Unsuccessful', errorCode: '1' });
    const flipped = { ...failed, status: 'Success', errorCode: '0' };
    const r = await cb.verifyThreeDReturn(flipped);
    expect(r.unverified.success).toBe(true);
    expect(r.verified).toEqual((await cb.verifyThreeDReturn(failed)).verified);
    expect('success' in r.verified || 'status' in r.verified).toBe(false);
  });

  it('general callback: hashes amounts as sent ("10.50", not 10.5), with the System Webhook key', async () => {
    const hash = sha(`${keySys}###99###order-7###10.50###3`);
    const raw = `{"Type":4,"PaymentId":99,"Amount":10.50,"OperationAmount":2.00,"IP":"1.2.3.4","UniqueCode":"order-7","CurrencyId":1,"PaymentMethodId":1,"Installment":3,"ChannelId":1,"TagId":0,"DateTime":"2026-03-10T12:00:00","Hash":"${hash}","HashFormat":"1","HashKeyType":"2"}`;
    const r = await cb.verifyGeneralCallback(raw);
    // The (inferred) template covers PaymentId, UniqueCode, Amount and Installment; Type, OperationAmount and
    // CurrencyId are outside it, so they are unverified.
    expect(r.covered).toEqual(['PaymentId', 'UniqueCode', 'Amount', 'Installment']);
    expect(r.verified).toEqual({ paymentId: 99, merchantUniqueCode: 'order-7', amount: '10.50', amountKurus: 1050, installment: 3 });
    expect(r.unverified).toMatchObject({ type: 4, typeName: 'VPosPartialRefund', operationAmountKurus: 200, currencyId: 1, hashFormat: '1' });
    // A forged event type or operation amount verifies (the hash does not cover them) and stays unverified.
    const forged = await cb.verifyGeneralCallback(
      raw.replace('"Type":4', '"Type":3').replace('"OperationAmount":2.00', '"OperationAmount":999.00').replace('"CurrencyId":1', '"CurrencyId":2'),
    );
    expect(forged.verified).toEqual(r.verified);
    expect(forged.unverified).toMatchObject({ type: 3, operationAmountKurus: 99_900, currencyId: 2 });
    // The parsed object loses "10.50" → 10.5, so it does not verify against the same hash: pass the raw body.
    await expect(cb.verifyGeneralCallback(JSON.parse(raw))).rejects.toBeInstanceOf(SignatureVerificationError);
    await expect(cb.verifyGeneralCallback(raw.replace('"Type":4', '"Type":3').replace('10.50', '10.51'))).rejects.toBeInstanceOf(SignatureVerificationError);
  });

  it('does not guess unpublished templates', async () => {
    const body = { Id: 1, Result: true, Amount: 5, MerchantUniqueCode: 'm', Hash: 'x' };
    await expect(cb.verifyWebhook('apm', body)).rejects.toThrow(/not published/);
    await expect(cb.verifyWebhook('recurring', body)).rejects.toBeInstanceOf(ConfigurationError);
    const apm = new PayWallCallbacks({ hashKeys: { apm: 'apm-key' } });
    const template = ['Id', 'MerchantUniqueCode'];
    const signed = { ...body, Hash: sha('apm-key###1###m') };
    const r = await apm.verifyWebhook('apm', signed, { template });
    expect(r.verified).toEqual({ Id: 1, MerchantUniqueCode: 'm' });
    expect(r.unverified).toEqual({ Result: true, Amount: 5, Hash: signed.Hash });
    await expect(apm.verifyWebhook('payout', signed, { template })).rejects.toBeInstanceOf(ConfigurationError);
    // A template that covers nothing, or the old function form, is refused rather than verifying everything.
    for (const bad of [[], [''], (f: Record<string, string>) => [f.Id ?? '']])
      await expect(apm.verifyWebhook('apm', signed, { template: bad as never })).rejects.toBeInstanceOf(ConfigurationError);
    expect(() => new PayWallCallbacks({ generalTemplate: [] })).toThrow(ConfigurationError);
  });
});
