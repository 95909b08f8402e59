/**
 * `@odeme/haso`.
 * @packageDocumentation
 */
export {};
