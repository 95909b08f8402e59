import { SimReject, type SimReply } from '../frame/http.js';

/** Message types as the Licrus samples show them: 0 error, 2 info; 1 is taken for warnings. */
export const LICRUS_SIM_MESSAGE_TYPE = {
  /** A refusal; sent with `HasError: true`. */
  Error: 0,
  /** A warning (e.g. a serial number skipped). */
  Warning: 1,
  /** Information (e.g. "Ödeme alındı"). */
  Info: 2,
} as const;

/** A message of the Licrus envelope. */
export interface LicrusSimMessage {
  /** A `LICRUS_SIM_MESSAGE_TYPE` value. */
  Type: number;
  /** The text, in Turkish; simulator-made codes start with `SIM-`. */
  Message: string;
}

/** A successful envelope (HTTP 200) with extra fields. */
export function licrusOk(fields: Record<string, unknown> = {}, messages: LicrusSimMessage[] = []): SimReply {
  return { status: 200, body: { HasError: false, HasMessage: messages.length > 0, MessageList: messages, ...fields } };
}

/** A refusal: `HasError: true`, with HTTP 200 as the docs suggest Licrus answers (another `status` when given). */
export function licrusFail(message: string, more: LicrusSimMessage[] = [], fields: Record<string, unknown> = {}, status = 200): SimReject {
  const MessageList = [{ Type: LICRUS_SIM_MESSAGE_TYPE.Error, Message: message }, ...more];
  return new SimReject({ status, body: { HasError: true, HasMessage: true, MessageList, ...fields } });
}

/**
 * The refusal of a request the server could not bind (HTTP 400, ASP.NET Web API's `Message` + `ModelState` shape):
 * no `HasError` envelope, because the method never ran.
 */
export function modelStateInvalid(modelState: Record<string, string[]>): SimReject {
  return new SimReject({ status: 400, body: { Message: 'The request is invalid.', ModelState: modelState } });
}

/** An info message. */
export const info = (Message: string): LicrusSimMessage => ({ Type: LICRUS_SIM_MESSAGE_TYPE.Info, Message });
/** A warning message. */
export const warning = (Message: string): LicrusSimMessage => ({ Type: LICRUS_SIM_MESSAGE_TYPE.Warning, Message });

/** .NET model binding ignores key case (the samples mix `AuthTicket` and `authticket`): so does the simulator. */
export function pick(obj: unknown, key: string): unknown {
  if (typeof obj !== 'object' || obj === null) return undefined;
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(obj)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** A non-empty string field, or undefined. */
export function text(obj: unknown, key: string): string | undefined {
  const v = pick(obj, key);
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

export { simLuhn } from '../frame/card.js';

/** `552879******0008`. */
export const simMask = (n: string) => (n.length < 12 ? '*'.repeat(n.length) : `${n.slice(0, 6)}${'*'.repeat(n.length - 10)}${n.slice(-4)}`);

/** Kuruş → `1.234,50` as a Turkish message would show it. */
export function simFormatTl(kurus: number): string {
  const whole = Math.trunc(kurus / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${whole},${String(kurus % 100).padStart(2, '0')}`;
}
