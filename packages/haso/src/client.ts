import {
  type CallOptions,
  catalogsOf,
  defineOperation,
  localizeError,
  type Operation,
  type OperationInput,
  type Transport,
  ValidationError,
} from '@odeme/core';
import * as z from 'zod/mini';
import { HasoBrowserFlows } from './browser-flow.js';
import type { HasoMethodName } from './methods.js';
import { hasoOperations } from './operations/index.js';
import type { HasoOperationMeta } from './operations/meta.js';
import type { HasoOptions } from './options.js';
import { HasoCustomers, HasoEnforcement, HasoLimits, HasoPayments, HasoRefunds, HasoTokens, HasoTransactions } from './resources.js';
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

const adHocFields = z.record(
  z.string(),
  z.union([wireScalar, z.null(), z.undefined(), z.array(z.union([z.string(), z.number(), z.record(z.string(), wireScalar)]))]),
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
  /** Limit (KKB + PIN, KDS) methods. */
  readonly limits: HasoLimits;
  /** Customer information, lists, GSM change and balance. */
  readonly customers: HasoCustomers;
  /** Transactions and payment plans. */
  readonly transactions: HasoTransactions;
  /** "Paid" reports. */
  readonly payments: HasoPayments;
  /** Refunds and refund checks. */
  readonly refunds: HasoRefunds;
  /** Enforcement (icra) reports and expenses. */
  readonly enforcement: HasoEnforcement;
  /** Browser-flow tokens. */
  readonly tokens: HasoTokens;
  /** Auto-submitting forms for HASO's browser flows. */
  readonly browser: HasoBrowserFlows;
  /** The operation rows in force (paths after `paths` overrides). */
  readonly operations: typeof hasoOperations;
  private readonly options: HasoOptions;
  private readonly transport: Transport;

  /** Checks the options (a missing `baseUrl` or credential is a `ConfigurationError`) and binds every method. */
  constructor(options: HasoOptions) {
    this.options = options;
    this.transport = createHasoTransport(options);
    this.operations = withPaths(options.paths);
    const ops = this.operations;
    this.limits = new HasoLimits(this.transport, ops);
    this.customers = new HasoCustomers(this.transport, ops);
    this.transactions = new HasoTransactions(this.transport, ops);
    this.payments = new HasoPayments(this.transport, ops);
    this.refunds = new HasoRefunds(this.transport, ops);
    this.enforcement = new HasoEnforcement(this.transport, ops);
    this.tokens = new HasoTokens(this.transport, ops);
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

function withPaths(paths: HasoOptions['paths']): typeof hasoOperations {
  if (!paths) return hasoOperations;
  const out: Record<string, Operation> = { ...hasoOperations };
  for (const [name, path] of Object.entries(paths)) {
    const op = out[name];
    if (op && path) out[name] = { ...op, path };
  }
  return out as typeof hasoOperations;
}
