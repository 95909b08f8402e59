import * as z from 'zod';
import { envelopeWith } from './common.js';

/** `/api/WorkOrder/createWallBoxWorkOrder`: a WallBox work order, sent as `FreeEntity`. */
export const wallBoxWorkOrderRequest = z.object({
  FreeEntity: z.looseObject({
    BranchCode: z.string().min(1),
    VIN: z.string().min(1),
    CustomerNo: z.string().min(1),
    Importer: z.string().optional(),
    CreateHeader: z.boolean().optional(),
    ServiceOrderNo: z.string().optional(),
    Data: z.array(z.looseObject({ ItemNo: z.string().min(1) })).optional(),
    FullName: z.string().optional(),
    UserName: z.string().optional(),
    ServiceAdvisorNo: z.string().optional(),
  }),
});

/** `/api/Serzat/SerzatOrderIdUpdate`: links order lines to an id. */
export const serzatOrderIdUpdateRequest = z.object({
  Id: z.union([z.number().int(), z.string().min(1)]),
  Filter: z.object({
    OrderNo: z.string().min(1),
    BranchCode: z.string().min(1),
    SplitCode: z.string().optional(),
    LineNos: z.array(z.union([z.number().int(), z.string()])).optional(),
  }),
});

/** Response of both: the envelope plus whatever the tenant returns. */
export const workOrderResponse = envelopeWith({ Entity: z.unknown().optional(), Id: z.unknown().optional() });
