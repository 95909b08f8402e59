/** A fault the simulator plays instead of (or around) its normal answer. */
export type Fault =
  /** Answer with this status (and optional body/headers) without running the handler. */
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  /** Wait, then answer normally. */
  | { kind: 'latency'; ms: number }
  /** Never answer; only the caller's abort or timeout ends the request. */
  | { kind: 'stall' }
  /** Fail like a dropped connection before the handler runs (nothing was processed). */
  | { kind: 'reset' }
  /** Run the handler (state changes!) and then drop the connection: the client cannot know it succeeded. */
  | { kind: 'drop-response' }
  /** Answer 200 with a body that is not the documented shape. */
  | { kind: 'malformed'; body: 'html' | 'empty' | 'truncated' | 'wrong-shape' | 'huge'; bytes?: number };

export interface FaultRule {
  fault: Fault;
  /** How many requests it applies to (default 1). */
  times: number;
  /** Only requests for which this returns true. */
  match?: (method: string, path: string) => boolean;
}

/** A fault the simulator injected, in a form tests can look at. */
export class SimulatedNetworkError extends TypeError {
  constructor(message = 'fetch failed: connection reset by simulator') {
    super(message);
    this.name = 'TypeError';
  }
}
