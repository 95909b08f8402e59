// What every "the simulator answers what the .NET SDK sends" test needs: the key pairs as the .NET clients send
// them, a .NET endpoint by its number, and a simulator with `send` (status and envelope) and `accepted` (the Body of
// an answer that must be a success).
import { PayWallSimulator, type PayWallSimulatorOptions } from '@odeme/testkit';
import { expect } from 'vitest';
import { dotnetRequest, type KeyValues } from './dotnet.js';
import { netcore } from './netcore.js';

export const simKeys = { apiKeyPublic: 'pk-sim', apiClientPublic: 'pc-sim', apiKeyPrivate: 'sk-sim', apiClientPrivate: 'sc-sim' };
/** PaymentApiClient's default headers: all four keys. */
export const allKeyHeaders: KeyValues = {
  apikeypublic: simKeys.apiKeyPublic,
  apiclientpublic: simKeys.apiClientPublic,
  apikeyprivate: simKeys.apiKeyPrivate,
  apiclientprivate: simKeys.apiClientPrivate,
};
/** MemberApiClient's default headers: the public pair. */
export const publicKeyHeaders: KeyValues = { apikeypublic: simKeys.apiKeyPublic, apiclientpublic: simKeys.apiClientPublic };
export const SIM_BASE = 'https://paywall.test';

/** The .NET endpoint numbered `n` in the fixture. */
export function netEndpoint(n: number) {
  const e = netcore.endpoints.find((x) => x.n === n);
  if (!e) throw new Error(`no .NET endpoint #${n}`);
  return e;
}

/** The member names of endpoint `n`'s answer model, sorted. */
export const answerFieldsOf = (n: number) => (netEndpoint(n).response?.fields ?? []).map((f) => f.name).sort();

/** PayWall's answer envelope. */
export type Envelope = { ErrorCode: number; Result: boolean; Message: string; Body: unknown };
type Options = Parameters<typeof dotnetRequest>[3];

/** A simulator with the test keys, and the two ways the tests call it as the .NET SDK would. */
export function netSim(options: Partial<PayWallSimulatorOptions> = {}, headers: KeyValues = allKeyHeaders) {
  const sim = new PayWallSimulator({ ...simKeys, ...options });
  const send = async (n: number, request: Options = {}, pair: KeyValues = headers) => {
    const res = await sim.fetch(dotnetRequest(netEndpoint(n), SIM_BASE, pair, request));
    return { status: res.status, env: (await res.json()) as Envelope };
  };
  const accepted = async (n: number, request: Options = {}) => {
    const { status, env } = await send(n, request);
    expect({ status, ErrorCode: env.ErrorCode, Message: env.Message }, `#${n}`).toEqual({ status: 200, ErrorCode: 0, Message: '' });
    return env.Body as Record<string, unknown>;
  };
  return { sim, send, accepted };
}
