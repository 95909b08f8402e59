import * as z from 'zod';
import { envelopeWith } from './common.js';

/** `LoginRequest`: the user name and password issued by the tenant's Licrus admin. */
export const loginRequest = z.object({ Name: z.string().min(1), Password: z.string().min(1) });

/** `LoginResponse`: `IsAuthenticated` and `User.AuthTicket` on success. */
export const loginResponse = envelopeWith({
  IsAuthenticated: z.boolean().nullish(),
  User: z.looseObject({ AuthTicket: z.string().nullish() }).nullish(),
});
/** The parsed `LoginResponse`. */
export type LoginResponse = z.output<typeof loginResponse>;
