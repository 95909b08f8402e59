// The HASO simulator: its public surface (names prefixed `Haso…` / `HASO_SIM_…` to stay clear of other providers).
export {
  HASO_DECLINE_TRIGGERS,
  HASO_SIM_DECLINE_CODES,
  HASO_SIM_DEFAULT_LIMIT_KURUS,
  HASO_SIM_KKB_REJECTED_TCKN,
  HASO_SIM_MERCHANT_LIMIT_KURUS,
  HASO_SIM_SUSPENDED_TCKN,
  type HasoSimDeclineReason,
  type HasoSimDeclineTrigger,
} from './declines.js';
export { HASO_SIM_TEST_LIMITS } from './limits.js';
export { addMonths as hasoSimAddMonths, type HasoSimInstallment, splitKurus as hasoSimSplitKurus } from './plan.js';
export { type HasoSimContext, type HasoSimHandler, HasoSimulator, type HasoSimulatorOptions } from './simulator.js';
export { type HasoSimCustomer, HasoSimFailure, type HasoSimKkbRequest, type HasoSimRefund, type HasoSimState, type HasoSimTransaction } from './state.js';
export { HASO_SIM_TOKEN_ORDERS } from './token-orders.js';
export { HASO_SIM_INSTALLMENT_COUNTS } from './transactions.js';
export { fromDotNetForm as hasoSimFromDotNetForm, type HasoSimBody } from './wire.js';
