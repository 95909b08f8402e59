import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { envelopeWith } from './common.js';
import { closedEnum, openEnum, ServiceRequestPriority, SubCallType } from './enums.js';
import { appShape, codeRef, cultureShape, dateTime, idRef } from './fields.js';

/** An EAM (Licrus CMMS) service request. */
export const eamServiceRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...cultureShape,
    ...appShape,
    /** The service request. */
    Entity: z.looseObject({
      /** The customer, by `Code`. */
      Customer: codeRef,
      /** The customer's own ticket number. */
      CustomerTicketNo: z.optional(z.string().check(z.minLength(1))),
      /** The user who opened the customer's ticket. */
      CustomerTicketUser: z.optional(z.string().check(z.minLength(1))),
      /** When the customer called: ISO 8601 text, or a `Date` (sent as `toISOString()`). */
      CallingDate: z.optional(dateTime),
      /** Sub call type `{ Id }`: `SubCallType` (647 fault, 648 maintenance). */
      SubCallType: z.object({
        /** Sub call type id. */
        Id: openEnum(SubCallType),
      }),
      /** What the request is about. */
      Description: z.string().check(z.minLength(1)),
      /** `ServiceRequestPriority`: 0 normal, 2 urgent. */
      Priority: z.optional(closedEnum(ServiceRequestPriority)),
      /** Serial number of the product. */
      ProductSerialNumber: z.optional(z.string()),
      /** First-level lookup value. */
      LookupLevel1Value: z.optional(z.string()),
      /** First-level lookup text. */
      LookupLevel1Text: z.optional(z.string()),
      /** Brand name of the product. */
      ProductBrandName: z.optional(z.string()),
      /** Model name of the product. */
      ProductModelName: z.optional(z.string()),
    }),
  }),
);

/** A first-start (commissioning) call. */
export const firstStartRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...cultureShape,
    ...appShape,
    /** Close the call automatically. */
    AutoClose: z.optional(z.boolean()),
    /** The call form. */
    Form: z.looseObject({
      /** Request reason `{ Id }` (e.g. 1). */
      RequestReason: z.optional(idRef),
      /** Service type `{ Id }` (e.g. 32). */
      ServiceType: z.optional(idRef),
      /** Description. */
      Description: z.optional(z.string()),
      /** Appointment date-time, as text in the tenant's format. */
      AppointmentDateTimeAsString: z.optional(z.string()),
      /** The customer. */
      Customer: z.looseObject({
        /** First name. */
        FirstName: z.string().check(z.minLength(1)),
        /** Last name. */
        LastName: z.string().check(z.minLength(1)),
        /** Contact details, as the tenant defines them. */
        ContactInfos: z.optional(z.array(z.looseObject({}))),
        /** Addresses, as the tenant defines them. */
        Addresses: z.optional(z.array(z.looseObject({}))),
      }),
      /** Main product group `{ Id }`. */
      ProductMainGroup: z.optional(idRef),
      /** Serial number of the product. */
      ProductSerialNumber1: z.optional(z.string()),
      /** Gas Safe certificate number of the installer. */
      GasSafeCertificateNumber: z.optional(z.string()),
    }),
  }),
);

/** ServiceForm/Create response: `Id` is the new call number. */
export const serviceFormResponse = /* @__PURE__ */ lazySchema(() =>
  envelopeWith({
    /** The new call number. */
    Id: z.nullish(z.number()),
    /** The created form, as the tenant sends it. */
    Entity: z.optional(z.unknown()),
  }),
);
