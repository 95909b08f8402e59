import * as z from 'zod';
import { dateTime, envelopeWith, resultsEnvelope } from './common.js';
import { closedEnum, OnFailureRule, OnWarningBehavior } from './enums.js';

/** One `ProductSerialNumber` to import; the object page is not public, so extra fields pass through. */
export const productSerialNumber = z.looseObject({});

/** ImportProductSerialNumbers: a list of serial numbers, with the (beta) failure and warning rules. */
export const importSerialNumbersRequest = z.object({
  List: z.array(productSerialNumber).min(1, 'List must hold at least one serial number'),
  OnFailure: closedEnum(OnFailureRule).optional(),
  OnWarning: closedEnum(OnWarningBehavior).optional(),
});
/** `ProductSerialNumberResponse`: `HasIgnoredSerials` says some serials were skipped (see `MessageList`). */
export const importSerialNumbersResponse = envelopeWith({ HasIgnoredSerials: z.boolean().nullish() });

/** `DeviceInstallationInfo`: a commissioned device; its fields are not public, all are kept. */
export const deviceInstallationInfo = z.looseObject({});

/** GetProductSerialNumbers: devices commissioned with warranty started on or after `ReferenceDateTime`. */
export const getSerialNumbersRequest = z.object({ Filter: z.object({ ReferenceDateTime: dateTime }) });
/** `Results: DeviceInstallationInfo[]`. */
export const getSerialNumbersResponse = resultsEnvelope(deviceInstallationInfo);
