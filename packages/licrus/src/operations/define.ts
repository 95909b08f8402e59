import { defineOperation, type Operation, type ReferenceRule, type WithReference } from '@odeme/core';
import type * as z from 'zod/mini';
import type { DEFAULT_PATHS, LicrusOperationId } from '../paths.js';

/** Facts about a Licrus method the client needs besides its path. */
export interface LicrusMeta {
  /** Name of the method on the .NET web-service proxy. */
  soapName: string;
  /** Changes state at Licrus: never retried automatically (only the single resend after a refused ticket, and never for a payment). */
  write: boolean;
  /** Takes the `AuthTicket` in its body (all but Login). */
  ticket: boolean;
}

/** A Licrus operation row: a JSON POST whose `meta` says whether it needs the `AuthTicket`. */
export type LicrusOperation<Req extends z.core.$ZodType = z.core.$ZodType, Res extends z.core.$ZodType = z.core.$ZodType> = Operation<Req, Res, LicrusMeta>;

/**
 * Defines a Licrus row: every method is a JSON POST. The path is written on the row (checked against
 * `DEFAULT_PATHS` by the compiler), so that a program holding one row does not hold the path table.
 * Rows call it with `@__PURE__`: esbuild does not follow `@__NO_SIDE_EFFECTS__` across modules, and a bundle must
 * drop the rows of a module it does not use.
 */
/* @__NO_SIDE_EFFECTS__ */
export function licrusOperation<
  Id extends LicrusOperationId,
  Req extends z.core.$ZodType,
  Res extends z.core.$ZodType,
  Ref extends ReferenceRule | undefined = undefined,
>(
  id: Id,
  spec: {
    path: (typeof DEFAULT_PATHS)[Id];
    request: Req;
    response: Res;
    soapName: string;
    write: boolean;
    movesMoney?: boolean;
    ticket?: boolean;
    reference?: Ref;
  },
): LicrusOperation<Req, Res> & WithReference<Ref> {
  return defineOperation({
    id,
    method: 'POST',
    path: spec.path,
    request: spec.request,
    response: spec.response,
    movesMoney: spec.movesMoney ?? false,
    // Writes are sent once even when they move no money; reads and Login may retry.
    retryable: !spec.write && !spec.movesMoney,
    bodyFormat: 'json',
    meta: { soapName: spec.soapName, write: spec.write, ticket: spec.ticket ?? true },
    ...(spec.reference ? { reference: spec.reference } : {}),
  }) as LicrusOperation<Req, Res> & WithReference<Ref>;
}
