import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { envelopeWith } from './common.js';

/** SendParameter (`ParameterRequest`): only the ticket is documented. */
export const sendParameterRequest = /* @__PURE__ */ lazySchema(() => z.object({}));
/** The definition tables waiting for the ERP; their shape is not public, all fields are kept. */
export const sendParameterResponse = /* @__PURE__ */ lazySchema(() =>
  envelopeWith({
    /** The definition tables waiting for the ERP. */
    Results: z.nullish(z.array(z.unknown())),
    /** A single result, as the tenant sends it. */
    Entity: z.optional(z.unknown()),
  }),
);
