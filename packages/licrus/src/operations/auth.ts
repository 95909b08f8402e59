import { loginRequest, loginResponse } from '../schemas/login.js';
import { licrusOperation } from './define.js';

/** Login: `Name` and `Password` for an `AuthTicket`. The only method without a ticket. */
export const login = licrusOperation('auth.login', { request: loginRequest, response: loginResponse, soapName: 'Login', write: false, ticket: false });
