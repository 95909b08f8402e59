import type { ValidationIssue } from './errors.js';

/** Bounds on what a caller may hand to an operation; past them the input is refused before anything else runs. */
export interface InputLimits {
  /** Deepest nesting of objects and arrays (default 32). */
  maxDepth: number;
  /** Longest string, in UTF-16 code units (default 1 MiB). */
  maxStringLength: number;
  /** Longest array, and most keys in one object (default 10 000). */
  maxItems: number;
}

/** The defaults: far above any documented request, far below what would exhaust the stack or memory. */
export const DEFAULT_INPUT_LIMITS: InputLimits = { maxDepth: 32, maxStringLength: 1024 * 1024, maxItems: 10_000 };

/**
 * The first value that cannot be sent or is past the limits: a BigInt, a circular reference, nesting deeper than
 * `maxDepth`, a string or array longer than allowed. Walks with an explicit stack, so hostile nesting cannot overflow
 * the call stack before it is refused.
 */
export function checkInput(value: unknown, limits: InputLimits): ValidationIssue | undefined {
  type Frame = { value: unknown; path: string[]; depth: number; exit?: object };
  const onPath = new Set<object>();
  const stack: Frame[] = [{ value, path: [], depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.exit) {
      onPath.delete(frame.exit);
      continue;
    }
    const v = frame.value;
    const path = frame.path.join('.');
    if (typeof v === 'bigint') return { path, message: 'value cannot be sent: a BigInt', code: 'unserialisable' };
    if (typeof v === 'string') {
      if (v.length > limits.maxStringLength) return { path, message: `must have at most ${limits.maxStringLength} characters`, code: 'too_big' };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (onPath.has(v)) return { path, message: 'value cannot be sent: a circular reference', code: 'unserialisable' };
    if (frame.depth >= limits.maxDepth) return { path, message: `is nested more than ${limits.maxDepth} levels deep`, code: 'too_deep' };
    const entries = Array.isArray(v) ? v : Object.keys(v);
    if (entries.length > limits.maxItems) return { path, message: `must have at most ${limits.maxItems} items`, code: 'too_big' };
    onPath.add(v);
    stack.push({ value: undefined, path: frame.path, depth: frame.depth, exit: v });
    const record = v as Record<string, unknown>;
    const keys = Array.isArray(v) ? v.map((_x, i) => String(i)) : Object.keys(record);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i] as string;
      stack.push({ value: record[k], path: [...frame.path, k], depth: frame.depth + 1 });
    }
  }
  return undefined;
}
