import type { Referenced } from '@odeme/core';
import type * as z from 'zod/mini';
import type { physicalPosPairingRequest, physicalPosSaleRequest, physicalPosSyncTerminalRequest } from '../schemas/physical-pos.js';

/** What `physicalPos.syncTerminal` takes (#147): the provider connection's `ConnectionId`. */
export interface PhysicalPosSyncTerminalParams extends z.input<typeof physicalPosSyncTerminalRequest> {}

/** What `physicalPos.requestPairing` takes (#148): the terminal, by `TerminalId` or `TerminalTagCode` (exactly one). */
export interface PhysicalPosPairingParams extends z.input<typeof physicalPosPairingRequest> {}

/**
 * What `physicalPos.sale` takes (#149): the terminal (`TerminalId` or `TerminalTagCode`, exactly one), the amount,
 * the currency, the payment methods, your callback URL and code, and the customer.
 */
export interface PhysicalPosSaleParams extends z.input<typeof physicalPosSaleRequest> {}

/**
 * What a physical POS call answers: PayWall has not published these bodies, so every field is kept as sent (a
 * body that is not an object is under `Body`). Read the outcome of a sale from the Physical POS callback.
 */
export interface PhysicalPosAnswer extends Record<string, unknown> {}

/** What `physicalPos.sale` answers: the unpublished body as sent, and `reference`, the sale's `MerchantUniqueCode`. */
export interface PhysicalPosSale extends PhysicalPosAnswer, Referenced {}
