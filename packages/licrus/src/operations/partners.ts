import { getPartnerRequest, getPartnerResponse, savePartnerRequest, savePartnerResponse } from '../schemas/partners.js';
import { licrusOperation } from './define.js';

/** SavePartner: upsert of a service/dealer by `Code`. */
export const savePartner = licrusOperation('partners.save', {
  request: savePartnerRequest,
  response: savePartnerResponse,
  soapName: 'SavePartner',
  write: true,
});
/** GetPartner: partners by agreement type. */
export const listPartners = licrusOperation('partners.list', {
  request: getPartnerRequest,
  response: getPartnerResponse,
  soapName: 'GetPartner',
  write: false,
});
