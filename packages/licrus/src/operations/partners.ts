import { getPartnerRequest, getPartnerResponse, savePartnerRequest, savePartnerResponse } from '../schemas/partners.js';
import { licrusOperation } from './define.js';

/** SavePartner: creates or updates a service point or dealer, found by its `Code`. */
export const partnersSave = /* @__PURE__ */ licrusOperation('partners.save', {
  path: '/api/ERP/SavePartner',
  request: savePartnerRequest,
  response: savePartnerResponse,
  soapName: 'SavePartner',
  write: true,
});
/** GetPartner: lists partners, optionally of one `AgreementType`. */
export const partnersList = /* @__PURE__ */ licrusOperation('partners.list', {
  path: '/api/ERP/GetPartner',
  request: getPartnerRequest,
  response: getPartnerResponse,
  soapName: 'GetPartner',
  write: false,
});
