import type { CallOptions } from '@odeme/core';
import type {
  CreatedServiceForm,
  CreateEamServiceRequestParams,
  CreateFirstStartCallParams,
  CreateWallBoxWorkOrderParams,
  CreateWebFormCallParams,
  LaborCost,
  LaborCostByQuoteParams,
  ParameterTables,
  SavedLaborPackage,
  SaveLaborPackageParams,
  SendParameterParams,
  UpdateSerzatOrderIdParams,
  WebFormCall,
  WorkOrderResult,
} from '../types/service.js';

/** `licrus.laborCosts`: labour costs of service progress payments. */
export interface LaborCostsMethods {
  /**
   * GetLaborCostByQuote: the labour cost of a service progress payment (hakediş).
   *
   * `POST /api/ERP/GetLaborCostByQuote` (assumed: SOAP only in the docs). Moves no money; a read, retried.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  getByQuote(input: LaborCostByQuoteParams, options?: CallOptions): Promise<LaborCost>;
}

/** `licrus.parameters`: definition tables for the ERP. */
export interface ParametersMethods {
  /**
   * SendParameter: the definition tables waiting for the ERP.
   *
   * `POST /api/ERP/SendParameter`. Moves no money; treated as a write (it may hand the tables over once), sent once.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  send(input?: SendParameterParams, options?: CallOptions): Promise<ParameterTables>;
}

/** `licrus.serviceRequests`: EAM service requests and first-start calls. */
export interface ServiceRequestsMethods {
  /**
   * ServiceForm/Create: opens an EAM (Licrus CMMS) service request; `Id` is the new call number.
   *
   * `POST /OperationForms/ServiceForm/Create`. Moves no money; a write, sent once.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  createEam(input: CreateEamServiceRequestParams, options?: CallOptions): Promise<CreatedServiceForm>;
  /**
   * ServiceForm/Create: opens a first-start (commissioning) call; `Id` is the new call number.
   *
   * `POST /OperationForms/ServiceForm/Create`. Moves no money; a write, sent once.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  createFirstStart(input: CreateFirstStartCallParams, options?: CallOptions): Promise<CreatedServiceForm>;
}

/** `licrus.webForms`: service calls from a web form. */
export interface WebFormsMethods {
  /**
   * ExternalCall/Create: opens a service call from a web form; the call number is in the message text.
   *
   * `POST /ExternalCall/Create`. Moves no money; a write, sent once.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  createCall(input: CreateWebFormCallParams, options?: CallOptions): Promise<WebFormCall>;
}

/** `licrus.laborPackages`: labour packages. */
export interface LaborPackagesMethods {
  /**
   * LaborPackage/save: saves a labour package.
   *
   * `POST /api/LaborPackage/save`. Moves no money; a write, sent once.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  save(input: SaveLaborPackageParams, options?: CallOptions): Promise<SavedLaborPackage>;
}

/** `licrus.workOrders`: WallBox work orders and the Serzat order id update. */
export interface WorkOrdersMethods {
  /**
   * WorkOrder/createWallBoxWorkOrder: creates a WallBox work order.
   *
   * `POST /api/WorkOrder/createWallBoxWorkOrder`. Moves no money; a write, sent once.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  createWallBox(input: CreateWallBoxWorkOrderParams, options?: CallOptions): Promise<WorkOrderResult>;
  /**
   * Serzat/SerzatOrderIdUpdate: links order lines to an id.
   *
   * `POST /api/Serzat/SerzatOrderIdUpdate`. Moves no money; a write, sent once.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  updateSerzatOrderId(input: UpdateSerzatOrderIdParams, options?: CallOptions): Promise<WorkOrderResult>;
}
