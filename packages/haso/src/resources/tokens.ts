import type { CallOptions } from '@odeme/core';
import type { BrowserToken, GetTokenParams } from '../types/tokens.js';

/** `haso.tokens`: the token HASO's browser flows carry. */
export interface TokensMethods {
  /**
   * Gets the `Token` a ServletV2 browser flow posts (`haso.browser.transaction({ token })`). Parameters INFERRED;
   * `extra` sends others.
   *
   * `POST /Index/GetToken` ([D] edition). A read: retried on network errors, timeouts, 408, 429 and 5xx.
   * @see `docs/providers/haso.md#browser-flows`
   */
  get(params?: GetTokenParams, options?: CallOptions): Promise<BrowserToken>;
}
