import { ValidationError } from '@odeme/core';
import { licrusMobile, taxIdNumber } from '@odeme/licrus';
import { tr } from '@odeme/licrus/tr';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { simSetup } from './helpers';

const VKN = '1234567890';
const TCKN = '10000000146';
const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e as ValidationError,
  );
const lastBody = (sim: { requests: { body?: string }[] }) => JSON.parse(sim.requests.at(-1)?.body ?? '{}') as Record<string, unknown>;

/** The web form request exactly as Licrus's page prints it (the ticket left to the client). */
const publishedWebForm = {
  DealerCompanyName: 'Test Bayi',
  DealerContactPerson: 'MUTLU ÖZCAN',
  DealerMobilePhone: '3546546757',
  DealerWorkPhone: '',
  DealerEmail: 'dealeremail@dealer.com',
  CustomerCompanyName: '',
  CustomerFullName: 'Deneme Müşteri',
  CustomerMobilePhone: '5301231212',
  CustomerWorkPhone: '',
  CustomerEmail: 'customerEmail@customer.com',
  CustomerCity: 'Istanbul',
  CustomerDistrict: 'Umraniye',
  CustomerAddress: 'Fatih Sultan Mehmet mahallesi',
  ProductNameList: 'ECODENSE WT 65',
  ProductGroupName: 'ECODENSE DUVAR- YER TİPİ KAZAN',
  ProductSerialNumberList: '99958,99959',
  DeviceCount: 2,
};

describe('Turkish identifiers are checked before anything is sent', () => {
  it('taxIdNumber: a VKN by its 10 digits, a TCKN by its 11, with core’s rules', () => {
    const schema = taxIdNumber();
    expect(z.parse(schema, ` ${VKN} `)).toBe(VKN);
    expect(z.parse(schema, TCKN)).toBe(TCKN);
    const message = (v: string) => z.safeParse(schema, v).error?.issues[0]?.message;
    expect(message('1234567891')).toBe('VKN check digit (10th) does not match the first nine digits');
    expect(message('10000000147')).toBe('TCKN check digits (10th and 11th) do not match the first nine digits');
    expect(message('01234567890')).toBe('TCKN must not start with 0');
    expect(message('12345')).toBe('must be a VKN (10 digits) or a TCKN (11 digits)');
  });

  it('licrusMobile: any common writing, sent as the 10 digits Licrus’s sample shows', () => {
    for (const written of ['0530 123 12 12', '+90 (530) 123-12-12', '905301231212', '5301231212']) expect(z.parse(licrusMobile(), written)).toBe('5301231212');
    expect(z.safeParse(licrusMobile(), '0212 123 45 67').success).toBe(false);
  });

  it('SavePartner: TaxIdNumber and MobilePhone refused with the rule, never the value; nothing sent, not even a login', async () => {
    const { sim, client } = simSetup();
    const e = await failure(
      client.partners.save({ Entity: { Code: 'SRV-9', Name: 'Servis', AgreementType: 1, TaxIdNumber: '1234567891', MobilePhone: '0212 555 00 00' } }),
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect(Object.fromEntries(e.issues.map((i) => [i.path, i.message]))).toEqual({
      'Entity.TaxIdNumber': 'VKN check digit (10th) does not match the first nine digits',
      'Entity.MobilePhone': 'must be a Turkish mobile number: 10 digits starting with 5, optionally after 0, 90, +90 or 0090',
    });
    expect(e.message).not.toMatch(/1234567891|0212/);
    expect(sim.requests).toHaveLength(0);
  });

  it('SavePartner: a valid VKN or TCKN goes as digits, the mobile number as 10 digits', async () => {
    const { sim, client } = simSetup();
    await client.partners.save({ Entity: { Code: 'SRV-9', Name: 'Servis', AgreementType: 1, TaxIdNumber: ` ${TCKN}`, MobilePhone: '+90 532 123 45 67' } });
    expect(lastBody(sim).Entity).toMatchObject({ TaxIdNumber: TCKN, MobilePhone: '5321234567' });
  });

  it('ExternalCall/Create: the published sample goes through as printed; a customer mobile that is not one is refused', async () => {
    const { sim, client } = simSetup();
    const res = await client.webForms.createCall(publishedWebForm);
    expect(res.MessageList[0]?.Message).toMatch(/Çağrı No: \d+/);
    const { AuthTicket: _ticket, ...sent } = lastBody(sim);
    expect(sent).toEqual(publishedWebForm);
    const before = sim.requests.length;
    const e = await failure(client.webForms.createCall({ ...publishedWebForm, CustomerMobilePhone: '3546546757', CustomerEmail: 'not-an-email' }));
    expect(e.fields).toEqual(['CustomerMobilePhone', 'CustomerEmail']);
    expect(e.message).not.toContain('3546546757');
    expect(sim.requests.length).toBe(before);
    await client.webForms.createCall({ ...publishedWebForm, CustomerMobilePhone: '0530 123 12 12' });
    expect(lastBody(sim).CustomerMobilePhone).toBe('5301231212');
  });

  it('extended warranty GetCustomer: IdentityNo (TCKN or VKN) and MobilePhoneNo checked; HomeMobilePhoneNo may be a landline', async () => {
    const { sim, client } = simSetup();
    const e = await failure(client.extendedWarranty.getCustomer({ Filter: { IdentityNo: '11111111111', MobilePhoneNo: '5' } }));
    expect(e.fields).toEqual(['Filter.IdentityNo', 'Filter.MobilePhoneNo']);
    expect(sim.requests).toHaveLength(0);
    await client.extendedWarranty.getCustomer({ Filter: { IdentityNo: VKN, MobilePhoneNo: '0532 123 45 67', HomeMobilePhoneNo: '0312 444 00 00' } });
    expect(lastBody(sim).Filter).toEqual({ IdentityNo: VKN, MobilePhoneNo: '5321234567', HomeMobilePhoneNo: '0312 444 00 00' });
  });

  it('the messages are core’s, so they are Turkish with locale tr', async () => {
    const { client } = simSetup({ locale: tr });
    const e = await failure(client.partners.save({ Entity: { Code: 'S', Name: 'S', AgreementType: 1, TaxIdNumber: '123' } }));
    expect(e.message).toBe(
      'Geçersiz istek (partners.save): Entity.TaxIdNumber: 10 haneli bir vergi kimlik numarası (VKN) ya da 11 haneli bir TC kimlik numarası olmalı',
    );
    const t = await failure(client.partners.save({ Entity: { Code: 'S', Name: 'S', AgreementType: 1, TaxIdNumber: '10000000147' } }));
    expect(t.issues[0]?.message).toBe('TC kimlik numarasının kontrol haneleri (10. ve 11.) ilk dokuz haneyle uyuşmuyor');
  });
});
