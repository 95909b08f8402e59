import { AbortError, TimeoutError, UnexpectedResponseError } from '@odeme/core';
import { Licrus } from '@odeme/licrus';
import { describe, expect, it } from 'vitest';

const BASE = 'https://tenant-api.licrus.test';
const TICKET = '0f3b1c2d4e5f60718293a4b5c6d7e8f9';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A tenant whose Login answers only when `release()` is called; it records every request and every aborted login. */
function slowLogin() {
  const seen: string[] = [];
  let aborted = 0;
  const waiting: (() => void)[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const req = new Request(input, init);
    const path = new URL(req.url).pathname;
    seen.push(path);
    if (path.endsWith('/login'))
      return new Promise<Response>((resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted++;
          reject(init.signal?.reason ?? new Error('aborted'));
        });
        waiting.push(() => resolve(json({ HasError: false, MessageList: [], IsAuthenticated: true, User: { AuthTicket: TICKET } })));
      });
    return json({ HasError: false, MessageList: [], Results: [] });
  };
  const release = () => {
    for (const go of waiting.splice(0)) go();
  };
  return { fetch, seen, aborted: () => aborted, release };
}

const timed = async (p: Promise<unknown>) => {
  const t0 = Date.now();
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: Date.now() - t0 };
};

describe('a call waits for the shared Login only within its own budget', () => {
  it('totalTimeout: the waiter leaves at its deadline with a TimeoutError, and the abandoned Login is aborted', async () => {
    const t = slowLogin();
    const licrus = new Licrus({ baseUrl: BASE, name: 'ivr', password: 'Parola-123456', fetch: t.fetch, logLevel: 'off' });
    const r = await timed(licrus.addresses.cities({}, { totalTimeout: 200 }));
    expect(r.error).toBeInstanceOf(TimeoutError);
    expect((r.error as TimeoutError).kind).toBe('total');
    expect(r.ms).toBeLessThan(200 + 150);
    expect(t.aborted()).toBe(1);
    expect(t.seen).toEqual(['/api/EAM/login']);
  });

  it('signal: an abort ends the wait at once with an AbortError; nothing else is sent', async () => {
    const t = slowLogin();
    const licrus = new Licrus({ baseUrl: BASE, name: 'ivr', password: 'Parola-123456', fetch: t.fetch, logLevel: 'off' });
    const r = await timed(licrus.addresses.cities({}, { signal: AbortSignal.timeout(40) }));
    expect(r.error).toBeInstanceOf(AbortError);
    expect(r.ms).toBeLessThan(40 + 150);
    expect(t.aborted()).toBe(1);
    expect(t.seen).toEqual(['/api/EAM/login']);
  });

  it('a payment waiting for the Login leaves at its deadline with outcome not_sent and its reference', async () => {
    const t = slowLogin();
    const licrus = new Licrus({ baseUrl: BASE, name: 'ivr', password: 'Parola-123456', fetch: t.fetch, logLevel: 'off' });
    const code = 'ec38e9381d1440f0a3bb83ab47c37e11';
    const card = {
      CardHolderName: 'AYSE YILMAZ',
      Number: '4355084355084358',
      ExpireMonth: 12,
      ExpireYear: new Date().getUTCFullYear() + 2,
      SecurityCode: '123',
    };
    const r = await timed(licrus.payments.pay({ PaymentRequestCode: code, Card: card }, { totalTimeout: 100 }));
    expect(r.error).toBeInstanceOf(TimeoutError);
    expect(r.error).toMatchObject({ outcome: 'not_sent', reference: code });
    expect(t.seen).toEqual(['/api/EAM/login']);
  });

  it('a shared Login goes on for the callers still waiting, and the ticket it brings serves them', async () => {
    const t = slowLogin();
    const licrus = new Licrus({ baseUrl: BASE, name: 'ivr', password: 'Parola-123456', fetch: t.fetch, logLevel: 'off' });
    const impatient = timed(licrus.addresses.cities({}, { totalTimeout: 50 }));
    const patient = licrus.addresses.cities({}, { totalTimeout: 5_000 });
    const early = await impatient;
    expect(early.error).toBeInstanceOf(TimeoutError);
    expect(t.aborted()).toBe(0);
    t.release();
    await expect(patient).resolves.toMatchObject({ Results: [] });
    expect(t.seen).toEqual(['/api/EAM/login', '/address/City/GetAll']);
  });

  it('a 200 answer without HasError: false is not a success', async () => {
    for (const body of ['{}', '{"status":"ok"}', '[]', '']) {
      const fetch = async (input: Request | string | URL) =>
        new URL(new Request(input).url).pathname.endsWith('/login')
          ? json({ HasError: false, IsAuthenticated: true, User: { AuthTicket: TICKET } })
          : new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
      const licrus = new Licrus({ baseUrl: BASE, name: 'ivr', password: 'Parola-123456', fetch, logLevel: 'off', maxRetries: 0 });
      await expect(licrus.addresses.cities(), body).rejects.toBeInstanceOf(UnexpectedResponseError);
    }
  });
});
