import type * as z from 'zod/mini';
import type { laborCostByQuoteRequest, laborCostByQuoteResponse, saveLaborPackageRequest, saveLaborPackageResponse } from '../schemas/labor.js';
import type { sendParameterRequest, sendParameterResponse } from '../schemas/parameters.js';
import type { eamServiceRequest, firstStartRequest, serviceFormResponse } from '../schemas/service-forms.js';
import type { webFormCallRequest, webFormCallResponse } from '../schemas/web-form.js';
import type { serzatOrderIdUpdateRequest, wallBoxWorkOrderRequest, workOrderResponse } from '../schemas/work-orders.js';
import type { EnvelopeOf } from './envelope.js';

/** What `licrus.laborCosts.getByQuote` takes: the progress payment (hakediş) id. */
export interface LaborCostByQuoteParams extends z.input<typeof laborCostByQuoteRequest> {}
/** `LaborCostByQuoteResponse`: its fields are not public, so `Entity` and `Results` are kept as sent. */
export interface LaborCost extends EnvelopeOf<typeof laborCostByQuoteResponse> {}

/** What `licrus.parameters.send` takes: nothing but the ticket, which the client adds. */
export interface SendParameterParams extends z.input<typeof sendParameterRequest> {}
/** SendParameter's answer: the definition tables waiting for the ERP, kept as sent (their shape is not public). */
export interface ParameterTables extends EnvelopeOf<typeof sendParameterResponse> {}

/** What `licrus.serviceRequests.createEam` takes: an EAM (Licrus CMMS) service request. */
export interface CreateEamServiceRequestParams extends z.input<typeof eamServiceRequest> {}
/** What `licrus.serviceRequests.createFirstStart` takes: a first-start (commissioning) call. */
export interface CreateFirstStartCallParams extends z.input<typeof firstStartRequest> {}
/** ServiceForm/Create's answer: `Id` is the new call number. */
export interface CreatedServiceForm extends EnvelopeOf<typeof serviceFormResponse> {}

/** What `licrus.webForms.createCall` takes: a service call as a web form collected it. */
export interface CreateWebFormCallParams extends z.input<typeof webFormCallRequest> {}
/** ExternalCall/Create's answer: the envelope; the call number is inside the message text. */
export interface WebFormCall extends EnvelopeOf<typeof webFormCallResponse> {}

/** What `licrus.laborPackages.save` takes: the labour package. */
export interface SaveLaborPackageParams extends z.input<typeof saveLaborPackageRequest> {}
/** LaborPackage/save's answer: `Id` of the saved package. */
export interface SavedLaborPackage extends EnvelopeOf<typeof saveLaborPackageResponse> {}

/** What `licrus.workOrders.createWallBox` takes: the WallBox work order (`FreeEntity`). */
export interface CreateWallBoxWorkOrderParams extends z.input<typeof wallBoxWorkOrderRequest> {}
/** What `licrus.workOrders.updateSerzatOrderId` takes: the id and the order lines to write it onto. */
export interface UpdateSerzatOrderIdParams extends z.input<typeof serzatOrderIdUpdateRequest> {}
/** The answer of both work-order methods: the envelope plus `Entity` and `Id`, kept as sent. */
export interface WorkOrderResult extends EnvelopeOf<typeof workOrderResponse> {}
