/**
 * `ErrorCode`s that do not prove a money call was refused (spec §3.2): a refusal with one of them leaves the
 * payment's fate `unknown`, to be looked up by its reference, never `rejected`.
 *
 * - −1: "payment not found / request cannot be processed / general error" in the Payment API list, `SystemMessage`
 *   in the .NET SDK's list: a general error, which may come after the provider was reached.
 * - 5: `Exception` in the .NET list ("no suitable provider" in the Payment API list; which list an API answers with
 *   is not documented, so the reading that leaves money possibly moved wins).
 * - 500 `InternalException`, 502 `BadRequestNetwork`, 503 `ServiceUnavailable`, 504 `GatewayTimeout` (.NET list).
 */
export const PAYWALL_UNKNOWN_OUTCOME_CODES: ReadonlySet<number> = new Set([-1, 5, 500, 502, 503, 504]);

/** True when a refusal with this `ErrorCode` does not prove that the money did not move. */
export function isUnknownOutcomeCode(code: number): boolean {
  return PAYWALL_UNKNOWN_OUTCOME_CODES.has(code);
}
