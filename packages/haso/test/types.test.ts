import type { AllAgree, MethodsAgree } from '@odeme/core';
import {
  type CustomersExtras,
  type CustomersMethods,
  type EnforcementMethods,
  Haso,
  type HasoPaymentStatus,
  type HasoResources,
  type HasoResultCode,
  hasoOperations,
  hasoResources,
  type Installment,
  type LimitsMethods,
  type PaymentsMethods,
  type RefundsMethods,
  type TokensMethods,
  type Transaction,
  type TransactionsMethods,
  ValidationError,
} from '@odeme/haso';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { BASE, creds, IP } from './helpers.js';

type Rows = HasoResources;
type Group = keyof Rows;

/** What each resource has besides its rows, by name; checked against the `…Extras` interfaces below. */
const EXTRAS = { customers: ['transactionsAll', 'paymentsAll'] } as const satisfies Partial<Record<Group, readonly string[]>>;

describe('the documented method interfaces', () => {
  it('agree with the operation rows, group by group (input, output, every row a method, every method a row)', () => {
    expectTypeOf<AllAgree<MethodsAgree<LimitsMethods, Rows['limits']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<CustomersMethods, Rows['customers']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<TransactionsMethods, Rows['transactions']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<PaymentsMethods, Rows['payments']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<RefundsMethods, Rows['refunds']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<EnforcementMethods, Rows['enforcement']>>>().toEqualTypeOf<true>();
    expectTypeOf<AllAgree<MethodsAgree<TokensMethods, Rows['tokens']>>>().toEqualTypeOf<true>();
  });

  it('type every resource of the client as its rows plus its declared extras, and nothing else', () => {
    expectTypeOf<keyof Haso['customers']>().toEqualTypeOf<keyof Rows['customers'] | (typeof EXTRAS)['customers'][number]>();
    expectTypeOf<keyof CustomersExtras>().toEqualTypeOf<(typeof EXTRAS)['customers'][number]>();
    expectTypeOf<keyof Haso['limits']>().toEqualTypeOf<keyof Rows['limits']>();
    expectTypeOf<keyof Haso['transactions']>().toEqualTypeOf<keyof Rows['transactions']>();
    expectTypeOf<keyof Haso['payments']>().toEqualTypeOf<keyof Rows['payments']>();
    expectTypeOf<keyof Haso['refunds']>().toEqualTypeOf<keyof Rows['refunds']>();
    expectTypeOf<keyof Haso['enforcement']>().toEqualTypeOf<keyof Rows['enforcement']>();
    expectTypeOf<keyof Haso['tokens']>().toEqualTypeOf<keyof Rows['tokens']>();
  });
});

describe('answers and requests a person can read', () => {
  it("name the known values of HASO's enums, keep unknown ones open in answers, and refuse them in requests", () => {
    expectTypeOf<Exclude<Installment['paymentStatus'], undefined>>().toEqualTypeOf<HasoPaymentStatus | (number & {})>();
    expectTypeOf<Exclude<Transaction['Message'], undefined>>().toEqualTypeOf<HasoResultCode | null>();
    expectTypeOf<Parameters<Haso['customers']['payments']>[0]['paymentStatuses']>().toEqualTypeOf<(0 | 1 | 2 | 3 | 4)[] | undefined>();
  });

  it('are closed to the compiler: a misspelt field does not compile', () => {
    const read = (tx: Transaction) =>
      // @ts-expect-error there is no `transactionCodee`
      tx.transactionCodee;
    expect(read({ transactionCode: 'T1' } as Transaction)).toBeUndefined();
  });
});

describe('the client binds every row once, and nothing else', () => {
  const haso = new Haso({ ...creds, baseUrl: BASE, ipAddress: IP, logLevel: 'off', fetch: async () => new Response('never called', { status: 599 }) });
  const resource = (g: Group) => haso[g] as unknown as Record<string, (input: unknown) => Promise<unknown>>;

  it('every row of hasoOperations is in exactly one resource, under the name of its id', () => {
    const grouped = Object.entries(hasoResources).flatMap(([g, rows]) =>
      Object.entries<{ readonly id: string }>(rows).map(([m, row]) => [`${g}.${m}`, row] as const),
    );
    expect(grouped.map(([name, row]) => [name, row.id])).toEqual(grouped.map(([name]) => [name, name]));
    expect(new Set(grouped.map(([, row]) => row))).toEqual(new Set(Object.values(hasoOperations)));
    expect(grouped).toHaveLength(Object.keys(hasoOperations).length);
  });

  it('every method of a resource runs its own row (a refused input names it) or is a declared extra', async () => {
    for (const g of Object.keys(hasoResources) as Group[]) {
      const methods = Object.keys(resource(g)).sort();
      const extras: readonly string[] = (EXTRAS as Partial<Record<Group, readonly string[]>>)[g] ?? [];
      expect(methods, g).toEqual([...Object.keys(hasoResources[g]), ...extras].sort());
      for (const m of Object.keys(hasoResources[g])) {
        const error = await resource(g)
          [m]?.(null)
          .catch((e: unknown) => e);
        expect(error, `${g}.${m}`).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).operation).toBe(`${g}.${m}`);
      }
      expect(Object.isFrozen(resource(g)), g).toBe(true);
    }
  });
});
