import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { envelopeWith, resultsEnvelope } from './common.js';
import { AgreementType, closedEnum, FinancialLedgerType, openEnum } from './enums.js';
import { dateTime } from './fields.js';
import { licrusMobile, taxIdNumber } from './identifiers.js';

/** `Partner` (service, dealer or both) as SavePartner takes it; upserted by `Code`. The docs list more fields. */
export const partnerInput = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Partner code: the key SavePartner upserts by. */
    Code: z.string().check(z.minLength(1)),
    /** Partner name. */
    Name: z.string().check(z.minLength(1)),
    /** Trade title (ünvan). */
    Title: z.optional(z.string()),
    /** Tax number: a VKN (10 digits) or, for a sole trader, a TCKN (11 digits); check digits verified before sending. */
    TaxIdNumber: z.optional(taxIdNumber()),
    /** Tax office (vergi dairesi). */
    TaxOffice: z.optional(z.string()),
    /** Contact person. */
    ContactPerson: z.optional(z.string()),
    /** `AgreementType`: 1 service, 2 dealer, 3 both. */
    AgreementType: closedEnum(AgreementType),
    /** Code of the parent partner. */
    ParentPartnerCode: z.optional(z.string()),
    /** Contract date: ISO 8601 text, or a `Date` (sent as `toISOString()`). */
    ContractDate: z.optional(dateTime),
    /** Founding date: ISO 8601 text, or a `Date` (sent as `toISOString()`). */
    FoundedDate: z.optional(dateTime),
    /** `FinancialLedgerType`: 0 simple, 18 real bookkeeping. */
    FinancialLedgerType: z.optional(closedEnum(FinancialLedgerType)),
    /** Current balance (a decimal amount; the unit is not documented). */
    Balance: z.optional(z.number()),
    /** Order limit (a decimal amount; the unit is not documented). */
    OrderLimit: z.optional(z.number()),
    /** Turkish mobile number in any common writing; sent as 10 digits (`5321234567`), as Licrus's samples write it. */
    MobilePhone: z.optional(licrusMobile()),
    /** Work phone number. */
    WorkPhone: z.optional(z.string()),
    /** E-mail address. */
    Email: z.optional(z.email()),
  }),
);

/** `Partner` as GetPartner returns it. */
export const partner = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Partner code. */
    Code: z.nullish(z.string()),
    /** Partner name. */
    Name: z.nullish(z.string()),
    /** Trade title (ünvan). */
    Title: z.nullish(z.string()),
    /** `AgreementType`: 1 service, 2 dealer, 3 both. */
    AgreementType: z.nullish(openEnum(AgreementType)),
    /** `FinancialLedgerType`: 0 simple, 18 real bookkeeping. */
    FinancialLedgerType: z.nullish(openEnum(FinancialLedgerType)),
  }),
);

/** SavePartner request. */
export const savePartnerRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** The partner to save (upserted by `Code`). */
    Entity: partnerInput,
  }),
);
/** SavePartner response. */
export const savePartnerResponse = /* @__PURE__ */ lazySchema(() =>
  envelopeWith({
    /** The saved partner, as the tenant sends it. */
    Entity: z.optional(z.unknown()),
  }),
);

/** GetPartner request: filtered by agreement type. */
export const getPartnerRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** `PartnerFilter`; empty lists every partner. */
    Filter: z._default(
      z.object({
        /** Only partners of this `AgreementType`. */
        AgreementType: z.optional(closedEnum(AgreementType)),
      }),
      {},
    ),
  }),
);
/** GetPartner response. */
export const getPartnerResponse = /* @__PURE__ */ lazySchema(() => resultsEnvelope(partner));
