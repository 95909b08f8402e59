import * as z from 'zod';
import { dateTime, envelopeWith, resultsEnvelope } from './common.js';
import { AgreementType, closedEnum, FinancialLedgerType, openEnum } from './enums.js';

/** `Partner` (service, dealer or both) as SavePartner takes it; upserted by `Code`. The docs list more fields. */
export const partnerInput = z.looseObject({
  Code: z.string().min(1),
  Name: z.string().min(1),
  Title: z.string().optional(),
  TaxIdNumber: z
    .string()
    .regex(/^\d{10,11}$/, 'TaxIdNumber must be 10 (VKN) or 11 (TCKN) digits')
    .optional(),
  TaxOffice: z.string().optional(),
  ContactPerson: z.string().optional(),
  AgreementType: closedEnum(AgreementType),
  ParentPartnerCode: z.string().optional(),
  ContractDate: dateTime.optional(),
  FoundedDate: dateTime.optional(),
  FinancialLedgerType: closedEnum(FinancialLedgerType).optional(),
  Balance: z.number().optional(),
  OrderLimit: z.number().optional(),
  MobilePhone: z.string().optional(),
  WorkPhone: z.string().optional(),
  Email: z.email().optional(),
});

/** `Partner` as GetPartner returns it. */
export const partner = z.looseObject({
  Code: z.string().nullish(),
  Name: z.string().nullish(),
  Title: z.string().nullish(),
  AgreementType: openEnum().nullish(),
  FinancialLedgerType: openEnum().nullish(),
});
/** A parsed `Partner`. */
export type Partner = z.output<typeof partner>;

/** SavePartner request. */
export const savePartnerRequest = z.object({ Entity: partnerInput });
/** SavePartner response. */
export const savePartnerResponse = envelopeWith({ Entity: z.unknown().optional() });

/** GetPartner request: filtered by agreement type. */
export const getPartnerRequest = z.object({ Filter: z.object({ AgreementType: closedEnum(AgreementType).optional() }).default({}) });
/** GetPartner response. */
export const getPartnerResponse = resultsEnvelope(partner);
