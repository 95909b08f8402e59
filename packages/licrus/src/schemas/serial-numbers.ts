import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { envelopeWith, resultsEnvelope } from './common.js';
import { closedEnum, OnFailureRule, OnWarningBehavior } from './enums.js';
import { dateTime } from './fields.js';

/** One `ProductSerialNumber` to import; the object page is not public, so extra fields pass through. */
export const productSerialNumber = /* @__PURE__ */ lazySchema(() => z.looseObject({}));

/** ImportProductSerialNumbers: a list of serial numbers, with the (beta) failure and warning rules. */
export const importSerialNumbersRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** The serial numbers to import (at least one). */
    List: z.array(productSerialNumber).check(z.minLength(1, 'List must hold at least one serial number')),
    /** `OnFailureRule` (beta): 0 skip a failing serial (default), 1 import none. */
    OnFailure: z.optional(closedEnum(OnFailureRule)),
    /** `OnWarningBehavior` (beta): 0 report warnings as warnings (default), 1 as errors. */
    OnWarning: z.optional(closedEnum(OnWarningBehavior)),
  }),
);
/** `ProductSerialNumberResponse`: `HasIgnoredSerials` says some serials were skipped (see `MessageList`). */
export const importSerialNumbersResponse = /* @__PURE__ */ lazySchema(() =>
  envelopeWith({
    /** True when some serials were skipped; `MessageList` says which. */
    HasIgnoredSerials: z.nullish(z.boolean()),
  }),
);

/** `DeviceInstallationInfo`: a commissioned device; its fields are not public, all are kept. */
export const deviceInstallationInfo = /* @__PURE__ */ lazySchema(() => z.looseObject({}));

/** GetProductSerialNumbers: devices commissioned with warranty started on or after `ReferenceDateTime`. */
export const getSerialNumbersRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** `BaseFilter`. */
    Filter: z.object({
      /** Devices whose warranty started on or after this date-time: ISO 8601 text, or a `Date` (sent as `toISOString()`). */
      ReferenceDateTime: dateTime,
    }),
  }),
);
/** `Results: DeviceInstallationInfo[]`. */
export const getSerialNumbersResponse = /* @__PURE__ */ lazySchema(() => resultsEnvelope(deviceInstallationInfo));
