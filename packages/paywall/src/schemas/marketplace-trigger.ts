import { lazySchema, turkeyDay } from '@odeme/core';
import * as z from 'zod/mini';
import { infoBool as bool, infoList, infoNumber as num, orEmpty, infoText as str } from './answer.js';
import { currencyId, headerDate, rule } from './common.js';
import { infoId } from './marketplace.js';

// Manual trigger (§4.5, #75–#78): with "Manual Trigger" on in the marketplace configuration, PayWall keeps the
// platform's earnings in a pool until you start their distribution for a date range. Dates are `yyyy-MM-dd` days,
// in headers (#75) and in the body (#76).

const DAY_MS = 86_400_000;

/** Days from `from` to `to` (`yyyy-MM-dd`). */
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

type Range = { DateFrom: string; DateTo: string };
const orderRule = /* @__PURE__ */ lazySchema(() =>
  rule((v: Range, ctx) => {
    if (v.DateFrom > v.DateTo) ctx.addIssue({ code: 'custom', path: ['DateFrom'], message: 'DateFrom must not be after DateTo' });
  }),
);

/** #75 `GET marketplace/manual/trigger/pending`: headers `datefrom`, `dateto` (at most 40 days apart), `currencyid`. */
export const pendingEarningsRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** First day of the range (header `datefrom`, `yyyy-MM-dd`; a `Date` sends its UTC day). */
      DateFrom: headerDate(),
      /** Last day of the range (header `dateto`), at most 40 days after `DateFrom`. */
      DateTo: headerDate(),
      /** Currency id (§5, `PayWallCurrency`) of the earnings, header `currencyid`. */
      CurrencyId: currencyId(),
    })
    .check(
      orderRule,
      rule((v: Range, ctx) => {
        if (daysBetween(v.DateFrom, v.DateTo) > 40)
          ctx.addIssue({ code: 'custom', path: ['DateTo'], message: 'DateFrom and DateTo are at most 40 days apart' });
      }),
    ),
);

/**
 * #76 `POST marketplace/manual/trigger/start`: distributes the platform's pooled earnings of a date range. `DateTo`
 * must be yesterday or earlier (in Turkey's day) unless `TestMode`; checked before sending.
 */
export const startTriggerRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** Currency id (§5, `PayWallCurrency`) of the earnings to distribute. */
      CurrencyId: currencyId(),
      /** First day of the range (`yyyy-MM-dd`; a `Date` sends its UTC day). */
      DateFrom: headerDate(),
      /** Last day of the range (`yyyy-MM-dd`): yesterday or earlier unless `TestMode`. */
      DateTo: headerDate(),
      /** PayWall's test flag: lifts the "`DateTo` is yesterday or earlier" rule. Default `false`. */
      TestMode: z._default(z.boolean(), false),
      /** Skip PayWall's check for a job overlapping the range. Default `false`. */
      SkipExistsControl: z._default(z.boolean(), false),
    })
    .check(
      orderRule,
      rule((v: Range & { TestMode: boolean }, ctx) => {
        // PayWall's day is reckoned in Turkey (UTC+3 all year).
        if (!v.TestMode && v.DateTo >= turkeyDay(Date.now()))
          ctx.addIssue({ code: 'custom', path: ['DateTo'], message: 'DateTo must be yesterday or earlier (Turkey time) unless TestMode is true' });
      }),
    ),
);

/** A manual trigger job's id: PayWall's, as it answered it (a number or text). */
/* @__NO_SIDE_EFFECTS__ */
function jobId() {
  return z.union([
    z.int().check(z.minimum(1, 'JobId is 1 or more')),
    z.string().check(z.regex(/^[\x21-\x7E]+$/, 'JobId must be the id PayWall answered (visible ASCII, no spaces)')),
  ]);
}

/** #77 `GET marketplace/manual/trigger/inquiry` (header `jobid`) and #78 `POST marketplace/manual/trigger/restart`. */
export const triggerJobRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the job (`JobId` of `manualTrigger.start`). */
    JobId: jobId(),
  }),
);

const pendingShape = /* @__PURE__ */ lazySchema(() => ({
  /** First day of the range: date text as PayWall sends it. */
  DateFrom: str,
  /** Last day of the range: date text as PayWall sends it. */
  DateTo: str,
  /** The pooled earnings of the range, a decimal. */
  Earning: num,
  /** How many earnings. */
  Count: num,
}));

/** Body of #75: the platform's earnings waiting in the pool for the range. */
export const pendingEarningsResponse = /* @__PURE__ */ lazySchema(() => orEmpty(z.looseObject({ ...pendingShape })));

/** Body of #76 and #78: the job started; PayWall names `JobId` "etc.", so every other field is kept as sent. */
export const triggerJobResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's id of the job: ask `manualTrigger.inquiry` with it. */
      JobId: infoId,
      ...pendingShape,
    }),
  ),
);

/** One result line of a job (`Results[]` of #77). */
export const triggerJobResult = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Whether this part succeeded. */
    Result: bool,
    /** PayWall's message about it. */
    ResultMessage: str,
  }),
);

/** Body of #77: the job's range, amounts and results. */
export const triggerInquiryResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's id of the job. */
      JobId: infoId,
      ...pendingShape,
      /** Whether any part of the distribution succeeded. */
      AnySuccess: bool,
      /** The results (`[]` when PayWall sends none). */
      Results: infoList(triggerJobResult),
    }),
  ),
);
