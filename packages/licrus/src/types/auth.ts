import type * as z from 'zod/mini';
import type { loginRequest, loginResponse } from '../schemas/login.js';
import type { EnvelopeOf } from './envelope.js';

/** What Login takes (`licrusLogin`, the `authLogin` row): the user name and password the tenant's admin issued. */
export interface LoginParams extends z.input<typeof loginRequest> {}

/** Licrus's `LoginResponse`: `IsAuthenticated`, and `User.AuthTicket` on success. */
export interface LoginResponse extends EnvelopeOf<typeof loginResponse> {}
