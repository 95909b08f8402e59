import { defineOperation, type Operation } from '@odeme/core';
import type * as z from 'zod';
import { HASO_METHODS, type HasoMethodName } from '../methods.js';

/** What the HASO runtime reads from an operation row. */
export interface HasoOperationMeta {
  /** Row of {@link HASO_METHODS} (path and token order); absent for ad-hoc `call()` operations. */
  method?: HasoMethodName;
  /** Token order of an ad-hoc operation. */
  tokenOrder?: readonly string[] | null;
  /** Wire name of the merchant id (`MerchantId` in the [D] edition). */
  merchantIdField?: string;
}

/** Builds a HASO operation row: every documented HASO method is a POST to its table path. */
export function hasoOperation<Req extends z.ZodType, Res extends z.ZodType>(
  id: string,
  method: HasoMethodName,
  request: Req,
  response: Res,
  options: { movesMoney: boolean; merchantIdField?: string },
): Operation<Req, Res, HasoOperationMeta> {
  return defineOperation({
    id,
    method: 'POST',
    path: HASO_METHODS[method].path,
    request,
    response,
    movesMoney: options.movesMoney,
    meta: { method, merchantIdField: options.merchantIdField },
  });
}
