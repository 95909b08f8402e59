import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { envelopeWith } from './common.js';

/** `/api/WorkOrder/createWallBoxWorkOrder`: a WallBox work order, sent as `FreeEntity`. */
export const wallBoxWorkOrderRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** The work order. */
    FreeEntity: z.looseObject({
      /** Branch code. */
      BranchCode: z.string().check(z.minLength(1)),
      /** Vehicle identification number. */
      VIN: z.string().check(z.minLength(1)),
      /** Customer number. */
      CustomerNo: z.string().check(z.minLength(1)),
      /** Importer. */
      Importer: z.optional(z.string()),
      /** Create the order header too. */
      CreateHeader: z.optional(z.boolean()),
      /** Service order number. */
      ServiceOrderNo: z.optional(z.string()),
      /** Order lines, each with its `ItemNo`. */
      Data: z.optional(
        z.array(
          z.looseObject({
            /** Item number. */
            ItemNo: z.string().check(z.minLength(1)),
          }),
        ),
      ),
      /** Full name. */
      FullName: z.optional(z.string()),
      /** User name. */
      UserName: z.optional(z.string()),
      /** Service advisor number. */
      ServiceAdvisorNo: z.optional(z.string()),
    }),
  }),
);

/** `/api/Serzat/SerzatOrderIdUpdate`: links order lines to an id. */
export const serzatOrderIdUpdateRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** The id to write onto the lines. */
    Id: z.union([z.int(), z.string().check(z.minLength(1))]),
    /** The order lines to update. */
    Filter: z.object({
      /** Order number. */
      OrderNo: z.string().check(z.minLength(1)),
      /** Branch code. */
      BranchCode: z.string().check(z.minLength(1)),
      /** Split code. */
      SplitCode: z.optional(z.string()),
      /** Line numbers. */
      LineNos: z.optional(z.array(z.union([z.int(), z.string()]))),
    }),
  }),
);

/** Response of both: the envelope plus whatever the tenant returns. */
export const workOrderResponse = /* @__PURE__ */ lazySchema(() =>
  envelopeWith({
    /** The result, as the tenant sends it. */
    Entity: z.optional(z.unknown()),
    /** An id, as the tenant sends it. */
    Id: z.optional(z.unknown()),
  }),
);
