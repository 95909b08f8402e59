import type { CallOptions } from '@odeme/core';
import type { TempCard, TempCardParams, TempToken, TempTokenParams } from '../types/client-side.js';

/** Client-side tokens on PaymentAPI: `temptoken` on your server, `tempcard` with that token (#11, #12). */
export interface ClientSideMethods {
  /**
   * A short-lived token (0–30 minutes) for client-side calls, created on your server. `POST temptoken` (#11).
   * Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  createTempToken(params: TempTokenParams, options?: CallOptions): Promise<TempToken>;
  /**
   * Tokenises a card with that token (sent as the `token` header, with the key headers); pay with the answer's
   * `CardToken` in `Card.TempCardToken`. `POST tempcard` (#12). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall.md#operations
   */
  createTempCard(params: TempCardParams, options?: CallOptions): Promise<TempCard>;
}
