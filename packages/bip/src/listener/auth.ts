import { parseBasicAuthHeader, timingSafeEqual } from '@odeme/core';

/** The username and password the listener expects Turkcell to send. */
export interface BipListenerCredentials {
  /** Expected Basic username. */
  username: string;
  /** Expected Basic password. */
  password: string;
}

/**
 * True when the `Authorization` header carries exactly these Basic credentials. Both halves are always
 * compared (constant time per half) so the answer time does not reveal which one was wrong.
 */
export function basicCredentialsMatch(header: string | null, expected: BipListenerCredentials): boolean {
  const given = parseBasicAuthHeader(header);
  const userOk = timingSafeEqual(given?.username ?? '', expected.username);
  const passOk = timingSafeEqual(given?.password ?? '', expected.password);
  return given !== undefined && userOk && passOk;
}
