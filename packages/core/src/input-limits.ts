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
  // Each frame points at its parent: the dotted path is built only for the one value that is refused.
  type Frame = { value: unknown; key: string; parent: Frame | undefined; depth: number; exit?: object };
  const pathOf = (f: Frame | undefined): string => {
    const keys: string[] = [];
    for (let at = f; at?.parent; at = at.parent) keys.push(at.key);
    return keys.reverse().join('.');
  };
  const onPath = new Set<object>();
  const stack: Frame[] = [{ value, key: '', parent: undefined, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.exit) {
      onPath.delete(frame.exit);
      continue;
    }
    const v = frame.value;
    if (typeof v === 'bigint') return { path: pathOf(frame), message: 'value cannot be sent: a BigInt', code: 'unserialisable' };
    if (typeof v === 'string') {
      if (v.length > limits.maxStringLength) return { path: pathOf(frame), message: `must have at most ${limits.maxStringLength} characters`, code: 'too_big' };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (onPath.has(v)) return { path: pathOf(frame), message: 'value cannot be sent: a circular reference', code: 'unserialisable' };
    if (frame.depth >= limits.maxDepth) return { path: pathOf(frame), message: `is nested more than ${limits.maxDepth} levels deep`, code: 'too_deep' };
    const isArray = Array.isArray(v);
    const keys = isArray ? undefined : Object.keys(v);
    const count = isArray ? v.length : (keys as string[]).length;
    if (count > limits.maxItems) return { path: pathOf(frame), message: `must have at most ${limits.maxItems} items`, code: 'too_big' };
    onPath.add(v);
    stack.push({ value: undefined, key: '', parent: undefined, depth: 0, exit: v });
    const record = v as Record<string, unknown>;
    for (let i = count - 1; i >= 0; i--) {
      const k = isArray ? String(i) : ((keys as string[])[i] as string);
      const child = isArray ? (v as unknown[])[i] : record[k];
      // Scalars other than strings and BigInts need no frame of their own.
      if (child === null || (typeof child !== 'object' && typeof child !== 'string' && typeof child !== 'bigint')) continue;
      stack.push({ value: child, key: k, parent: frame, depth: frame.depth + 1 });
    }
  }
  return undefined;
}
