import type { CallOptions } from '@odeme/core';
import type { DeviceInstallations, ImportSerialNumbersParams, ListSerialNumbersParams, SerialNumberImport } from '../types/serial-numbers.js';

/** `licrus.serialNumbers`: product serial numbers in, commissioned devices out. */
export interface SerialNumbersMethods {
  /**
   * ImportProductSerialNumbers: imports product serial numbers; skipped ones come back as warnings.
   *
   * `POST /api/ERP/ImportProductSerialNumbers` (assumed: SOAP only in the docs). Moves no money; a write, sent once.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  import(input: ImportSerialNumbersParams, options?: CallOptions): Promise<SerialNumberImport>;
  /**
   * GetProductSerialNumbers: devices commissioned with warranty started on or after a date.
   *
   * `POST /api/ERP/GetProductSerialNumbers` (assumed: SOAP only in the docs). Moves no money; a read, retried.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  list(input: ListSerialNumbersParams, options?: CallOptions): Promise<DeviceInstallations>;
}
