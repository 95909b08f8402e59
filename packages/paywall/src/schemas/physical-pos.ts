import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { currencyId, int, newMerchantUniqueCode, positiveAmount, rule, webUrl } from './common.js';
import { openBody } from './open-body.js';

// Physical POS (§4.13, DOC-PHYS): only three paths are published, with their request fields and no types beyond
// "TerminalId: Guid | TerminalTagCode: string(25), exactly one". Every answer body is unpublished. What is checked
// here is what the spec states; the rest is sent as written and said so on each field.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (name: string) => z.string().check(z.minLength(1, `${name} is required`));

/** `TerminalId`: PayWall's id of a terminal, a GUID (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`). */
/* @__NO_SIDE_EFFECTS__ */
export function terminalId() {
  return z.string().check(z.regex(GUID, 'TerminalId is a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)'));
}

/** `TerminalTagCode`: your tag of a terminal (panel), 1 to 25 characters. */
/* @__NO_SIDE_EFFECTS__ */
export function terminalTagCode() {
  return z.string().check(z.minLength(1, 'TerminalTagCode is required'), z.maxLength(25, 'TerminalTagCode is at most 25 characters'));
}

type Terminal = { TerminalId?: string | undefined; TerminalTagCode?: string | undefined };

// The spec: "TerminalId | TerminalTagCode (exactly one)". Neither or both is refused before sending.
const oneTerminal = /* @__PURE__ */ lazySchema(() =>
  rule<Terminal>((v, ctx) => {
    const given = Number(v.TerminalId !== undefined) + Number(v.TerminalTagCode !== undefined);
    if (given !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['TerminalId'],
        message: given === 0 ? 'give TerminalId or TerminalTagCode' : 'give exactly one of TerminalId and TerminalTagCode, not both',
      });
  }),
);

const terminal = /* @__PURE__ */ lazySchema(() => ({
  /** PayWall's id of the terminal, a GUID; give it or `TerminalTagCode`, not both. */
  TerminalId: z.optional(terminalId()),
  /** Your tag code of the terminal (at most 25 characters); give it or `TerminalId`, not both. */
  TerminalTagCode: z.optional(terminalTagCode()),
}));

/**
 * #147 `POST api/terminal/sync`: fetches the terminals of a provider connection again. The type of `ConnectionId`
 * is not published (an older page put it in the path): a positive whole number or a non-empty text, sent as given.
 */
export const physicalPosSyncTerminalRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Id of the physical POS provider connection (panel) whose terminals to fetch. */
    ConnectionId: z.union([int().check(z.positive()), text('ConnectionId')]),
  }),
);

/** #148 `POST api/pair/sync/request`: asks a terminal to pair, by `TerminalId` or `TerminalTagCode` (exactly one). */
export const physicalPosPairingRequest = /* @__PURE__ */ lazySchema(() => z.strictObject({ ...terminal }).check(oneTerminal));

/** One payment method the terminal may take (`Methods[]`); PayWall has not published the `PaymentMethodId` values. */
export const physicalPosMethod = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Id of the payment method (system data "payment methods"; values not published). */
    PaymentMethodId: int().check(z.positive()),
  }),
);

/**
 * `Customer` of a sale: the fields the spec lists are typed; the list ends in "…", so other fields are sent as
 * written (`openBody`: amounts exact to the kuruş, no card number or secret, at most eight levels deep).
 */
export const physicalPosCustomer = /* @__PURE__ */ lazySchema(() =>
  openBody({
    /** Customer type id (system data "customer types"; values not published). */
    Type: z.optional(int().check(z.positive())),
    /** First name. */
    FirstName: z.optional(z.string()),
    /** Middle name. */
    MiddleName: z.optional(z.string()),
    /** Last name. */
    LastName: z.optional(z.string()),
    /** Company name, for a company customer. */
    CompanyName: z.optional(z.string()),
    /** Tax office code. */
    TaxOfficeCode: z.optional(z.string()),
    /** Tax number (VKN), sent as given. */
    TaxNumber: z.optional(z.string()),
    /** Phone number, sent as given. */
    Phone: z.optional(z.string()),
    /** E-mail address. */
    Email: z.optional(z.string()),
    /** Identity number (TCKN), sent as given. */
    Identity: z.optional(z.string()),
    /** Country. */
    Country: z.optional(z.string()),
    /** City. */
    City: z.optional(z.string()),
  }),
);

/**
 * #149 `POST api/payment/sync/sale`: a sale on a paired terminal. The terminal by `TerminalId` or `TerminalTagCode`
 * (exactly one), the amount exact to the kuruş, a §5 currency, at least one payment method, and your callback URL.
 */
export const physicalPosSaleRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      ...terminal,
      /**
       * Your unique id of this sale (the call's `reference`, echoed in the Physical POS callback): visible ASCII, at
       * most 250 characters; left out, a random UUID.
       */
      MerchantUniqueCode: z.optional(newMerchantUniqueCode()),
      /** A code to show for the sale (echoed in the callback as `DisplayCode`); its length is not published. */
      DisplayCode: z.optional(text('DisplayCode')),
      /** Amount to charge, decimal of the `CurrencyId` currency, exact to the kuruş, greater than zero. */
      Amount: positiveAmount(),
      /** Currency id (§5, `PayWallCurrency`): 1 TRY, 2 USD, 3 EUR, 4 BAM, 5 MKD, 6 ALL, 7 GBP. */
      CurrencyId: currencyId(),
      /** The payment methods the terminal may take: at least one. */
      Methods: z.array(physicalPosMethod).check(z.minLength(1, 'Methods needs at least one payment method')),
      /** Your absolute http(s) URL the Physical POS callback (§6.3) is posted to. */
      CallbackAddress: z.optional(webUrl('CallbackAddress')),
      /** Let the sale be paid in parts (its meaning beyond the name is not published). */
      SplitPaymentSupport: z.optional(z.boolean()),
      /** The customer: the listed fields typed, others sent as written. */
      Customer: z.optional(physicalPosCustomer),
    })
    .check(oneTerminal),
);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Body of #147–#149: PayWall has not published any of them, so every field is kept as sent. `null` or absent reads
 * as `{}`; a body that is not an object (a list, a text) is kept under `Body`.
 */
export const physicalPosAnswer = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.unknown(),
    z.transform((v: unknown): Record<string, unknown> => (isRecord(v) ? v : v === null || v === undefined ? {} : { Body: v })),
  ),
);
