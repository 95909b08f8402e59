import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { tokenData } from '../schemas/responses.js';
import type { getTokenRequest } from '../schemas/token.js';

/** What `tokens.get` ([D] GetToken) takes: the order the browser flow is for (parameters INFERRED). */
export interface GetTokenParams extends z.input<typeof getTokenRequest> {}

/** The token a ServletV2 browser flow carries (`haso.browser.transaction({ token })`). */
export interface BrowserToken extends Answer<z.output<typeof tokenData>> {}
