import { sha256Hex, timingSafeEqual } from '@odeme/core';

/** The `###`-joined text PayWall hashes (§6.2): the key first, then the template's values. */
export function payWallHashText(hashKey: string, values: readonly string[]): string {
  return [hashKey, ...values].join('###');
}

/** Lower-case hex SHA-256 of the `###` text, as PayWall computes it. */
export function payWallHash(hashKey: string, values: readonly string[]): Promise<string> {
  return sha256Hex(payWallHashText(hashKey, values));
}

/** Values of the "Payment" template (3D callback): paymentId, merchantUniqueCode, amount, installment — as received. */
export function paymentTemplate(paymentId: string, merchantUniqueCode: string, amount: string, installment: string): string[] {
  return [paymentId, merchantUniqueCode, amount, installment];
}

/** Constant-time check of a received hash (case-insensitive hex) against the expected one. */
export function sameHash(expected: string, received: string): boolean {
  return timingSafeEqual(expected, received.trim().toLowerCase());
}
