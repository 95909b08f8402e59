import { iban, lazySchema, tckn, turkishMobile, vkn } from '@odeme/core';
import * as z from 'zod/mini';
import { info, infoList, orEmpty } from './answer.js';
import { amount, currencyId, int, issueSink, rule } from './common.js';

// Member service (MemberAPI, §4.6): the sub-merchants of a marketplace, their payout bank accounts and value dates.
// The .NET models carry no [Required] or [MaxLength]: the required fields are the docs' (DOC-MEMBER), and the
// identifiers are checked because PayWall refuses bad ones with codes of its own (213, 214, 215, 216, 222).

/** `MemberType` (§5, from PayWall's Node client; the docs' page is unavailable): 1 individual, 2 sole proprietorship, 3 corporation. */
export const PayWallMemberType = {
  /** An individual (Bireysel): identified by a TCKN. */
  Individual: 1,
  /** A sole proprietorship (Şahıs şirketi): identified by its owner's TCKN. */
  SoleProprietorship: 2,
  /** A corporation (Anonim / Limited şirket): identified by its VKN and tax office. */
  Corporation: 3,
} as const;

/** A `MemberType` (`PayWallMemberType`): 1 individual, 2 sole proprietorship, 3 corporation. */
export type PayWallMemberTypeId = (typeof PayWallMemberType)[keyof typeof PayWallMemberType];

/** Value-date `CalculationType` (§5): how `CalculationValue` sets the day a member's earning is paid out. */
export const PayWallValueDateCalculation = {
  /** The approval date plus `CalculationValue` days. */
  DaysAfterApproval: 1,
  /** The first `CalculationValue` weekday after approval (1 Monday … 5 Friday). */
  Weekday: 2,
  /** `CalculationValue` is a day of the following month (1–31). */
  DayOfMonth: 3,
} as const;

/** A value-date `CalculationType` (`PayWallValueDateCalculation`): 1 days after approval, 2 a weekday, 3 a day of the month. */
export type PayWallValueDateCalculationId = (typeof PayWallValueDateCalculation)[keyof typeof PayWallValueDateCalculation];

const required = (name: string) => z.string().check(z.minLength(1, `${name} is required`));
const corporationNeeds = (name: string) => `${name} is required for a corporation`;
const giveOne = (id: string) => `give ${id} or MemberExternalId`;
const externalId = () => z.string().check(z.minLength(1, 'MemberExternalId must not be empty'));
const INT32_MAX = 2_147_483_647;

/** A whole number from `min` to 2,147,483,647 (an `int` of the .NET SDK): an id from 1, an offset from 0. */
/* @__NO_SIDE_EFFECTS__ */
function int32(name: string, min: 0 | 1) {
  return int().check(z.minimum(min, `${name} is ${min} or more`), z.maximum(INT32_MAX, `${name} is at most 2,147,483,647`));
}

/** A member id of PayWall's (`Id` of the answers): a whole number from 1. */
/* @__NO_SIDE_EFFECTS__ */
export function memberId(name = 'MemberId') {
  return int32(name, 1);
}

/** A bank account id of PayWall's (`Id` of `GET member/bankaccount`). */
/* @__NO_SIDE_EFFECTS__ */
export function bankAccountId() {
  return int32('Id', 1);
}

const memberTypeId = /* @__PURE__ */ lazySchema(() =>
  z.literal([1, 2, 3] as PayWallMemberTypeId[], 'MemberType is 1 (individual), 2 (sole proprietorship) or 3 (corporation)'),
);
const calculationType = /* @__PURE__ */ lazySchema(() =>
  z.literal([1, 2, 3] as PayWallValueDateCalculationId[], 'CalculationType is 1 (days after approval), 2 (a weekday) or 3 (a day of the month)'),
);
const mobile = /* @__PURE__ */ lazySchema(() => turkishMobile());

/**
 * `MemberPhone`: a Turkish mobile number in any common writing (`0532 123 45 67`, `+90 532…`), sent as
 * `5XXXXXXXXX` like `Customer.Phone`; a number in international form with another country code (`+389 …`) is sent
 * as `+` and its digits.
 */
/* @__NO_SIDE_EFFECTS__ */
export function memberPhone() {
  return z.pipe(
    z.string(),
    z.transform((v: string, payload) => {
      const t = v.trim();
      if (/^\+(?!90)/.test(t)) {
        const digits = t.slice(1).replace(/[\s().-]/g, '');
        if (/^\d{7,15}$/.test(digits)) return `+${digits}`;
        issueSink(payload).addIssue({ code: 'custom', message: 'an international number is + and 7–15 digits' });
        return t;
      }
      const parsed = z.safeParse(mobile, t);
      if (parsed.success) return parsed.data.slice(2);
      for (const issue of parsed.error.issues) issueSink(payload).addIssue({ code: 'custom', message: issue.message });
      return t;
    }),
  );
}

const bankAccountShape = /* @__PURE__ */ lazySchema(() => ({
  /** The account's currency (`CurrencyId`, §5); a member has at most one account per currency. */
  CurrencyId: currencyId(),
  /** The account holder's name as the bank knows it (the docs call it the account title). */
  Title: required('Title'),
  /** The IBAN the member's earnings are paid to: any country's, checked (ISO 13616) and sent without spaces. */
  Iban: iban(),
}));

/** A bank account of a new member (`BankAccounts[]` of `POST member`): one per currency. */
export const newBankAccount = /* @__PURE__ */ lazySchema(() => z.strictObject({ ...bankAccountShape }));

const valueDateShape = /* @__PURE__ */ lazySchema(() => ({
  /** How `CalculationValue` reads (`PayWallValueDateCalculation`): 1 days after approval, 2 a weekday, 3 a day of the month. */
  CalculationType: calculationType,
  /**
   * With `CalculationType` 1 the number of days after approval (0 or more); with 2 a weekday, 1 Monday to 5 Friday
   * (PayWall pays no earning out on a weekend, code 361); with 3 a day of the month, 1–31. Whole numbers.
   */
  CalculationValue: int32('CalculationValue', 0),
  /**
   * The member's commission: a decimal exact to two places, 0 or more (`decimal` in the .NET SDK). Its unit is not
   * documented (a percentage of the sale by the look of it): check it in PayWall's panel.
   */
  Commission: amount(),
}));

const valueDateRule = /* @__PURE__ */ lazySchema(() =>
  rule((v: { CalculationType: number; CalculationValue: number }, ctx) => {
    const bad = (message: string) => ctx.addIssue({ code: 'custom', path: ['CalculationValue'], message });
    if (v.CalculationType === 2 && (v.CalculationValue < 1 || v.CalculationValue > 5))
      bad('with CalculationType 2 CalculationValue is a weekday, 1 (Monday) to 5 (Friday)');
    if (v.CalculationType === 3 && (v.CalculationValue < 1 || v.CalculationValue > 31))
      bad('with CalculationType 3 CalculationValue is a day of the month, 1–31');
  }),
);

/** A member's value date (`ValueDate`): when PayWall pays its earnings out, and the commission. */
export const valueDate = /* @__PURE__ */ lazySchema(() => z.strictObject({ ...valueDateShape }).check(valueDateRule));

const memberFields = /* @__PURE__ */ lazySchema(() => ({
  /** A sub-merchant (true) that takes earnings of its own, or a plain member (false). */
  IsSubMerchant: z.boolean(),
  /** `PayWallMemberType`: 1 individual, 2 sole proprietorship, 3 corporation; required for a sub-merchant. */
  MemberType: z.optional(memberTypeId),
  /** Your own unique id of the member (your seller id); `members.search` and `members.remove` find it by this too. */
  MemberExternalId: required('MemberExternalId'),
  /** The member's short (shop) name. */
  MemberName: required('MemberName'),
  /** A company's trade title, or a person's full name. */
  MemberTitle: required('MemberTitle'),
  /** The tax office; required for a corporation (`MemberType` 3). */
  MemberTaxOffice: z.optional(z.string()),
  /** The tax number: a VKN (10 digits, check digit) or, for a sole proprietorship, its owner's TCKN; required for a corporation. */
  MemberTaxNumber: z.optional(z.union([vkn(), tckn()])),
  /** The TCKN (11 digits, check digits); required for an individual or a sole proprietorship (`MemberType` 1, 2). */
  MemberIdentityNumber: z.optional(tckn()),
  /** The member's e-mail address. */
  MemberEmail: z.optional(z.email('MemberEmail is not an e-mail address')),
  /** The member's mobile number (see `memberPhone`): a Turkish one is sent as `5XXXXXXXXX`. */
  MemberPhone: z.optional(memberPhone()),
  /** The member's address. */
  MemberAddress: required('MemberAddress'),
  /** The contact person's first name. */
  ContactName: z.optional(z.string()),
  /** The contact person's last name. */
  ContactLastname: z.optional(z.string()),
}));

type MemberRuleInput = {
  IsSubMerchant: boolean;
  MemberType?: number | undefined;
  MemberTaxOffice?: string | undefined;
  MemberTaxNumber?: string | undefined;
  MemberIdentityNumber?: string | undefined;
};

// The docs' rules across fields: a sub-merchant has a type; a corporation its VKN and tax office; a person (or a sole
// proprietorship) a TCKN.
const memberRules = /* @__PURE__ */ lazySchema(() =>
  rule((m: MemberRuleInput, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (m.IsSubMerchant && m.MemberType === undefined) need('MemberType', 'MemberType is required for a sub-merchant');
    if (m.MemberType === 3) {
      if (!m.MemberTaxNumber) need('MemberTaxNumber', corporationNeeds('MemberTaxNumber'));
      else if (m.MemberTaxNumber.length !== 10) need('MemberTaxNumber', "a corporation's MemberTaxNumber is its 10-digit VKN");
      if (!m.MemberTaxOffice) need('MemberTaxOffice', corporationNeeds('MemberTaxOffice'));
    }
    if ((m.MemberType === 1 || m.MemberType === 2) && !m.MemberIdentityNumber)
      need('MemberIdentityNumber', 'MemberIdentityNumber is required for an individual or a sole proprietorship');
  }),
);

const uniqueCurrencies = /* @__PURE__ */ lazySchema(() =>
  rule((accounts: { CurrencyId: number }[], ctx) => {
    const seen = new Set<number>();
    accounts.forEach((a, i) => {
      if (seen.has(a.CurrencyId)) ctx.addIssue({ code: 'custom', path: [i, 'CurrencyId'], message: 'a member has at most one bank account per currency' });
      seen.add(a.CurrencyId);
    });
  }),
);

/** #79 `POST member`: a new member, with its bank accounts (one per currency) and value date if you have them. */
export const createMemberRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      ...memberFields,
      /** Its payout bank accounts, at most one per currency; more can be added later (`members.bankAccounts.create`). */
      BankAccounts: z.optional(z.array(newBankAccount).check(uniqueCurrencies)),
      /** When its earnings are paid out, and its commission; can be set later (`members.valueDates.set`). */
      ValueDate: z.optional(valueDate),
    })
    .check(memberRules),
);

/**
 * #80 `PUT member`: the whole member again, by PayWall's `Id`. The .NET SDK writes every field (null for the ones not
 * set), so send the full record: whether PayWall clears a field left out is not documented.
 */
export const updateMemberRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** PayWall's id of the member (`Id` of the answers). */
      Id: memberId('Id'),
      ...memberFields,
    })
    .check(memberRules),
);

const byIdOrExternalId = /* @__PURE__ */ lazySchema(() =>
  rule((v: { Id?: number | undefined; MemberExternalId?: string | undefined }, ctx) => {
    if (v.Id === undefined && !v.MemberExternalId) ctx.addIssue({ code: 'custom', path: ['Id'], message: giveOne('Id') });
  }),
);

/** #81 `DELETE member` (JSON body): the member by PayWall's `Id` or your `MemberExternalId`. */
export const deleteMemberRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** PayWall's id of the member. */
      Id: z.optional(memberId('Id')),
      /** Your id of the member. */
      MemberExternalId: z.optional(externalId()),
    })
    .check(byIdOrExternalId),
);

/** #82 `GET member`: a page of members, headers `start` and `length`. */
export const listMembersRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** How many members to skip (header `start`), 0 or more. */
    Start: z.optional(int32('Start', 0)),
    /** How many members to return (header `length`), 1 or more. */
    Length: z.optional(int32('Length', 1)),
  }),
);

/** What `members.listAll` takes: the page size (`Length`, default 100). */
export const listAllMembersRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Members per page (header `length`), 1 or more; default 100. */
    Length: z.optional(int32('Length', 1)),
  }),
);

/** #83 `GET member/search`: one member by PayWall's id (header `memberid`) or your id (header `memberexternalid`). */
export const searchMemberRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** PayWall's id of the member (header `memberid`). */
      MemberId: z.optional(memberId()),
      /** Your id of the member (header `memberexternalid`). */
      MemberExternalId: z.optional(externalId()),
    })
    .check(
      rule((v: { MemberId?: number | undefined; MemberExternalId?: string | undefined }, ctx) => {
        if (v.MemberId === undefined && !v.MemberExternalId) ctx.addIssue({ code: 'custom', path: ['MemberId'], message: giveOne('MemberId') });
      }),
    ),
);

/** #84 `POST member/bankaccount`: one more bank account of a member (one per currency). */
export const createBankAccountRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the member. */
    MemberId: memberId(),
    ...bankAccountShape,
  }),
);

/** #85 `PUT member/bankaccount`: a bank account's currency, title and IBAN, by its `Id`. */
export const updateBankAccountRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the bank account (`GET member/bankaccount`). */
    Id: bankAccountId(),
    ...bankAccountShape,
  }),
);

/** #86 `DELETE member/bankaccount` (JSON body). */
export const deleteBankAccountRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the bank account. */
    Id: bankAccountId(),
  }),
);

/** #87 `GET member/bankaccount` and #89 `GET member/valuedate`: header `memberid`. */
export const memberIdRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the member (header `memberid`). */
    MemberId: memberId(),
  }),
);

/** #88 `POST member/valuedate`: sets (creates or replaces) a member's value date. */
export const setValueDateRequest = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      /** PayWall's id of the member. */
      MemberId: memberId(),
      ...valueDateShape,
    })
    .check(valueDateRule),
);

/** A bank account in an answer (`MemberBankAccountResponse`). */
export const bankAccount = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** PayWall's id of the account: what `bankAccounts.update` and `.remove` take. */
    Id: info(z.number()),
    /** Its `CurrencyId` (§5). */
    CurrencyId: info(z.number()),
    /** Its currency's code (`TRY`…). */
    Currency: info(z.string()),
    /** The account holder's name. */
    Title: info(z.string()),
    /** The IBAN. */
    Iban: info(z.string()),
  }),
);

const valueDateFields = /* @__PURE__ */ lazySchema(() => ({
  /** `PayWallValueDateCalculation`: 1 days after approval, 2 a weekday, 3 a day of the month. */
  CalculationType: info(z.number()),
  /** Days, weekday or day of the month, as `CalculationType` says. */
  CalculationValue: info(z.number()),
  /** The member's commission (unit not documented). */
  Commission: info(z.number()),
}));

/** A value date in a member answer (`ValueDate`). */
export const memberValueDate = /* @__PURE__ */ lazySchema(() => z.looseObject({ ...valueDateFields }));

/** Answer of `GET member/valuedate` (#89): the value date with its id. A `null` body reads as `{}`. */
export const valueDateResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** PayWall's id of the value date. */
      Id: info(z.number()),
      ...valueDateFields,
    }),
  ),
);

const memberAnswer = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** PayWall's id of the member: what the other member calls take (`MemberId`, `Id`). */
    Id: info(z.number()),
    /** A sub-merchant. */
    IsSubMerchant: info(z.boolean()),
    /** `PayWallMemberType`. */
    MemberType: info(z.number()),
    /** Your id of the member. */
    MemberExternalId: info(z.string()),
    /** Short name. */
    MemberName: info(z.string()),
    /** Trade title or full name. */
    MemberTitle: info(z.string()),
    /** Tax office. */
    MemberTaxOffice: info(z.string()),
    /** Tax number. */
    MemberTaxNumber: info(z.string()),
    /** Identity number. */
    MemberIdentityNumber: info(z.string()),
    /** E-mail. */
    MemberEmail: info(z.string()),
    /** Phone. */
    MemberPhone: info(z.string()),
    /** Address. */
    MemberAddress: info(z.string()),
    /** Contact person's first name. */
    ContactName: info(z.string()),
    /** Contact person's last name. */
    ContactLastname: info(z.string()),
    /** Its bank accounts (`null` reads as `[]`). */
    BankAccounts: infoList(bankAccount),
    /** Its value date, when set. */
    ValueDate: info(memberValueDate),
    /** When it was created, as PayWall writes it. */
    InsertDateTime: info(z.string()),
    /** When it was last changed, as PayWall writes it. */
    UpdateDateTime: info(z.string()),
  }),
);

/** A member (`MemberResponse`): the answer of `POST member` and `GET member/search`. A `null` body reads as `{}`. */
export const memberResponse = /* @__PURE__ */ lazySchema(() => orEmpty(memberAnswer));

/** Answer of `GET member` (#82): a page of members (`null` reads as `[]`). */
export const memberListResponse = /* @__PURE__ */ lazySchema(() => infoList(memberAnswer));

/** Answer of `GET member/bankaccount` (#87): the member's accounts (`null` reads as `[]`). */
export const bankAccountListResponse = /* @__PURE__ */ lazySchema(() => infoList(bankAccount));
