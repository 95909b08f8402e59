import {
  askKkbReportResultRequest,
  getCustomerInformationRequest,
  hasoAuthSendInfoRequest,
  sendKkbPinCodeRequest,
  setLimitFromKdsRequest,
} from '../schemas/limit.js';
import { limitData } from '../schemas/responses.js';
import { hasoOperation } from './meta.js';

/** Limit and customer-information rows (5.1, 5.2.x). PIN and limit requests change state: never retried. */
export const limitOperations = {
  getCustomerInformation: hasoOperation('customers.getInformation', 'getCustomerInformation', getCustomerInformationRequest, limitData, { movesMoney: false }),
  hasoAuthSendInfo: hasoOperation('limits.start', 'hasoAuthSendInfo', hasoAuthSendInfoRequest, limitData, { movesMoney: true }),
  sendKkbPinCode: hasoOperation('limits.confirmPin', 'sendKkbPinCode', sendKkbPinCodeRequest, limitData, { movesMoney: true }),
  askKkbReportResult: hasoOperation('limits.askReportResult', 'askKkbReportResult', askKkbReportResultRequest, limitData, { movesMoney: false }),
  setLimitFromKds: hasoOperation('limits.setFromKds', 'setLimitFromKds', setLimitFromKdsRequest, limitData, { movesMoney: true }),
};
