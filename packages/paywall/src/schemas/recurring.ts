import type { IssueSink } from '@odeme/core';
import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { info, infoList, orEmpty } from './answer.js';
import { currencyId, dateTime, int, positiveAmount, rule, webUrl } from './common.js';
import type { PayWallRecurringItemTypeId, PayWallRecurringPeriodId, PayWallSubscriptionTypeId } from './recurring-enums.js';

// Subscriptions (§4.8, .NET models under Models/Request/Recurring). The .NET models carry no [MaxLength] or
// [Required]: what is refused here before sending is what PayWall's own error list (§3.2 b, 305–352) names.

const HEADER_SAFE = /^[\x21-\x7E](?:[\x20-\x7E]*[\x21-\x7E])?$/;

/**
 * `SubscriptionMerchantCode`: your key of a subscription. Visible ASCII without surrounding spaces, since
 * `recurring/query` takes it as a header (a code that cannot be queried could not be found after a timeout).
 * PayWall publishes no length limit.
 */
/* @__NO_SIDE_EFFECTS__ */
export function subscriptionMerchantCode() {
  return z
    .string()
    .check(
      z.minLength(1, 'SubscriptionMerchantCode is required'),
      z.regex(HEADER_SAFE, 'SubscriptionMerchantCode must be visible ASCII without surrounding spaces (it is sent as a header to query the subscription)'),
    );
}

const subscriptionType = /* @__PURE__ */ lazySchema(() =>
  z.literal([1, 2] as PayWallSubscriptionTypeId[], 'SubscriptionType is 1 (unlimited) or 2 (count-limited)'),
);
const periodType = /* @__PURE__ */ lazySchema(() =>
  z.literal([1, 2, 3, 4, 5, 6, 7, 8] as PayWallRecurringPeriodId[], 'RecurringPeriodType is 1 (daily) to 8 (yearly)'),
);
const itemType = /* @__PURE__ */ lazySchema(() => z.literal([1, 2, 3] as PayWallRecurringItemTypeId[], 'Type is 1 (subscription), 2 (product) or 3 (service)'));
const url = /* @__PURE__ */ lazySchema(() => webUrl('CallbackUrl').check(z.maxLength(2048)));
const poolId = /* @__PURE__ */ lazySchema(() => z.nullable(int().check(z.positive('a pool id is a positive whole number'))));
const itemName = /* @__PURE__ */ lazySchema(() => z.string().check(z.minLength(1, 'Name is required (PayWall error 312)')));

const plan = /* @__PURE__ */ lazySchema(() => ({
  /** 1: charges until stopped; 2: charges `RecurringPeriodCount` times (`PayWallSubscriptionType`). */
  SubscriptionType: subscriptionType,
  /** Currency of `Amount` (§5 `CurrencyId`). */
  CurrencyId: currencyId(),
  /** What each charge takes, in the `CurrencyId` currency (TL for 1), exact to the kuruş; the sum of `Items`. */
  Amount: positiveAmount(),
  /** The charge starts with a free trial of `TrialDay` days. */
  HasTrial: z.optional(z.boolean()),
  /** Length of the trial in days (required, 1 or more, with `HasTrial`). */
  TrialDay: z.optional(int().check(z.minimum(0, 'TrialDay must not be negative'))),
  /** How often it charges: 1 daily … 4 monthly … 8 yearly (`PayWallRecurringPeriod`). */
  RecurringPeriodType: periodType,
  /** How many more times PayWall tries a declined charge (PayWall error 308 when refused). */
  FailAttempt: z.optional(int().check(z.minimum(0, 'FailAttempt must not be negative'))),
  /** Hours between two tries of a declined charge (PayWall error 309 when refused). */
  FailAttemptPendingHour: z.optional(int().check(z.minimum(0, 'FailAttemptPendingHour must not be negative'))),
}));

type PlanCheck = { Amount: number; HasTrial?: boolean | undefined; TrialDay?: number | undefined; Items: { Amount: number }[] };

// PayWall refuses items whose sum differs from `Amount` (314) and a trial without days (307): caught before sending.
function checkPlan(v: PlanCheck, ctx: IssueSink) {
  const kurus = (tl: number) => Math.round(tl * 100);
  const sum = v.Items.reduce((s, i) => s + kurus(i.Amount), 0);
  if (sum !== kurus(v.Amount)) ctx.addIssue({ code: 'custom', path: ['Items'], message: 'the items must add up to Amount (PayWall error 314)' });
  if (v.HasTrial && !(v.TrialDay && v.TrialDay > 0))
    ctx.addIssue({ code: 'custom', path: ['TrialDay'], message: 'a trial needs TrialDay of 1 or more (PayWall error 307)' });
}

/** One item of a new subscription. */
export const recurringItem = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** An item of your item pool (`recurring/item/pool`) instead of a new one; `null` for none. */
    SubscriptionItemPoolId: z.optional(poolId),
    /** 1 subscription or membership, 2 product, 3 service (`PayWallRecurringItemType`). */
    Type: itemType,
    /** The item's name. */
    Name: itemName,
    /** The item's share of each charge, TL decimal exact to the kuruş. */
    Amount: positiveAmount(),
  }),
);

/** The subscriber of a new subscription: a customer of your pool by id, or name and contact details. */
export const recurringCustomer = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** A customer of your pool (`recurring/customer/pool`) instead of a new one; `null` for none. */
      SubscriptionCustomerPoolId: z.optional(poolId),
      /** First name (required without a pool id: PayWall error 345). */
      Name: z.optional(z.string()),
      /** Last name (required without a pool id: PayWall error 346). */
      Lastname: z.optional(z.string()),
      /** Phone number. */
      Phone: z.optional(z.string()),
      /** E-mail address. */
      Email: z.optional(z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Email is not an e-mail address (PayWall error 320)'))),
      /** Country. */
      Country: z.optional(z.string()),
      /** City. */
      City: z.optional(z.string()),
      /** Address. */
      Address: z.optional(z.string()),
    })
    .check(
      rule((c: { SubscriptionCustomerPoolId?: number | null | undefined; Name?: string | undefined; Lastname?: string | undefined }, ctx) => {
        if (c.SubscriptionCustomerPoolId != null) return;
        if (!c.Name) ctx.addIssue({ code: 'custom', path: ['Name'], message: 'Name is required without SubscriptionCustomerPoolId (PayWall error 345)' });
        if (!c.Lastname)
          ctx.addIssue({ code: 'custom', path: ['Lastname'], message: 'Lastname is required without SubscriptionCustomerPoolId (PayWall error 346)' });
      }),
    ),
);

/** #37 `POST recurring`: a new subscription. */
export const createSubscriptionRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** The stored card to charge: its CardWall `UniqueCode` (list the cards right before: it rotates). More cards: `recurring.addCard`. */
      Card: z.optional(
        z.strictObject({
          /** CardWall `UniqueCode` of the card. */
          UniqueCode: z.string().check(z.minLength(1, 'Card.UniqueCode is required')),
        }),
      ),
      /** Your key of the subscription; a random UUID when left out. The reference of the call. */
      SubscriptionMerchantCode: z.optional(subscriptionMerchantCode()),
      ...plan,
      /** Where PayWall posts each charge's result; no callbacks when left out. */
      CallbackUrl: z.optional(url),
      /** Charge the first period right away. */
      PaymentAtCreation: z.optional(z.boolean()),
      /** When the first charge is due (a `Date` or ISO text, sent as ISO text); PayWall answers the date it chose. */
      FirstPaymentDate: z.optional(dateTime()),
      /** With `SubscriptionType` 2: how many charges in all (PayWall error 352 when refused). */
      RecurringPeriodCount: z.optional(int().check(z.minimum(1, 'RecurringPeriodCount is 1 or more'))),
      /** Who subscribes. */
      Customer: recurringCustomer,
      /** What is charged for; their amounts add up to `Amount` (PayWall errors 310, 314). */
      Items: z.array(recurringItem).check(z.minLength(1, 'Items must not be empty (PayWall error 310)')),
    })
    .check(
      rule((v: PlanCheck & { SubscriptionType: number; RecurringPeriodCount?: number | undefined }, ctx) => {
        checkPlan(v, ctx);
        if (v.SubscriptionType === 2 && v.RecurringPeriodCount === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['RecurringPeriodCount'],
            message: 'a count-limited subscription needs RecurringPeriodCount (PayWall error 352)',
          });
      }),
    ),
);

/** #38 `PUT recurring`: changes a subscription's plan (a new period type or trial ends the plan and starts another). */
export const updateSubscriptionRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** Your key of the subscription. */
      SubscriptionMerchantCode: subscriptionMerchantCode(),
      ...plan,
      /** Where PayWall posts each charge's result (required on a change). */
      CallbackUrl: url,
      /** The items of the new plan; their amounts add up to `Amount`. */
      Items: z
        .array(
          z.strictObject({
            /** 1 subscription or membership, 2 product, 3 service (`PayWallRecurringItemType`). */
            Type: itemType,
            /** The item's name. */
            Name: itemName,
            /** The item's share of each charge, TL decimal exact to the kuruş. */
            Amount: positiveAmount(),
          }),
        )
        .check(z.minLength(1, 'Items must not be empty (PayWall error 310)')),
    })
    .check(rule((v: PlanCheck, ctx) => checkPlan(v, ctx))),
);

/** #39 `GET recurring/query`, #40 `DELETE recurring/unsubscribe`, #41 `DELETE recurring/delete`, #42 `PUT recurring/resubscribe`. */
export const subscriptionKeyRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your key of the subscription (header `subscriptionmerchantcode` on the query). */
    SubscriptionMerchantCode: subscriptionMerchantCode(),
  }),
);

/** #43 `GET recurring/query/payment`: headers `subscriptionid`, `paymentid`. */
export const subscriptionPaymentRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `SubscriptionId` (the create call's answer). */
    SubscriptionId: int().check(z.positive()),
    /** PayWall's `PaymentId` of one charge (from its callback or the query's answer). */
    PaymentId: int().check(z.positive()),
  }),
);

/** #44 `GET recurring/card`: header `subscriptionid`. */
export const subscriptionCardsRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `SubscriptionId`. */
    SubscriptionId: int().check(z.positive()),
  }),
);

/** #45 `POST recurring/card`: adds a stored card (each card once) to charge. */
export const addSubscriptionCardRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `SubscriptionId`. */
    SubscriptionId: int().check(z.positive()),
    /** CardWall `UniqueCode` of the card (list the cards right before: it rotates). */
    UniqueCode: z.string().check(z.minLength(1, 'UniqueCode is required')),
  }),
);

/** #46 `DELETE recurring/card`: removes a card from a subscription (not from CardWall). */
export const removeSubscriptionCardRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** `Id` of the card in `recurring.listCards`; sent as text, as the .NET SDK types it. */
    Id: z.pipe(
      z.union([int().check(z.positive()), z.string().check(z.regex(/^\d+$/, 'Id is the card id of recurring.listCards'))]),
      z.transform((v: number | string) => String(v)),
    ),
  }),
);

/** Answer of #37: PayWall's id of the subscription and the first charge's date. */
export const createSubscriptionResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's id of the subscription (for `getPayment`, `listCards`, `addCard`). */
      SubscriptionId: z.nullish(z.number()),
      /** When the first charge is due, as PayWall writes it. */
      FirstPaymentDateTime: info(z.string()),
    }),
  ),
);

const queriedItem = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** 1 subscription or membership, 2 product, 3 service. */
    Type: info(z.number()),
    /** The item's name. */
    Name: info(z.string()),
    /** The item's share of each charge (a JSON number; `double` in the .NET SDK). */
    Amount: info(z.number()),
  }),
);
const job = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** When the charge is (or was) due. */
    RecurringDateTime: info(z.string()),
    /** The charge was made (successfully or not, after its tries). */
    IsComplete: info(z.boolean()),
  }),
);

/** Answer of #39: the subscription, its plan, subscriber, items and charge schedule. */
export const subscriptionResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's `SubscriptionId`. */
      Id: info(z.number()),
      /** Currency of `Amount`. */
      CurrencyId: info(z.number()),
      /** 1 unlimited, 2 count-limited. */
      SubscriptionType: info(z.number()),
      /** PayWall's code of the subscription (a GUID; `SubscriptionCode` of the callback). */
      SubscriptionCode: info(z.string()),
      /** Your key. */
      SubscriptionMerchantCode: info(z.string()),
      /** What each charge takes (a JSON number; `double` in the .NET SDK). */
      Amount: info(z.number()),
      /** Where each charge's result is posted. */
      CallbackUrl: info(z.string()),
      /** Starts with a trial. */
      HasTrial: info(z.boolean()),
      /** Trial days. */
      TrialDay: info(z.number()),
      /** How often it charges (`PayWallRecurringPeriod`). */
      RecurringPeriodType: info(z.number()),
      /** Tries of a declined charge. */
      FailAttempt: info(z.number()),
      /** Hours between tries. */
      FailAttemptPendingHour: info(z.number()),
      /** How many cards it may charge. */
      Card: info(
        z.looseObject({
          /** Number of cards. */
          CardCount: info(z.number()),
        }),
      ),
      /** The subscriber. */
      Customer: info(
        z.looseObject({
          /** First name. */
          Name: info(z.string()),
          /** Last name. */
          Lastname: info(z.string()),
          /** Phone. */
          Phone: info(z.string()),
          /** E-mail. */
          Email: info(z.string()),
          /** Country. */
          Country: info(z.string()),
          /** City. */
          City: info(z.string()),
          /** Address. */
          Address: info(z.string()),
          /** Identity number. */
          IdentityNumber: info(z.string()),
        }),
      ),
      /** What is charged for (`[]` when PayWall sends none). */
      Items: infoList(queriedItem),
      /** The charges, made and due (`[]` when PayWall sends none). */
      Jobs: infoList(job),
      /** When it was created. */
      InsertDateTime: info(z.string()),
      /** It charges (false after `unsubscribe`). */
      IsActive: info(z.boolean()),
    }),
  ),
);

const activity = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Id of the activity. */
    PaymentActivityId: info(z.number()),
    /** Its payment status (`PayWallPaymentStatus`: 4 successful, 5 failed). */
    PaymentStatusId: info(z.number()),
    /** Name of the status. */
    PaymentStatus: info(z.string()),
    /** Id of the activity type (1 sale). */
    PaymentActivityTypeId: info(z.number()),
    /** Name of the activity type. */
    PaymentActivityType: info(z.string()),
  }),
);

/** Answer of #43: one charge of a subscription. */
export const subscriptionPaymentResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's `SubscriptionId`. */
      SubscriptionId: info(z.number()),
      /** The subscription's status (its values are not published). */
      SubscriptionStatusType: info(z.number()),
      /** The charge succeeded. */
      PaymentSuccess: info(z.boolean()),
      /** Your key of the subscription. */
      SubscriptionMerchantCode: info(z.string()),
      /** The charge. */
      Payment: info(
        z.looseObject({
          /** PayWall's `PaymentId`. */
          Id: info(z.number()),
          /** Name on the card. */
          CardOwnerName: info(z.string()),
          /** The card number, masked. */
          CardNumber: info(z.string()),
          /** Currency of `Amount`. */
          CurrencyId: info(z.number()),
          /** Installments (1: single payment). */
          InstallmentId: info(z.number()),
          /** Amount charged (a JSON number; `double` in the .NET SDK). */
          Amount: info(z.number()),
          /** What happened to the charge (`[]` when PayWall sends none). */
          Activities: infoList(activity),
        }),
      ),
    }),
  ),
);

/** One card of a subscription (#44). */
export const subscriptionCard = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Id of the card on the subscription (`recurring.removeCard`). */
    Id: info(z.number()),
    /** Order in which cards are charged. */
    Priority: info(z.number()),
    /** The card number, masked. */
    CardNumber: info(z.string()),
    /** Expiry month. */
    ExpiryMonth: info(z.number()),
    /** Expiry year. */
    ExpiryYear: info(z.number()),
    /** Card type (credit, debit). */
    Type: info(z.string()),
    /** Card kind (individual, commercial). */
    Kind: info(z.string()),
    /** Issuing bank. */
    Bank: info(z.string()),
    /** Brand. */
    Brand: info(z.string()),
    /** Card family (programme). */
    Family: info(z.string()),
  }),
);

/** Answer of #44 (`[]` when PayWall sends none or `null`). */
export const subscriptionCardList = /* @__PURE__ */ lazySchema(() => infoList(subscriptionCard));
