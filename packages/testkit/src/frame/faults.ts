/** A fault the simulator plays instead of (or around) its normal answer. */
export type Fault =
  /** Answer with this status (and optional body/headers) without running the handler. */
  | {
      /** Answer early with a status. */
      kind: 'status';
      /** HTTP status to answer with (e.g. 503, 429). */
      status: number;
      /** Response body text (default empty). */
      body?: string;
      /** Response headers, e.g. `{ 'retry-after': '1' }`. */
      headers?: Record<string, string>;
    }
  /** Wait, then answer normally. */
  | {
      /** Delay the answer. */
      kind: 'latency';
      /** How long to wait before running the handler, in ms. */
      ms: number;
    }
  /** Never answer; only the caller's abort or timeout ends the request. */
  | {
      /** Hang until aborted. */
      kind: 'stall';
    }
  /** Fail like a dropped connection before the handler runs (nothing was processed). */
  | {
      /** Connection reset before processing. */
      kind: 'reset';
    }
  /** Run the handler (state changes!) and then drop the connection: the client cannot know it succeeded. */
  | {
      /** Processed, then the answer is lost. */
      kind: 'drop-response';
    }
  /** Answer 200 with a body that is not the documented shape. */
  | {
      /** A 200 with a broken body. */
      kind: 'malformed';
      /** An HTML error page, an empty body, cut-off JSON, a JSON array, or a body of `bytes` bytes. */
      body: 'html' | 'empty' | 'truncated' | 'wrong-shape' | 'huge';
      /** Size of the `huge` body (default 10 MiB). */
      bytes?: number;
    };

/** A queued fault and which requests it applies to (see `Simulator.injectFault`). */
export interface FaultRule {
  /** The fault to play. */
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
