import { loginRequest, loginResponse } from '../schemas/login.js';
import { licrusOperation } from './define.js';

/** Login: `Name` and `Password` for an `AuthTicket`. The only method without a ticket; a read, so it may retry. */
export const authLogin = /* @__PURE__ */ licrusOperation('auth.login', {
  path: '/api/EAM/login',
  request: loginRequest,
  response: loginResponse,
  soapName: 'Login',
  write: false,
  ticket: false,
});
