import { defineOperation, type Operation } from '@odeme/core';
import type * as z from 'zod';
import { DEFAULT_PATHS, type LicrusOperationId } from '../paths.js';

/** Facts about a Licrus method the client needs besides its path. */
export interface LicrusMeta {
  /** Name of the method on the .NET web-service proxy. */
  soapName: string;
  /** Changes state at Licrus: never retried automatically (only the single re-login resend). */
  write: boolean;
  /** Takes the `AuthTicket` in its body (all but Login). */
  ticket: boolean;
}

/** A Licrus operation row. */
export type LicrusOperation<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> = Operation<Req, Res, LicrusMeta>;

/** Defines a Licrus row: every method is a JSON POST at its default path. */
export function licrusOperation<Req extends z.ZodType, Res extends z.ZodType>(
  id: LicrusOperationId,
  spec: { request: Req; response: Res; soapName: string; write: boolean; movesMoney?: boolean; ticket?: boolean },
): LicrusOperation<Req, Res> {
  return defineOperation({
    id,
    method: 'POST',
    path: DEFAULT_PATHS[id],
    request: spec.request,
    response: spec.response,
    movesMoney: spec.movesMoney ?? false,
    // Writes are sent once even when they move no money; reads and Login may retry.
    retryable: !spec.write && !spec.movesMoney,
    bodyFormat: 'json',
    meta: { soapName: spec.soapName, write: spec.write, ticket: spec.ticket ?? true },
  });
}
