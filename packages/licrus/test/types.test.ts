import type { AllAgree, MethodsAgree, OperationInput, Same } from '@odeme/core';
import {
  type AddressesMethods,
  type ApprovedOrders,
  type DeliveryMethod,
  type ExtendedWarrantyMethods,
  type LaborCostsMethods,
  type LaborPackagesMethods,
  type Licrus,
  type LicrusOperations,
  licrusOperations,
  type Order,
  OrderStatus,
  type OrdersMethods,
  type ParametersMethods,
  type PartnersMethods,
  type PartsMethods,
  type PaymentsMethods,
  type PayParams,
  type PriceListsMethods,
  type ProductGroupsMethods,
  type ProductsMethods,
  type ReportsMethods,
  responseOf,
  type SerialNumbersMethods,
  type ServiceRequestsMethods,
  type SubCallType,
  type UpdateOrderParams,
  type WebFormsMethods,
  type WebsiteMethods,
  type WorkOrdersMethods,
} from '@odeme/licrus';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { simSetup } from './helpers';

type Rows = LicrusOperations;
/** The table's groups the client binds; `auth` (Login) is run by the client's session and `licrus.login()`. */
type Bound = Exclude<keyof Rows, 'auth'>;

describe('the documented method interfaces', () => {
  it('agree with the operation rows, group by group (input, output, every row a method, every method a row)', () => {
    expectTypeOf<AllAgree<MethodsAgree<PaymentsMethods, Rows['payments']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<OrdersMethods, Rows['orders']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<SerialNumbersMethods, Rows['serialNumbers']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<PartnersMethods, Rows['partners']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<ProductsMethods, Rows['products']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<PartsMethods, Rows['parts']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<PriceListsMethods, Rows['priceLists']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<LaborCostsMethods, Rows['laborCosts']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<ParametersMethods, Rows['parameters']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<ServiceRequestsMethods, Rows['serviceRequests']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<AddressesMethods, Rows['addresses']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<ProductGroupsMethods, Rows['productGroups']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<WebsiteMethods, Rows['website']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<WebFormsMethods, Rows['webForms']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<ExtendedWarrantyMethods, Rows['extendedWarranty']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<LaborPackagesMethods, Rows['laborPackages']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<WorkOrdersMethods, Rows['workOrders']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<ReportsMethods, Rows['reports']>>>().toEqualTypeOf<true>();
  });

  it('type each group of the client as its rows, and nothing else', () => {
    type ClientGroups = { [K in keyof Licrus]: Licrus[K] extends (...args: never[]) => unknown ? never : K }[keyof Licrus];
    expectTypeOf<ClientGroups>().toEqualTypeOf<Bound>();
    expectTypeOf<{ [K in Bound]: keyof Licrus[K] }>().toEqualTypeOf<{ [K in Bound]: keyof Rows[K] }>();
  });

  it('bind every row of the table as a method, and every method to a row', async () => {
    const { sim, client } = simSetup();
    const groups = Object.keys(licrusOperations).filter((g) => g !== 'auth');
    const members = Object.keys(client).filter((k) => k !== 'ctx' && k !== 'rows');
    expect(members.sort()).toEqual([...groups].sort());
    for (const group of groups) {
      const bound = (client as unknown as Record<string, Record<string, unknown>>)[group] as Record<string, unknown>;
      const rows = (licrusOperations as unknown as Record<string, Record<string, { id: string }>>)[group] as Record<string, { id: string }>;
      expect(Object.keys(bound).sort(), group).toEqual(Object.keys(rows).sort());
      for (const [name, row] of Object.entries(rows)) {
        expect(typeof bound[name], row.id).toBe('function');
        expect(row.id).toBe(`${group}.${name}`);
      }
      expect(Object.isFrozen(bound), group).toBe(true);
    }
    // Login is the one row the client runs itself.
    expect(Object.keys(licrusOperations.auth)).toEqual(['login']);
    await client.login();
    expect(sim.requests.at(-1)?.path).toBe(licrusOperations.auth.login.path);
  });
});

describe('answers and requests a person can read', () => {
  it('name the inputs as the rows take them', () => {
    expectTypeOf<Same<PayParams, OperationInput<Rows['payments']['pay']>>>().toEqualTypeOf<true>();
    expectTypeOf<Same<UpdateOrderParams, OperationInput<Rows['orders']['update']>>>().toEqualTypeOf<true>();
  });

  it("name the known values of Licrus's enums, keep unknown ones open in answers, and refuse them in requests", async () => {
    type Known<T extends Record<string, number>> = T[keyof T] | (number & {});
    expectTypeOf<Exclude<Order['Status'], null | undefined>>().toEqualTypeOf<Known<typeof OrderStatus>>();
    expectTypeOf<Exclude<Order['DeliveryMethod'], null | undefined>>().toEqualTypeOf<Known<typeof DeliveryMethod>>();
    expectTypeOf<Parameters<Licrus['orders']['listApproved']>[0]['OrderType']>().toEqualTypeOf<1 | 9>();
    expectTypeOf<Parameters<Licrus['serviceRequests']['createEam']>[0]['Entity']['SubCallType']['Id']>().toEqualTypeOf<Known<typeof SubCallType>>();

    const { sim, client } = simSetup();
    const before = sim.requests.length;
    // @ts-expect-error 2 is no OrderType: refused before anything is sent
    await expect(client.orders.listApproved({ OrderType: 2 })).rejects.toMatchObject({ code: 'validation_error' });
    // @ts-expect-error AppPlatform is 1 or 2, as a number or as text
    await expect(client.addresses.cities({ AppPlatform: 3 })).rejects.toMatchObject({ code: 'validation_error' });
    expect(sim.requests.length).toBe(before);
    await client.addresses.cities({ AppPlatform: '2' });
    expect(sim.requests.length).toBeGreaterThan(before);
  });

  it('are closed to the compiler, open at run time, and keep what they do not model reachable', async () => {
    const { sim, client } = simSetup();
    sim.approveOrder({ amountKurus: 1000 });
    const list: ApprovedOrders = await client.orders.listApproved({ OrderType: 1 });
    const first = list.Results[0] as Order;
    // @ts-expect-error a misspelt field does not compile
    void first.Statuss;
    // @ts-expect-error nor in a message
    void list.MessageList[0]?.Text;
    // @ts-expect-error the Order page does not list WaybillNumber (UpdateOrder takes it): not modelled on the answer
    void first.WaybillNumber;
    expect(first.Status).toBe(OrderStatus.Siparis);
    // What the answer does not model is still there, and in the answer as sent.
    expect(first).toHaveProperty('WaybillNumber', null);
    const sent = responseOf(list)?.data as { Results: { WaybillNumber: unknown }[] };
    expect(sent.Results[0]).toHaveProperty('WaybillNumber', null);
    expect(responseOf(list)?.status).toBe(200);
  });
});
