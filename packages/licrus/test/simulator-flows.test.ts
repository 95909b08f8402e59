import { AuthenticationError, HttpError, ProviderError, sumKurus, toKurus } from '@odeme/core';
import { Licrus, LicrusDeclineError, LicrusError, LicrusTicketRefusedError, responseOf } from '@odeme/licrus';
import { LICRUS_SIM_CARDS, LICRUS_SIM_DECLINES } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { future, simSetup } from './helpers';

const card = (cardNumber: string = LICRUS_SIM_CARDS.approved) => ({ CardHolderName: 'AYŞE YILMAZ', Number: cardNumber, ...future, SecurityCode: '123' });

describe('Licrus flows through the simulator', () => {
  it('IVR: pays an approved order with its payment request code', async () => {
    const { sim, client } = simSetup();
    const order = sim.approveOrder({ amountKurus: toKurus('1249.90') });
    const res = await client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card('4355-0843-5508-4358') });
    expect(res.HasError).toBe(false);
    expect(res.MessageList[0]).toMatchObject({ kind: 'Info', Type: 2 });
    expect(res.MessageList[0]?.Message).toContain('1.249,90 TL');
    expect(sim.payments).toHaveLength(1);
    expect(sim.payments[0]).toMatchObject({ orderId: order.Id, maskedNumber: '435508******4358', cardVendor: 'Unknow', amountKurus: 124990 });
    expect(sumKurus(sim.payments.map((p) => p.amountKurus))).toBe(toKurus('1249.90'));
    expect(sim.logins).toBe(1);
  });

  it('refuses a second payment with the same code, and does not retry it', async () => {
    const { sim, client } = simSetup();
    const order = sim.approveOrder({ amountKurus: 50000 });
    await client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card() });
    const err = await client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card(LICRUS_SIM_CARDS.approvedMastercard) }).catch((e) => e);
    // Licrus does not tell this refusal from a bank's: a decline whose unmapped code gives reason `other`.
    expect(err).toBeInstanceOf(LicrusDeclineError);
    expect(err).toMatchObject({ reason: 'other', providerCode: 'SIM-PAY1002' });
    expect(err.codes).toEqual(['SIM-PAY1002']);
    expect(err.providerMessage).toContain('daha önce ödeme alınmış');
    expect(sim.payments).toHaveLength(1);
    expect(sim.count('POST', '/api/ERP/Payment')).toBe(2);
  });

  it('declines the designated test cards and an unknown code', async () => {
    const { sim, client } = simSetup();
    const order = sim.approveOrder({ amountKurus: 1000 });
    const declined = await client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card(LICRUS_SIM_CARDS.declined) }).catch((e) => e);
    expect(declined).toBeInstanceOf(ProviderError);
    expect(declined.providerCode).toBe('SIM-BNK0005');
    const funds = await client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card(LICRUS_SIM_CARDS.insufficientFunds) }).catch((e) => e);
    expect(funds.providerCode).toBe('SIM-BNK0051');
    const unknown = await client.payments.pay({ PaymentRequestCode: 'ffffffffffffffffffffffffffffffff', Card: card() }).catch((e) => e);
    expect(unknown.providerCode).toBe('SIM-PAY1001');
    expect(order.paid).toBe(false);
    // None of them was taken for an expired ticket: one login in all.
    expect(sim.logins).toBe(1);
  });

  it.each([
    ['yetkisiz', LICRUS_SIM_CARDS.unauthorisedTransaction, 'SIM-BNK0057'],
    ['oturum', LICRUS_SIM_CARDS.bankSessionExpired, 'SIM-BNK0082'],
    ['session', LICRUS_SIM_CARDS.issuerSessionExpired, 'SIM-BNK0083'],
  ])('a bank decline that says "%s" is a rejected payment: sent once, no new login, the order unpaid', async (word, number, providerCode) => {
    const { sim, client } = simSetup();
    const order = sim.approveOrder({ amountKurus: 74_900 });
    const err = await client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card(number) }, { maxRetries: 5 }).catch((e) => e);
    expect(LICRUS_SIM_DECLINES[number].toLowerCase()).toContain(word);
    expect(err).toBeInstanceOf(LicrusDeclineError);
    expect(err).not.toBeInstanceOf(LicrusTicketRefusedError);
    expect(err).toMatchObject({ outcome: 'rejected', reference: order.paymentRequestCode, providerCode });
    expect(sim.count('POST', '/api/ERP/Payment')).toBe(1);
    expect(sim.logins).toBe(1);
    expect(order.paid).toBe(false);
    // The ticket was not forgotten: the next call uses it without logging in again.
    await client.addresses.cities();
    expect(sim.logins).toBe(1);
    // Even a tenant test that (wrongly) matches the word only forgets the ticket: the payment is still not resent.
    const wordy = simSetup({ isTicketInvalid: (e) => e.message.toLowerCase().includes(word) });
    const again = wordy.sim.approveOrder({ amountKurus: 74_900 });
    const e2 = await wordy.client.payments.pay({ PaymentRequestCode: again.paymentRequestCode, Card: card(number) }).catch((e) => e);
    expect(e2).toBeInstanceOf(LicrusTicketRefusedError);
    expect(e2).toMatchObject({ outcome: 'rejected', reference: again.paymentRequestCode });
    expect(wordy.sim.count('POST', '/api/ERP/Payment')).toBe(1);
    expect(wordy.sim.logins).toBe(1);
  });

  it('CardVendor: left out, the tenant binds the documented Unknow; a name its enum lacks is refused with 400, unpaid', async () => {
    const { sim, client } = simSetup();
    const order = sim.approveOrder({ amountKurus: 1000 });
    const err = await client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: { ...card(), CardVendor: 'Visa' } }).catch((e) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ status: 400, outcome: 'rejected' });
    expect(order.paid).toBe(false);
    await client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card() });
    expect(sim.payments.map((p) => p.cardVendor)).toEqual(['Unknow']);
    // A tenant whose enum has more members, read by name in any case or by number.
    const wider = simSetup({}, { cardVendors: { Unknow: 0, Visa: 1 } });
    const a = wider.sim.approveOrder({ amountKurus: 1000 });
    const b = wider.sim.approveOrder({ amountKurus: 1000 });
    await wider.client.payments.pay({ PaymentRequestCode: a.paymentRequestCode, Card: { ...card(), CardVendor: 'visa' } });
    await wider.client.payments.pay({ PaymentRequestCode: b.paymentRequestCode, Card: { ...card(), CardVendor: 1 } });
    expect(wider.sim.payments.map((p) => p.cardVendor)).toEqual(['Visa', 'Visa']);
  });

  it('renews an expired ticket for a read, but never resends a payment refused for its ticket', async () => {
    const { sim, client } = simSetup({}, { ticketTtlMs: 60_000 });
    await client.addresses.cities();
    sim.advance(61_000);
    await client.addresses.cities();
    expect(sim.logins).toBe(2);
    sim.advance(61_000);
    const order = sim.approveOrder({ amountKurus: 2500 });
    const err = await client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card() }).catch((e) => e);
    expect(err).toBeInstanceOf(LicrusTicketRefusedError);
    expect(err).toMatchObject({ outcome: 'rejected', reference: order.paymentRequestCode });
    expect(sim.count('POST', '/api/ERP/Payment')).toBe(1);
    expect(order.paid).toBe(false);
    expect(sim.logins).toBe(2);
    // The caller decides to pay again: the client logs in first, and the payment goes through once.
    const res = await client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card() });
    expect(res.reference).toBe(order.paymentRequestCode);
    expect(sim.logins).toBe(3);
    expect(order.paid).toBe(true);
  });

  it('ticketLifetimeMs logs in before a payment whose ticket would have expired', async () => {
    const { sim, client } = simSetup({ ticketLifetimeMs: 50 }, { ticketTtlMs: 60_000 });
    await client.addresses.cities();
    await new Promise((r) => setTimeout(r, 60));
    sim.advance(61_000);
    const order = sim.approveOrder({ amountKurus: 2500 });
    await client.payments.pay({ PaymentRequestCode: order.paymentRequestCode, Card: card() });
    expect(sim.logins).toBe(2);
    expect(sim.count('POST', '/api/ERP/Payment')).toBe(1);
    expect(order.paid).toBe(true);
  });

  it('a tenant refusing expired tickets with HTTP 200 text only: not renewed by default', async () => {
    const { sim, client } = simSetup({}, { ticketTtlMs: 60_000, ticketRefusal: 'envelope' });
    await client.addresses.cities();
    sim.advance(61_000);
    await expect(client.addresses.cities()).rejects.toBeInstanceOf(LicrusError);
    expect(sim.logins).toBe(1);
  });

  it('a static ticket that expires is reported, not renewed', async () => {
    const { sim } = simSetup();
    const warm = simSetup();
    const ticket = await warm.client.login();
    const client = new Licrus({ baseUrl: 'https://tenant-api.licrus.test', authTicket: ticket, fetch: sim.fetch, logLevel: 'off' });
    const err = await client.addresses.cities().catch((e) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ status: 401, operation: 'addresses.cities' });
    expect(sim.logins).toBe(0);
  });

  it('a wrong password is refused once, without a loop', async () => {
    const { sim, client } = simSetup({ password: 'wrong-password' });
    const err = await client.orders.listApproved({ OrderType: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ operation: 'auth.login', providerMessage: undefined, details: { IsAuthenticated: false } });
    expect(sim.logins).toBe(1);
    expect(sim.requests).toHaveLength(1);
  });

  it('orders: lists approved orders and writes the ERP number back', async () => {
    const { sim, client } = simSetup();
    const order = sim.approveOrder({ amountKurus: 1000 });
    sim.approveOrder({ amountKurus: 2000, orderType: 9 });
    const list = await client.orders.listApproved({ OrderType: 1 });
    expect(list.Results.map((o) => o.Id)).toEqual([order.Id]);
    expect(list.Results[0]).not.toHaveProperty('paymentRequestCode');
    const up = await client.orders.update({ Entity: { Id: order.Id, ERPOrderNumber: 'SAP-1', Status: 5 } });
    expect(up.MessageList[0]?.kind).toBe('Info');
    expect(sim.orders.get(order.Id)).toMatchObject({ ERPOrderNumber: 'SAP-1', Status: 5 });
    // @ts-expect-error 10 is no OrderStatus: refused at compile time and, for plain JavaScript, before sending
    await expect(client.orders.update({ Entity: { Id: 1, Status: 10 } })).rejects.toMatchObject({ code: 'validation_error' });
    await expect(client.orders.update({ Entity: { Id: 99999 } })).rejects.toMatchObject({ providerCode: 'SIM-ORD1001' });
  });

  it('products: the published INT-PRD1001 refusal for an active product; partners, parts and price lists', async () => {
    const { sim, client } = simSetup();
    const err = await client.products.save({ Entity: { Code: 'TESTCOD8', Name: 'Kombi' } }).catch((e) => e);
    expect(err.codes).toEqual(['INT-PRD1001']);
    await client.products.save({ Entity: { Code: 'NEW-1', Name: 'Yeni', IsActive: true, Kw: 24 } });
    expect((await client.products.list({ Filter: { Code: 'NEW-1' } })).Results[0]).toMatchObject({ Code: 'NEW-1', Kw: 24 });

    await client.partners.save({ Entity: { Code: 'SRV-9', Name: 'Yeni Servis', AgreementType: 1, TaxIdNumber: '1234567890' } });
    expect((await client.partners.list({ Filter: { AgreementType: 1 } })).Results.map((p) => p.Code)).toEqual(['SRV-KDK', 'SRV-9']);

    await client.parts.save({ EntityList: [{ Code: 'P-200', Name: 'Fan', RelatedParts: [{ Child: { Code: 'P-100' }, RelationType: { Code: 'muadil' } }] }] });
    expect((await client.parts.list({ Filter: { Code: 'P-200' } })).Results).toHaveLength(1);
    await expect(client.parts.save({})).rejects.toMatchObject({ code: 'validation_error' });

    await client.priceLists.save({ EntityPriceList: [{ Code: 'F-1', CircularType: 3, Price: '1499.90', StartDate: '2025-01-01', Part: { Code: 'P-100' } }] });
    expect(sim.priceRows[0]?.Price).toBe(1499.9);
    const before = sim.requests.length;
    await expect(
      client.priceLists.save({ EntityPriceList: [{ Code: 'F-2', CircularType: 3, Price: '1.005', StartDate: '2025-01-01' }] }),
    ).rejects.toMatchObject({
      code: 'validation_error',
    });
    // @ts-expect-error 2 is no CircularType
    await expect(client.priceLists.save({ EntityPriceList: [{ Code: 'F-2', CircularType: 2, Price: 1, StartDate: '2025-01-01' }] })).rejects.toMatchObject({
      code: 'validation_error',
    });
    expect(sim.requests.length).toBe(before);
  });

  it('serial numbers: import reports ignored serials as warnings on a success', async () => {
    const { client } = simSetup();
    const res = await client.serialNumbers.import({ List: [{ SerialNumber: 'SN-0001' }, { SerialNumber: 'SN-0100' }], OnFailure: 0 });
    expect(res.HasIgnoredSerials).toBe(true);
    expect(res.MessageList.map((m) => [m.kind, m.code])).toEqual([['Warning', 'SIM-SN1001']]);
    const devices = await client.serialNumbers.list({ Filter: { ReferenceDateTime: new Date('2025-01-01T00:00:00Z') } });
    // DeviceInstallationInfo's fields are not public: read them from the answer as sent.
    expect(devices.Results).toHaveLength(1);
    const sent = responseOf(devices)?.data as { Results: { SerialNumber: string }[] };
    expect(sent.Results.map((d) => d.SerialNumber)).toEqual(['SN-0002']);
  });

  it('service requests, web form calls, lookups, labour, work orders, warranty and reports', async () => {
    const { sim, client } = simSetup();
    const eam = await client.serviceRequests.createEam({
      Culture: 'tr-TR',
      AppSource: '16573',
      AppPlatform: '1',
      Entity: { Customer: { Code: 'C-1001' }, SubCallType: { Id: 647 }, Description: 'Arıza', Priority: 2 },
    });
    expect(eam.Id).toBeGreaterThan(70000);
    const first = await client.serviceRequests.createFirstStart({
      AutoClose: false,
      AppSource: '66292',
      AppPlatform: 2,
      Form: { Customer: { FirstName: 'Ayşe', LastName: 'Yılmaz' } },
    });
    expect(first.Id).toBe((eam.Id as number) + 1);
    const call = await client.webForms.createCall({
      CustomerFullName: 'Ayşe Yılmaz',
      CustomerMobilePhone: '5550000001',
      CustomerCity: 'İstanbul',
      CustomerDistrict: 'Kadıköy',
      CustomerAddress: 'Moda Cd. 1',
      DeviceCount: 1,
    });
    expect(call.MessageList[0]?.Message).toMatch(/Çağrı No: \d+/);
    expect((await client.addresses.districts({ CityId: 34 })).Results.map((d) => d.Text)).toEqual(['Kadıköy', 'Beşiktaş']);
    expect((await client.productGroups.mainGroups({ AppCulture: 'TR' })).Results).toHaveLength(2);
    expect((await client.website.cities()).Results).toHaveLength(3);
    expect((await client.website.services({ CityId: 34, ProductGroupId: 2 })).Results.map((s) => s.Code)).toEqual(['SRV-KDK']);
    expect((await client.website.productGroups()).Results).toHaveLength(3);
    expect((await client.extendedWarranty.getCustomer({ Filter: { City: 'Ankara' } })).Results).toHaveLength(1);
    expect((await client.laborCosts.getByQuote({ ProgressPaymnetId: 5 })).Entity).toMatchObject({ ProgressPaymentId: 5 });
    expect((await client.parameters.send()).Results).toHaveLength(1);
    expect((await client.laborPackages.save({ Entity: { Name: 'Bakım', Code: 'LP-1', IsMaintancePackage: true } })).Id).toBeTypeOf('number');
    await client.workOrders.createWallBox({ FreeEntity: { BranchCode: 'B1', VIN: 'WVWZZZ1JZXW000001', CustomerNo: 'C-1001', Data: [{ ItemNo: 'WB-1' }] } });
    await client.workOrders.updateSerzatOrderId({ Id: 12, Filter: { OrderNo: 'SO-1', BranchCode: 'B1', LineNos: [1, 2] } });
    const report = await client.reports.load({
      FreeEntity: { Guid: 'b5b7' },
      Filter: { DynamicFilters: [{ Name: 'CallDate', Value: { Start: '2025-01-01', End: '2025-01-31' } }] },
    });
    expect(report.Results).toHaveLength(3);
    expect(sim.logins).toBe(1);
  });
});
