import * as z from 'zod';
import { appShape, codeRef, cultureShape, dateTime, envelopeWith, idRef } from './common.js';
import { closedEnum, openEnum, ServiceRequestPriority } from './enums.js';

/** An EAM (Licrus CMMS) service request. */
export const eamServiceRequest = z.object({
  ...cultureShape,
  ...appShape,
  Entity: z.looseObject({
    Customer: codeRef,
    CustomerTicketNo: z.string().min(1).optional(),
    CustomerTicketUser: z.string().min(1).optional(),
    CallingDate: dateTime.optional(),
    SubCallType: z.object({ Id: openEnum() }),
    Description: z.string().min(1),
    Priority: closedEnum(ServiceRequestPriority).optional(),
    ProductSerialNumber: z.string().optional(),
    LookupLevel1Value: z.string().optional(),
    LookupLevel1Text: z.string().optional(),
    ProductBrandName: z.string().optional(),
    ProductModelName: z.string().optional(),
  }),
});

/** A first-start (commissioning) call. */
export const firstStartRequest = z.object({
  ...cultureShape,
  ...appShape,
  AutoClose: z.boolean().optional(),
  Form: z.looseObject({
    RequestReason: idRef.optional(),
    ServiceType: idRef.optional(),
    Description: z.string().optional(),
    AppointmentDateTimeAsString: z.string().optional(),
    Customer: z.looseObject({
      FirstName: z.string().min(1),
      LastName: z.string().min(1),
      ContactInfos: z.array(z.looseObject({})).optional(),
      Addresses: z.array(z.looseObject({})).optional(),
    }),
    ProductMainGroup: idRef.optional(),
    ProductSerialNumber1: z.string().optional(),
    GasSafeCertificateNumber: z.string().optional(),
  }),
});

/** ServiceForm/Create response: `Id` is the new call number. */
export const serviceFormResponse = envelopeWith({ Id: z.number().nullish(), Entity: z.unknown().optional() });
