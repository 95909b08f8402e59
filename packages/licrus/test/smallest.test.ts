import { AuthenticationError, ValidationError } from '@odeme/core';
import * as licrus from '@odeme/licrus';
import {
  authLogin,
  callWithTicket,
  createLicrusTransport,
  DEFAULT_PATHS,
  LicrusDeclineError,
  type LicrusOperation,
  licrusLogin,
  licrusOperations,
  paymentsPay,
} from '@odeme/licrus';
import { LICRUS_SIM_CARDS, LICRUS_SIM_USER, LicrusSimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { future } from './helpers';

const BASE = 'https://tenant-api.licrus.test';
const card = (cardNumber: string = LICRUS_SIM_CARDS.approved) => ({ CardHolderName: 'AYŞE YILMAZ', Number: cardNumber, ...future, SecurityCode: '123' });

function setup() {
  const sim = new LicrusSimulator();
  const transport = createLicrusTransport({ baseUrl: BASE, fetch: sim.fetch, logLevel: 'off' });
  return { sim, transport };
}

describe('smallest form: createLicrusTransport + callWithTicket + one row', () => {
  it('pays an approved order, logging in first and putting the ticket first in the body', async () => {
    const { sim, transport } = setup();
    const order = sim.approveOrder({ amountKurus: 124_990 });
    const res = await callWithTicket(
      transport,
      paymentsPay,
      { PaymentRequestCode: order.paymentRequestCode, Card: card('4355-0843-5508-4358') },
      LICRUS_SIM_USER,
    );
    expect(res.HasError).toBe(false);
    expect(res.MessageList[0]?.kind).toBe('Info');
    expect(order.paid).toBe(true);
    expect(sim.payments).toEqual([
      expect.objectContaining({ orderId: order.Id, amountKurus: 124_990, cardVendor: 'Unknow', maskedNumber: '435508******4358' }),
    ]);
    expect(sim.logins).toBe(1);
    expect(sim.requests.map((r) => r.path)).toEqual(['/api/EAM/login', '/api/ERP/Payment']);
    const body = JSON.parse(sim.requests[1]?.body ?? '{}') as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['AuthTicket', 'PaymentRequestCode', 'Card']);
    expect(body.AuthTicket).toEqual(expect.stringMatching(/\S/));
  });

  it('refuses bad input with a ValidationError before any request, not even a login', async () => {
    const { sim, transport } = setup();
    const order = sim.approveOrder({ amountKurus: 1_000 });
    // Well typed, refused at run time: a Luhn-invalid number and the seed's swapped expiry.
    const bad = { PaymentRequestCode: order.paymentRequestCode, Card: { ...card('4355084355084359'), ExpireMonth: 2020, ExpireYear: 7 } };
    const err = await callWithTicket(transport, paymentsPay, bad, LICRUS_SIM_USER).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields).toEqual(['Card.Number', 'Card.ExpireMonth', 'Card.ExpireYear']);
    // @ts-expect-error Card is required by the row's typed input
    const missing = await callWithTicket(transport, paymentsPay, { PaymentRequestCode: order.paymentRequestCode }, LICRUS_SIM_USER).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ValidationError);
    expect((missing as ValidationError).issues).toEqual([{ path: 'Card', message: 'required (object)', code: 'invalid_type' }]);
    expect(sim.requests).toHaveLength(0);
    expect(order.paid).toBe(false);
  });

  it('takes a ticket from licrusLogin (one Login for several calls) or from a function', async () => {
    const { sim, transport } = setup();
    const ticket = await licrusLogin(transport, LICRUS_SIM_USER);
    for (const amountKurus of [1_000, 2_000]) {
      const order = sim.approveOrder({ amountKurus });
      await callWithTicket(transport, paymentsPay, { PaymentRequestCode: order.paymentRequestCode, Card: card() }, ticket);
    }
    const order = sim.approveOrder({ amountKurus: 3_000 });
    await callWithTicket(transport, paymentsPay, { PaymentRequestCode: order.paymentRequestCode, Card: card() }, async () => ticket);
    expect(sim.payments.map((p) => p.amountKurus)).toEqual([1_000, 2_000, 3_000]);
    expect(sim.logins).toBe(1);
    expect(sim.requests.slice(1).map((r) => (JSON.parse(r.body ?? '{}') as { AuthTicket?: string }).AuthTicket)).toEqual([ticket, ticket, ticket]);
  });

  it('a decline is a LicrusDeclineError, a wrong password an AuthenticationError; the refused payment is sent once', async () => {
    const { sim, transport } = setup();
    const order = sim.approveOrder({ amountKurus: 1_000 });
    const declined = await callWithTicket(
      transport,
      paymentsPay,
      { PaymentRequestCode: order.paymentRequestCode, Card: card(LICRUS_SIM_CARDS.declined) },
      LICRUS_SIM_USER,
      {
        maxRetries: 3,
      },
    ).catch((e: unknown) => e);
    expect(declined).toBeInstanceOf(LicrusDeclineError);
    expect(declined).toMatchObject({ codes: ['SIM-BNK0005'], reason: 'other', outcome: 'rejected' });
    expect(sim.count('POST', '/api/ERP/Payment')).toBe(1);
    const refused = await callWithTicket(
      transport,
      paymentsPay,
      { PaymentRequestCode: order.paymentRequestCode, Card: card() },
      { ...LICRUS_SIM_USER, password: 'wrong-password' },
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AuthenticationError);
    expect(refused).toMatchObject({ operation: 'auth.login', outcome: 'not_sent' });
    expect(sim.count('POST', '/api/ERP/Payment')).toBe(1);
    expect(order.paid).toBe(false);
  });

  it('sends a row without a ticket (Login) as it is', async () => {
    const { sim, transport } = setup();
    const res = await callWithTicket(transport, authLogin, { Name: LICRUS_SIM_USER.name, Password: LICRUS_SIM_USER.password }, 'unused-ticket');
    expect(res.IsAuthenticated).toBe(true);
    expect(JSON.parse(sim.requests[0]?.body ?? '{}')).toEqual({ Name: LICRUS_SIM_USER.name, Password: LICRUS_SIM_USER.password });
  });

  it('createLicrusTransport checks baseUrl like the client', () => {
    expect(() => createLicrusTransport({} as never)).toThrow(/baseUrl is required/);
    expect(() => createLicrusTransport({ baseUrl: 'ftp://tenant' })).toThrow(/must be http/);
    expect(() => createLicrusTransport({ baseUrl: 'not a url' })).toThrow(/is not a URL/);
  });
});

describe('operation rows', () => {
  const camel = (id: string) => id.replace(/\.(\w)/g, (_m, c: string) => c.toUpperCase());

  it('every row is exported under the camelCase of its id, with its default path, and grouped by its id', () => {
    const grouped = Object.entries(licrusOperations).flatMap(([group, rows]) =>
      Object.entries(rows as Record<string, LicrusOperation>).map(([name, row]) => [`${group}.${name}`, row] as const),
    );
    const rows = grouped.map(([, row]) => row);
    expect(rows).toHaveLength(Object.keys(DEFAULT_PATHS).length);
    for (const [key, row] of grouped) expect(row.id).toBe(key);
    for (const row of rows) {
      expect((licrus as Record<string, unknown>)[camel(row.id)], row.id).toBe(row);
      expect(row.path, row.id).toBe(DEFAULT_PATHS[row.id as keyof typeof DEFAULT_PATHS]);
      expect(row.meta?.ticket, row.id).toBe(row.id !== 'auth.login');
    }
  });
});
