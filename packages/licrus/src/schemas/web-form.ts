import * as z from 'zod';
import { envelope } from './common.js';

const text = z.string().trim().min(1);

/** `/ExternalCall/Create`: a service call opened from a web form. */
export const webFormCallRequest = z.object({
  DealerCompanyName: text.optional(),
  DealerContactPerson: text.optional(),
  DealerMobilePhone: text.optional(),
  DealerWorkPhone: text.optional(),
  DealerEmail: z.email().optional(),
  CustomerCompanyName: text.optional(),
  CustomerFullName: text,
  CustomerMobilePhone: text,
  CustomerWorkPhone: text.optional(),
  CustomerEmail: z.email().optional(),
  CustomerCity: text,
  CustomerDistrict: text,
  CustomerAddress: text,
  ProductNameList: text.optional(),
  ProductGroupName: text.optional(),
  ProductSerialNumberList: text.optional(),
  DeviceCount: z.number().int().positive().optional(),
});
/** The envelope; the call number is inside the message text. */
export const webFormCallResponse = envelope;
