import type { PayWallErrorCodeInfo } from './error-codes.js';

/**
 * The refusals of the key pair in PayWall's .NET numbering (src/PayWall.NetCore/Models/Common/ErrorCodes.cs):
 * 401 `Unauthorized` and 64 `IntegrationCredentialNotFound` (the panel issues the pairs under Developer >
 * Integration). Read by the name the code is given, so a Payment API list entry with the same number would win.
 */
export const PAYWALL_CREDENTIAL_REFUSALS: ReadonlySet<string> = new Set(['Unauthorized', 'IntegrationCredentialNotFound']);

/** True when PayWall's code says it did not accept the API keys. */
export function refusesCredentials(info: PayWallErrorCodeInfo): boolean {
  return PAYWALL_CREDENTIAL_REFUSALS.has(info.name);
}
