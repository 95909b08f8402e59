import { isOdemeError, type OdemeError } from '@odeme/core';

/** One error a call ended with, labelled by the error path it exercises. */
export interface CollectedError {
  path: string;
  error: unknown;
}

/**
 * A list of collected errors and `grab(path, call)`, which awaits the call and records how it failed
 * (a call that unexpectedly succeeds is recorded as an Error saying so, so the secrets check still sees it).
 */
export function errorCollector() {
  const out: CollectedError[] = [];
  const grab = async (path: string, p: Promise<unknown>) =>
    out.push({
      path,
      error: await p.then(
        () => new Error(`${path}: no error`),
        (e: unknown) => e,
      ),
    });
  return { out, grab };
}

/** Awaits a call that must fail with an odeme error and returns that error; anything else fails the test. */
export async function failure(p: Promise<unknown>): Promise<OdemeError> {
  const e = await p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
  if (!isOdemeError(e)) throw e;
  return e;
}
