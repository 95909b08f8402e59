/**
 * `@odeme/bip`.
 * @packageDocumentation
 */
export {};
