import { getSerialNumbersRequest, getSerialNumbersResponse, importSerialNumbersRequest, importSerialNumbersResponse } from '../schemas/serial-numbers.js';
import { licrusOperation } from './define.js';

/** ImportProductSerialNumbers: imports product serial numbers; skipped ones come back as warnings. */
export const serialNumbersImport = /* @__PURE__ */ licrusOperation('serialNumbers.import', {
  path: '/api/ERP/ImportProductSerialNumbers',
  request: importSerialNumbersRequest,
  response: importSerialNumbersResponse,
  soapName: 'ImportProductSerialNumbers',
  write: true,
});
/** GetProductSerialNumbers: devices commissioned with warranty started on or after a date. */
export const serialNumbersList = /* @__PURE__ */ licrusOperation('serialNumbers.list', {
  path: '/api/ERP/GetProductSerialNumbers',
  request: getSerialNumbersRequest,
  response: getSerialNumbersResponse,
  soapName: 'GetProductSerialNumbers',
  write: false,
});
