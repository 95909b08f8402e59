import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { tempCardRequest, tempCardResponse, tempTokenRequest, tempTokenResponse } from '../schemas/client-side.js';

/** What `clientSide.createTempToken` takes (#11): what the token may do, and how long it lives. */
export interface TempTokenParams extends z.input<typeof tempTokenRequest> {}
/** What `clientSide.createTempToken` answers (#11): the short-lived `Token` for `tempcard`. */
export interface TempToken extends Answer<z.output<typeof tempTokenResponse>> {}
/** What `clientSide.createTempCard` takes (#12): the temp token and the card to tokenise. */
export interface TempCardParams extends z.input<typeof tempCardRequest> {}
/** What `clientSide.createTempCard` answers (#12): the `CardToken` to pay with (`Card.TempCardToken`). */
export interface TempCard extends Answer<z.output<typeof tempCardResponse>> {}
