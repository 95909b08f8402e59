import { base64FromText } from '../frame/crypto.js';
import { SimReject, type SimReply } from '../frame/http.js';

/** A success envelope. */
export function ok(body: unknown): SimReply {
  return { body: { ErrorCode: 0, Result: true, Message: '', Body: body ?? null } };
}

/** A business failure: HTTP 200 with `Result: false` (PayWall's observed pattern), thrown to end the handler. */
export function fail(code: number, message: string, body: unknown = null, status = 200): SimReject {
  return new SimReject({ status, body: { ErrorCode: code, Result: false, Message: message, Body: body } });
}

/** The `Body.Error` block of a declined payment: all four fields Base64-encoded (§2.2; the .NET SDK decodes each). */
export function errorBlock(e: { providerCode: string; providerMessage: string; bankCode: string; bankMessage: string }) {
  return {
    ProviderErrorCode: base64FromText(e.providerCode),
    ProviderErrorMessage: base64FromText(e.providerMessage),
    BankErrorCode: base64FromText(e.bankCode),
    BankErrorMessage: base64FromText(e.bankMessage),
  };
}
