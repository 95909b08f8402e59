import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { envelopeWith } from './common.js';

/** `LoginRequest`: the user name and password issued by the tenant's Licrus admin. */
export const loginRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** User name issued by the tenant's Licrus system admin. */
    Name: z.string().check(z.minLength(1)),
    /** Password issued by the tenant's Licrus system admin. */
    Password: z.string().check(z.minLength(1)),
  }),
);

/** `LoginResponse`: `IsAuthenticated` and `User.AuthTicket` on success. */
export const loginResponse = /* @__PURE__ */ lazySchema(() =>
  envelopeWith({
    /** True when the name and password were accepted; false without a message means they are wrong. */
    IsAuthenticated: z.nullish(z.boolean()),
    /** The logged-in user. */
    User: z.nullish(
      z.looseObject({
        /** The ticket every other method takes in its body, for the duration of the session. */
        AuthTicket: z.nullish(z.string()),
      }),
    ),
  }),
);
