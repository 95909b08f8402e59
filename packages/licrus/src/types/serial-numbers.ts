import type * as z from 'zod/mini';
import type { getSerialNumbersRequest, getSerialNumbersResponse, importSerialNumbersRequest, importSerialNumbersResponse } from '../schemas/serial-numbers.js';
import type { EnvelopeOf } from './envelope.js';

/** What `licrus.serialNumbers.import` takes: the serial numbers and the (beta) failure and warning rules. */
export interface ImportSerialNumbersParams extends z.input<typeof importSerialNumbersRequest> {}

/** `ProductSerialNumberResponse`: whether some serials were skipped (`MessageList` says which). */
export interface SerialNumberImport extends EnvelopeOf<typeof importSerialNumbersResponse> {}

/** What `licrus.serialNumbers.list` takes: the date the devices' warranty started on or after. */
export interface ListSerialNumbersParams extends z.input<typeof getSerialNumbersRequest> {}

/** GetProductSerialNumbers' answer: commissioned devices (`DeviceInstallationInfo`, kept as sent: its fields are not public). */
export interface DeviceInstallations extends EnvelopeOf<typeof getSerialNumbersResponse> {}
