import { readFileSync } from 'node:fs';
import { type BipListenerEvent, createBipListener, FLOAT_NOISE_ULPS, listenerAmountKurus, parseListenerPayload } from '@odeme/bip';
import { ValidationError } from '@odeme/core';
import { describe, expect, it } from 'vitest';
import { ulp } from '../src/schemas/listener-amount.js';

// Golden callbacks built on Turkcell's sample merchant (Turkcell/BiP.AI, MerchantSimulator): every field of its
// PaymentInput, Address, ItemDetail and AdditionalInfo models with their Java types (int codes and counts, String
// ids, double amounts), amounts written as Java prints doubles. The sample shows no literal body, so field names
// and types are the evidence, kept here as the exact bytes a Java sender writes.
const golden = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').trim();
const creds = { username: 'turkcell', password: 'listener-secret-7' };
const authed = (body: string) =>
  new Request('https://merchant.example/bip/listener', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${btoa(`${creds.username}:${creds.password}`)}` },
    body,
  });
const base = { transactionId: '42', resultCode: 0, channelId: 40 };
const refusal = (body: unknown) => {
  try {
    parseListenerPayload(body);
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('listener amounts typed as Java doubles', () => {
  it.each([
    ['turkcell-model-channel10.json', '3.3000000000000003', 330, [110]],
    ['turkcell-model-channel40.json', '60.519999999999996', 6052, [5600, 113]],
  ])('answers SUCCESS to the golden %s, reading %s as %i kuruş', async (file, noisy, totalKurus, prices) => {
    const body = golden(file);
    expect(body).toContain(`"totalAmount":${noisy}`);
    const seen: BipListenerEvent[] = [];
    const listener = createBipListener({ credentials: creds, onPayment: (e) => void seen.push(e) });
    const res = await listener(authed(body));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ transactionId: JSON.parse(body).transactionId, resultCode: 0, resultDesc: 'SUCCESS' });
    expect(seen[0]?.totalAmountKurus).toBe(totalKurus);
    expect(seen[0]?.totalAmount).toBe(Number(noisy));
    expect(seen[0]?.itemList?.map((i) => i.itemPriceKurus)).toEqual(prices);
  });

  it('keeps the model fields the documentation lacks (country, quarter, ebillMailAddress) and the channel 10 token', () => {
    const ten = parseListenerPayload(golden('turkcell-model-channel10.json'));
    expect(ten).toMatchObject({ succeeded: true, channelId: 10, commitToken: '11234567', shippingAddress: null });
    const forty = parseListenerPayload(golden('turkcell-model-channel40.json'));
    expect(forty.shippingAddress).toMatchObject({ country: 'Türkiye', quarter: 'Cihannüma Mah.', isDefault: true });
    expect(forty.ebillMailAddress).toBe('ayse@example.com');
    expect(forty.itemList?.[0]).toMatchObject({ itemPrice: 56, itemPriceKurus: 5600 });
  });

  it('reads doubles as Java prints them: 56.0, and 1.25E7 from ten million TL up', () => {
    const text = (amount: string) => `{"transactionId":"42","resultCode":0,"totalAmount":${amount}}`;
    expect(parseListenerPayload(text('56.0')).totalAmountKurus).toBe(5600);
    expect(parseListenerPayload(text('1.25E7')).totalAmountKurus).toBe(1_250_000_000);
    expect(parseListenerPayload(text('0.0')).totalAmountKurus).toBe(0);
  });

  it('reads float noise on either side of a kuruş, up to FLOAT_NOISE_ULPS ULPs of the value and no further', () => {
    expect(FLOAT_NOISE_ULPS).toBe(16);
    expect(listenerAmountKurus(0.1 + 0.2)).toBe(30);
    expect(listenerAmountKurus(0.7 * 3)).toBe(210); // 2.0999999999999996
    expect(listenerAmountKurus(1.1 * 3)).toBe(330); // 3.3000000000000003
    // Doubles in [2, 4) are 2^-51 apart, so 3.3 + n·ulp is exact for whole n.
    const step = ulp(3.3);
    expect(step).toBe(2 ** -51);
    expect(listenerAmountKurus(3.3 + 16 * step)).toBe(330);
    expect(listenerAmountKurus(3.3 - 16 * step)).toBe(330);
    expect(() => listenerAmountKurus(3.3 + 17 * step)).toThrow();
    expect(() => listenerAmountKurus(3.3 - 17 * step)).toThrow();
  });

  it.each([
    ['a real third decimal', 56.005],
    ['a value a little off a kuruş', 3.3000001],
    ['a millionth of a kuruş off', 1234.5600001],
    ['noise on an amount too large for a double to single out a kuruş', 3e12 + ulp(3e12)],
    ['a negative amount with noise', -(1.1 * 3)],
  ])('refuses %s with 422, naming the field', async (_name, amount) => {
    const e = refusal({ ...base, totalAmount: amount });
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).fields).toEqual(['totalAmount']);
    const listener = createBipListener({ credentials: creds, onPayment: () => {}, logLevel: 'off' });
    expect((await listener(authed(JSON.stringify({ ...base, totalAmount: amount })))).status).toBe(422);
  });

  it('reads text amounts as decimals: noise digits in a string are not a double, and are refused', () => {
    expect(parseListenerPayload({ ...base, totalAmount: '3.30' }).totalAmountKurus).toBe(330);
    expect((refusal({ ...base, totalAmount: '3.3000000000000003' }) as ValidationError).fields).toEqual(['totalAmount']);
  });

  it('computes ULPs exactly, across a power of two and at the word carry', () => {
    expect(ulp(1)).toBe(Number.EPSILON);
    expect(ulp(-1)).toBe(Number.EPSILON);
    expect(ulp(2 - Number.EPSILON)).toBe(Number.EPSILON);
    expect(ulp(2)).toBe(2 * Number.EPSILON);
    expect(ulp(0)).toBe(Number.MIN_VALUE);
    // The low 32 bits of 1 + (2^32 − 1)·2^-52 are all ones: the next double carries into the high word.
    const x = 1 + (2 ** 32 - 1) * 2 ** -52;
    expect(ulp(x)).toBe(2 ** -52);
  });
});
