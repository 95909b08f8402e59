import * as z from 'zod';
import { envelopeWith } from './common.js';

/** SendParameter (`ParameterRequest`): only the ticket is documented. */
export const sendParameterRequest = z.object({});
/** The definition tables waiting for the ERP; their shape is not public, all fields are kept. */
export const sendParameterResponse = envelopeWith({ Results: z.array(z.unknown()).nullish(), Entity: z.unknown().optional() });
