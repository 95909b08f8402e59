/** The shape of a runnable scenario of `pnpm demo`: a named flow against a simulator, counted in steps. */
export interface ScenarioContext {
  /** Records one step; the demo table counts them and prints the last one on failure. */
  step(label: string): void;
  /** Prints a detail line under the scenario when the demo runs verbosely. */
  log(message: string): void;
}

export interface Scenario {
  name: string;
  provider: string;
  run(ctx: ScenarioContext): Promise<void>;
}

/** Throws when `condition` is false: scenarios check what they show, they do not just print it. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`);
}
