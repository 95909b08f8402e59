import type { CallOptions } from '@odeme/core';
import type {
  PhysicalPosAnswer,
  PhysicalPosPairingParams,
  PhysicalPosSale,
  PhysicalPosSaleParams,
  PhysicalPosSyncTerminalParams,
} from '../types/physical-pos.js';

/**
 * Physical POS on PhysicalAPI (§4.13, private pair): the three calls whose paths PayWall has published. PhysicalAPI's
 * host is not published: set `baseUrls.physical`, or every call is refused with a `ConfigurationError` before
 * anything is sent.
 */
export interface PhysicalPosMethods {
  /**
   * Fetches the terminals of a physical POS provider connection again. `POST api/terminal/sync` (#147 in our
   * numbering). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/physical-pos.md#terminals-and-pairing
   */
  syncTerminal(params: PhysicalPosSyncTerminalParams, options?: CallOptions): Promise<PhysicalPosAnswer>;
  /**
   * Asks a terminal to pair with your account, by `TerminalId` or `TerminalTagCode` (exactly one).
   * `POST api/pair/sync/request` (#148). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/physical-pos.md#terminals-and-pairing
   */
  requestPairing(params: PhysicalPosPairingParams, options?: CallOptions): Promise<PhysicalPosAnswer>;
  /**
   * Starts a card sale on a paired terminal. `POST api/payment/sync/sale` (#149). Moves money: sent once, never
   * retried; reference `MerchantUniqueCode` (a UUID is generated when you leave it out). The outcome comes in the
   * Physical POS callback (`callbacks.verifyPhysicalPosCallback`).
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/physical-pos.md#a-sale
   */
  sale(params: PhysicalPosSaleParams, options?: CallOptions): Promise<PhysicalPosSale>;
}
