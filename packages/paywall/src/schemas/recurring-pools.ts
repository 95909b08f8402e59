import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { info, infoList, orEmpty } from './answer.js';
import { amount, headerDate, int } from './common.js';
import type { PayWallRecurringItemTypeId } from './recurring-enums.js';

// The customer and item pools of subscriptions (#47–#50): every parameter is a request header (§2.1). The .NET SDK
// takes `start` and `length` as required texts and sends them on every call; the rest only when given.

const paging = /* @__PURE__ */ lazySchema(() => ({
  /** Index of the first record, header `start` (default 0). */
  Start: z._default(int().check(z.minimum(0, 'Start must not be negative')), 0),
  /** Number of records, header `length` (default 100; PayWall publishes no limit). */
  Length: z._default(int().check(z.minimum(1, 'Length is 1 or more')), 100),
  /** Sort order, header `sortvalue`. */
  SortValue: z.optional(z.enum(['asc', 'desc'])),
  /** Column to sort by (e.g. `Id`), header `sortcolumn`. */
  SortColumn: z.optional(z.string().check(z.minLength(1))),
  /** First day of last change (`yyyy-MM-dd` or a `Date`), header `datefrom`. */
  DateFrom: z.optional(headerDate()),
  /** Last day of last change (`yyyy-MM-dd` or a `Date`), header `dateto`. */
  DateTo: z.optional(headerDate()),
}));
const text = () => z.optional(z.string().check(z.minLength(1)));

/** #47 `GET recurring/customer/pool`: one page of your subscribers, filtered. Texts travel as headers: ASCII only. */
export const customerPoolRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...paging,
    /** First name, header `name`. */
    Name: text(),
    /** Last name, header `lastname`. */
    Lastname: text(),
    /** Phone, header `phone`. */
    Phone: text(),
    /** E-mail, header `email`. */
    Email: text(),
    /** Country, header `country`. */
    Country: text(),
    /** City, header `city`. */
    City: text(),
    /** Address, header `address`. */
    Address: text(),
    /** Identity number, header `identity`. */
    Identity: text(),
  }),
);

/** #48 `GET recurring/customer/pool/search`: header `customername`. */
export const customerSearchRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** (Part of) the subscriber's name, header `customername` (ASCII only: it travels as a header). */
    CustomerName: z.string().check(z.minLength(1, 'CustomerName is required')),
  }),
);

/** #49 `GET recurring/item/pool`: one page of your subscription items, filtered. */
export const itemPoolRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...paging,
    /** Item type, header `itemtype`: 1 subscription, 2 product, 3 service. */
    ItemType: z.optional(z.literal([1, 2, 3] as PayWallRecurringItemTypeId[], 'ItemType is 1, 2 or 3')),
    /** Item name, header `itemname`. */
    ItemName: text(),
    /** Item amount, header `amount` (TL decimal exact to the kuruş, sent as its decimal text). */
    Amount: z.optional(amount()),
  }),
);

/** #50 `GET recurring/item/pool/search`: header `itemname`. */
export const itemSearchRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** (Part of) the item's name, header `itemname`. */
    ItemName: z.string().check(z.minLength(1, 'ItemName is required')),
  }),
);

/** A subscriber of your pool (#47, #48). */
export const poolCustomer = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Pool id (`Customer.SubscriptionCustomerPoolId` of a new subscription). */
    Id: info(z.number()),
    /** First name. */
    CustomerName: info(z.string()),
    /** Last name. */
    CustomerLastname: info(z.string()),
    /** Phone. */
    CustomerPhone: info(z.string()),
    /** E-mail. */
    CustomerEmail: info(z.string()),
    /** Country. */
    CustomerCountry: info(z.string()),
    /** City. */
    CustomerCity: info(z.string()),
    /** Address. */
    CustomerAddress: info(z.string()),
    /** Identity number. */
    CustomerIdentity: info(z.string()),
    /** Last change. */
    LastChangesDateTime: info(z.string()),
    /** Number of active subscriptions of the subscriber. */
    ActiveUsedSubscription: info(z.number()),
  }),
);

/** An item of your pool (#49, #50). */
export const poolItem = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Pool id (`Items[].SubscriptionItemPoolId` of a new subscription). */
    Id: info(z.number()),
    /** 1 subscription, 2 product, 3 service. */
    Type: info(z.number()),
    /** Name. */
    Name: info(z.string()),
    /** Amount (a JSON number). */
    Amount: info(z.number()),
    /** Last change. */
    LastChangesDateTime: info(z.string()),
    /** Number of active subscriptions using it. */
    ActiveUsedSubscription: info(z.number()),
  }),
);

/** Answer of #47: one page of subscribers and the total. */
export const customerPoolResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** Number of records matching the filters. */
      TotalRecord: z.nullish(z.number()),
      /** The page (`[]` when PayWall sends none or `null`). */
      Data: infoList(poolCustomer),
    }),
  ),
);

/** Answer of #49: one page of items and the total. */
export const itemPoolResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** Number of records matching the filters. */
      TotalRecord: z.nullish(z.number()),
      /** The page (`[]` when PayWall sends none or `null`). */
      Data: infoList(poolItem),
    }),
  ),
);

/** Answer of #48 (`[]` when PayWall sends none). */
export const customerSearchResponse = /* @__PURE__ */ lazySchema(() => infoList(poolCustomer));
/** Answer of #50 (`[]` when PayWall sends none). */
export const itemSearchResponse = /* @__PURE__ */ lazySchema(() => infoList(poolItem));
