import { getSerialNumbersRequest, getSerialNumbersResponse, importSerialNumbersRequest, importSerialNumbersResponse } from '../schemas/serial-numbers.js';
import { licrusOperation } from './define.js';

/** ImportProductSerialNumbers. */
export const importSerials = licrusOperation('serialNumbers.import', {
  request: importSerialNumbersRequest,
  response: importSerialNumbersResponse,
  soapName: 'ImportProductSerialNumbers',
  write: true,
});
/** GetProductSerialNumbers. */
export const listSerials = licrusOperation('serialNumbers.list', {
  request: getSerialNumbersRequest,
  response: getSerialNumbersResponse,
  soapName: 'GetProductSerialNumbers',
  write: false,
});
