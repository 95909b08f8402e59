import { Bip, createBipTransport } from '@odeme/bip';
import { tr } from '@odeme/bip/tr';
import { ConfigurationError } from '@odeme/core';
import { describe, expect, it } from 'vitest';
import { creds } from './helpers';

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  return expect.unreachable('nothing was thrown');
};
const PGW =
  'bip: baseUrl must end with /pgw, the path of the BiP Payment Service (https://apigw.tvoip.turkcell.com.tr/pgw); without it every call is answered 404';
const ABSOLUTE = 'bip: baseUrl must be an absolute http or https URL without query or fragment, such as https://apigw.tvoip.turkcell.com.tr/pgw';

describe('baseUrl: every BiP Payment Service URL is under /pgw (spec §3)', () => {
  it.each([
    ['the documented gateway', 'https://apigw.tvoip.turkcell.com.tr/pgw'],
    ['a trailing slash', 'https://apigw.tvoip.turkcell.com.tr/pgw/'],
    ['Turkcell’s sample, plain http', 'http://apigw.tvoip.turkcell.com.tr/pgw'],
    ['the apigw.bip.com alias', 'https://apigw.bip.com/pgw'],
    ['a proxy that mounts the gateway deeper', 'https://egress.shop.example/turkcell/pgw'],
  ])('accepts %s and sends to <baseUrl>/paymentService', async (_name, baseUrl) => {
    const urls: string[] = [];
    const fetch = async (input: string | URL | Request) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return Response.json({ resultCode: 1103, resultDesc: 'CONSENT_REQUESTED' });
    };
    await new Bip({ ...creds, baseUrl, fetch, logLevel: 'off' }).startPayment({ msisdn: '5321234567', channelId: 11, itemList: [{ id: 50, count: 1 }] });
    expect(urls).toEqual([`${baseUrl.replace(/\/$/, '')}/paymentService`]);
  });

  it.each([
    ['the host alone', 'https://apigw.tvoip.turkcell.com.tr', PGW],
    ['the host with a slash', 'https://apigw.tvoip.turkcell.com.tr/', PGW],
    ['a service URL instead of the base', 'https://apigw.tvoip.turkcell.com.tr/pgw/paymentService', PGW],
    ['another path', 'https://apigw.tvoip.turkcell.com.tr/pgw2', PGW],
    ['no scheme', 'apigw.tvoip.turkcell.com.tr/pgw', ABSOLUTE],
    ['another scheme', 'ftp://apigw.tvoip.turkcell.com.tr/pgw', ABSOLUTE],
    ['a query', 'https://apigw.tvoip.turkcell.com.tr/pgw?env=test', ABSOLUTE],
    ['not text', 42 as unknown as string, ABSOLUTE],
  ])('refuses %s at construction, saying why, before anything is sent', (_name, baseUrl, message) => {
    let sent = 0;
    const fetch = async () => {
      sent++;
      return new Response('{}');
    };
    for (const build of [() => new Bip({ ...creds, baseUrl, fetch }), () => createBipTransport({ ...creds, baseUrl, fetch })]) {
      const e = thrown(build);
      expect(e).toBeInstanceOf(ConfigurationError);
      expect(e.message).toBe(message);
    }
    expect(sent).toBe(0);
  });

  it('says it in Turkish with locale tr', () => {
    expect(thrown(() => new Bip({ ...creds, baseUrl: 'https://apigw.tvoip.turkcell.com.tr', locale: tr })).message).toBe(
      'bip: baseUrl, BiP Payment Service’in yolu olan /pgw ile bitmeli (https://apigw.tvoip.turkcell.com.tr/pgw); aksi hâlde her çağrı 404 ile yanıtlanır',
    );
  });
});
