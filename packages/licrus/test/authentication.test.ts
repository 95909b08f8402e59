import { inspect } from 'node:util';
import { AuthenticationError, ProviderError } from '@odeme/core';
import { Licrus, LicrusTicketRefusedError } from '@odeme/licrus';
import { tr } from '@odeme/licrus/tr';
import { LICRUS_SIM_CARDS, LICRUS_SIM_USER } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { future, simSetup } from './helpers';

const BASE = 'https://tenant-api.licrus.test';
const WRONG = 'Yanlis-Parola-99';
const card = { CardHolderName: 'AYŞE YILMAZ', Number: LICRUS_SIM_CARDS.approved, ...future, SecurityCode: '123' };
const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e as AuthenticationError,
  );

describe('Licrus wrong credentials: AuthenticationError', () => {
  it('a wrong password: the simulator answers as Licrus documents (IsAuthenticated false, no message); one Login, nothing else', async () => {
    const { sim, client } = simSetup({ password: WRONG });
    const e = await failure(client.orders.listApproved({ OrderType: 1 }));
    expect(e).toBeInstanceOf(AuthenticationError);
    expect(e).toBeInstanceOf(ProviderError);
    expect(e).toMatchObject({ code: 'authentication_failed', operation: 'auth.login', providerMessage: undefined, details: { IsAuthenticated: false } });
    expect(e.message).toBe('Licrus refused the login: the user name or password is wrong: check your keys and environment (sandbox or production)');
    for (const view of [e.message, JSON.stringify(e), inspect(e, { depth: 8 })]) expect(view).not.toContain(WRONG);
    expect(sim.requests.map((r) => r.path)).toEqual(['/api/EAM/login']);
    // login() says the same.
    await expect(client.login()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('a wrong password on a payment: the login is a step of the call, so nothing was sent (not_sent), reference kept', async () => {
    const { sim, client } = simSetup({ password: WRONG });
    const order = sim.approveOrder({ amountKurus: 9_900 });
    const e = await failure(client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card }));
    expect(e).toBeInstanceOf(AuthenticationError);
    expect(e).toMatchObject({ outcome: 'not_sent', reference: order.paymentRequestCode, operation: 'auth.login' });
    expect(sim.count('POST', '/api/ERP/Payment')).toBe(0);
    expect(order.paid).toBe(false);
  });

  it('a static AuthTicket the tenant does not know: HTTP 401 with the envelope, an AuthenticationError, never renewed', async () => {
    const { sim } = simSetup();
    const client = new Licrus({ baseUrl: BASE, authTicket: '0123456789abcdef0123456789abcdef', fetch: sim.fetch, logLevel: 'off' });
    const read = await failure(client.addresses.cities());
    expect(read).toBeInstanceOf(AuthenticationError);
    expect(read).toMatchObject({ status: 401, operation: 'addresses.cities' });
    expect(read.message).toMatch(/^Licrus refused the AuthTicket of addresses\.cities: AuthTicket geçersiz .*: check your keys and environment/);
    expect(read.message).toContain('(POST https://tenant-api.licrus.test/address/City/GetAll)');
    // A payment with it: refused before acting, not resent, and the ticket is not in the error.
    const order = sim.approveOrder({ amountKurus: 1_000 });
    const pay = await failure(client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card }));
    expect(pay).toBeInstanceOf(AuthenticationError);
    expect(pay).not.toBeInstanceOf(LicrusTicketRefusedError);
    expect(pay).toMatchObject({ status: 401, outcome: 'rejected', reference: order.paymentRequestCode });
    expect(JSON.stringify(pay.toJSON())).not.toContain('0123456789abcdef0123456789abcdef');
    expect(sim.logins).toBe(0);
    expect(order.paid).toBe(false);
  });

  it('an expired ticket is still renewed for a read when the tenant answers a bare 401 (core makes it an AuthenticationError)', async () => {
    const { sim } = simSetup();
    let refused = 0;
    // A gateway in front of the tenant answers the first ticketed read with an IIS 401 page, no envelope.
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = new Request(input, init);
      if (req.url.endsWith('/address/City/GetAll') && refused++ === 0) return new Response('<h1>401 Unauthorized</h1>', { status: 401 });
      return sim.fetch(req);
    };
    const client = new Licrus({ baseUrl: BASE, ...LICRUS_SIM_USER, fetch, logLevel: 'off' });
    const res = await client.addresses.cities();
    expect(res.Results.length).toBeGreaterThan(0);
    expect(sim.logins).toBe(2);
    // The same on a payment: refused, never resent, the caller told it may pay again.
    refused = 0;
    const order = sim.approveOrder({ amountKurus: 1_000 });
    const payFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = new Request(input, init);
      if (req.url.endsWith('/api/ERP/Payment') && refused++ === 0) return new Response('', { status: 401 });
      return sim.fetch(req);
    };
    const payer = new Licrus({ baseUrl: BASE, ...LICRUS_SIM_USER, fetch: payFetch, logLevel: 'off' });
    const e = await failure(payer.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card }));
    expect(e).toBeInstanceOf(LicrusTicketRefusedError);
    expect(e).toMatchObject({ status: 401, outcome: 'rejected', reference: order.paymentRequestCode });
    expect((e as Error & { cause?: unknown }).cause).toBeInstanceOf(AuthenticationError);
    expect(refused).toBe(1);
    await payer.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card });
    expect(order.paid).toBe(true);
  });

  it('in Turkish with locale tr: the hint and the request are core’s, the wording the package’s', async () => {
    const { client } = simSetup({ password: WRONG, locale: tr });
    const e = await failure(client.addresses.cities());
    expect(e.message).toBe('Licrus girişi kabul etmedi: kullanıcı adı ya da şifre hatalı: API anahtarlarınızı ve ortamı (sandbox ya da canlı) kontrol edin');
    const { sim } = simSetup();
    const stat = new Licrus({ baseUrl: BASE, authTicket: 'ffffffffffffffffffffffffffffffff', fetch: sim.fetch, logLevel: 'off', locale: tr });
    const refused = await failure(stat.addresses.cities());
    expect(refused.message).toMatch(
      /^Licrus, addresses\.cities isteğindeki AuthTicket’ı kabul etmedi: AuthTicket geçersiz .*: API anahtarlarınızı ve ortamı \(sandbox ya da canlı\) kontrol edin \(POST https:\/\/tenant-api\.licrus\.test\/address\/City\/GetAll\)$/,
    );
  });
});
