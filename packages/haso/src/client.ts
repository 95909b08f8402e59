import {
  bindOperations,
  type CallOptions,
  catalogsOf,
  defineOperation,
  lazySchema,
  localizeError,
  type Operation,
  type OperationInput,
  type Transport,
  ValidationError,
} from '@odeme/core';
import * as z from 'zod/mini';
import { HasoBrowserFlows } from './browser-flow.js';
import { everyItem } from './listing.js';
import type { HasoMethodName } from './methods.js';
import { type HasoOperations, hasoOperations } from './operations/index.js';
import type { HasoOperationMeta, HasoRowMeta } from './operations/meta.js';
import { type HasoResources, hasoResources } from './operations/resources.js';
import type { HasoOptions } from './options.js';
import type { CustomersExtras, CustomersMethods } from './resources/customers.js';
import type { EnforcementMethods } from './resources/enforcement.js';
import type { LimitsMethods } from './resources/limits.js';
import type { PaymentsMethods } from './resources/payments.js';
import type { RefundsMethods } from './resources/refunds.js';
import type { TokensMethods } from './resources/tokens.js';
import type { TransactionsMethods } from './resources/transactions.js';
import { resolveTokenOrder } from './runtime.js';
import { wireScalar } from './schemas/common.js';
import { genericData } from './schemas/responses.js';
import { hasoRequestToken, tokenParts } from './token.js';
import { createHasoTransport } from './transport.js';

/** A value `call()` can send: scalars, lists and list items (amounts already in HASO's ×100 form). */
export type HasoWireValue = string | number | boolean | null | undefined | readonly (string | number | Record<string, string | number | boolean>)[];

/** Options of {@link Haso.call}: the per-call options of core plus whether the method moves money. */
export interface HasoCallOptions extends CallOptions {
  /** Whether the method changes state; default `true` (never retried automatically). */
  movesMoney?: boolean;
}

const adHocFields = /* @__PURE__ */ lazySchema(() =>
  z.record(z.string(), z.union([wireScalar, z.null(), z.undefined(), z.array(z.union([z.string(), z.number(), z.record(z.string(), wireScalar)]))])),
);

/**
 * HASO ("Hemen Al Sonra Öde") buy-now-pay-later client: every documented method as `haso.<resource>.<method>`, the
 * browser flows, and `call()` for methods the SDK has no row for. Amounts are integer kuruş.
 *
 * @example
 * ```ts
 * const haso = new Haso({ baseUrl, merchantId, merchantKey, merchantSalt, ipAddress: '203.0.113.7' });
 * const { KkbRefNo } = await haso.limits.start({ shopperName, shopperSurname, tckn, mobileNumber, email });
 * const { CustomerInfo } = await haso.limits.confirmPin({ kkbRefNo: KkbRefNo!, pinCode });
 * const tx = await haso.transactions.create({ merchantOid: 'ORD-1', orderAmount: 125_000, selectedInstallment: 3, customerId: CustomerInfo!.CustomerId! });
 * ```
 */
export class Haso {
  /** Limit methods: KKB + SMS PIN (5.2.1–5.2.3) and your own scoring (5.2.6). */
  readonly limits: LimitsMethods;
  /** Customer information, transactions and payments (with every page), GSM change and balance. */
  readonly customers: CustomersMethods & CustomersExtras;
  /** The purchase, payment plans and installment options. */
  readonly transactions: TransactionsMethods;
  /** "Paid" reports. */
  readonly payments: PaymentsMethods;
  /** Refunds and refund checks. */
  readonly refunds: RefundsMethods;
  /** Enforcement (icra) reports and expenses. */
  readonly enforcement: EnforcementMethods;
  /** Browser-flow tokens. */
  readonly tokens: TokensMethods;
  /** Auto-submitting forms for HASO's browser flows. */
  readonly browser: HasoBrowserFlows;
  /** The operation rows in force, by HASO method name (paths after `paths` overrides). */
  readonly operations: HasoOperations;
  private readonly options: HasoOptions;
  private readonly transport: Transport;

  /** Checks the options (a missing `baseUrl` or credential is a `ConfigurationError`) and binds every method. */
  constructor(options: HasoOptions) {
    this.options = options;
    this.transport = createHasoTransport(options);
    this.operations = withPaths(options.paths);
    const rows = inForce(this.operations);
    const t = this.transport;
    this.limits = bindOperations<HasoResources['limits'], LimitsMethods>(t, rows.limits);
    const customers = bindOperations<HasoResources['customers'], CustomersMethods>(t, rows.customers);
    this.customers = Object.freeze({
      ...customers,
      transactionsAll: (params, options) => everyItem(async (p, o) => (await customers.transactions(p, o)).Transactions, params, options),
      paymentsAll: (params, options) => everyItem(async (p, o) => (await customers.payments(p, o)).Payments, params, options),
    } satisfies CustomersMethods & CustomersExtras);
    this.transactions = bindOperations<HasoResources['transactions'], TransactionsMethods>(t, rows.transactions);
    this.payments = bindOperations<HasoResources['payments'], PaymentsMethods>(t, rows.payments);
    this.refunds = bindOperations<HasoResources['refunds'], RefundsMethods>(t, rows.refunds);
    this.enforcement = bindOperations<HasoResources['enforcement'], EnforcementMethods>(t, rows.enforcement);
    this.tokens = bindOperations<HasoResources['tokens'], TokensMethods>(t, rows.tokens);
    // baseUrl was checked by createHasoTransport.
    this.browser = new HasoBrowserFlows({
      baseUrl: options.baseUrl as string,
      merchantId: options.merchantId,
      ipAddress: options.ipAddress,
      locale: options.locale,
    });
  }

  /**
   * Calls a HASO method the SDK has no row for (5.2.4, 5.2.5, 5.4, 5.11.x, 5.13, 5.16, 5.18, 5.22, 5.23…).
   * `merchantId` and `ipAddress` are added; the token joins `tokenFields` (wire names, salt appended), or is
   * left out when `tokenFields` is `null`. Amounts must already be in HASO's ×100 form.
   */
  call<T extends Record<string, unknown> = Record<string, unknown>>(
    path: string,
    fields: Record<string, HasoWireValue>,
    tokenFields: readonly string[] | null,
    options: HasoCallOptions = {},
  ): Promise<
    T & {
      /** Result code of the answer, e.g. `RS100`. */
      Message?: string | null;
    }
  > {
    if (!/^\/[A-Za-z0-9_\-/]+$/.test(path) || path.includes('//'))
      return Promise.reject(
        this.localized(new ValidationError([{ path: 'path', message: `"${path}" is not a HASO method path such as /RequestV2/Name` }], { provider: 'haso' })),
      );
    const { movesMoney = true, ...callOptions } = options;
    const op = defineOperation({
      id: `call ${path}`,
      method: 'POST',
      path,
      request: adHocFields,
      response: genericData,
      movesMoney,
      meta: { tokenOrder: tokenFields } satisfies HasoOperationMeta,
    });
    // The transport validates `fields` against `adHocFields`; the cast only widens readonly lists.
    return this.transport.call(op, fields as OperationInput<typeof op>, callOptions) as Promise<T & { Message?: string | null }>;
  }

  /**
   * The `requestToken` this client would send for a method, given its wire fields (without `merchantId`,
   * which is added). Handy to compare with a token from HASO's sample code.
   */
  requestTokenFor(method: HasoMethodName, wireFields: Record<string, string | number | undefined>): Promise<string | undefined> {
    const meta = this.operations[method].meta as HasoOperationMeta;
    const order = resolveTokenOrder(meta, this.options.tokenOrders);
    if (!order) return Promise.resolve(undefined);
    const body = { [meta.merchantIdField ?? 'merchantId']: this.options.merchantId, ipAddress: this.options.ipAddress, ...wireFields };
    try {
      return hasoRequestToken(tokenParts(order, body), this.options.merchantSalt, this.options.merchantKey);
    } catch (error) {
      throw this.localized(error);
    }
  }

  /** An error raised outside a call (no Transport to translate it), in the client's language. */
  private localized<E>(error: E): E {
    const catalogs = catalogsOf(this.options.locale);
    if (catalogs) localizeError(error, catalogs);
    return error;
  }
}

function withPaths(paths: HasoOptions['paths']): HasoOperations {
  if (!paths) return hasoOperations;
  const out: Record<string, Operation> = { ...hasoOperations };
  for (const [name, path] of Object.entries(paths)) {
    const op = out[name];
    if (op && path) out[name] = { ...op, path };
  }
  return out as unknown as HasoOperations;
}

/** The resources' rows as `operations` has them (a `paths` override replaces a row there), by the name each row carries. */
function inForce(ops: HasoOperations): HasoResources {
  if (ops === hasoOperations) return hasoResources;
  const out: Record<string, Record<string, Operation>> = {};
  for (const [group, rows] of Object.entries(hasoResources)) {
    const bound: Record<string, Operation> = {};
    for (const [name, row] of Object.entries<Operation>(rows)) bound[name] = ops[(row.meta as HasoRowMeta).method as keyof HasoOperations];
    out[group] = bound;
  }
  return out as unknown as HasoResources;
}
