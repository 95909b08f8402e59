/**
 * `@odeme/paywall`.
 * @packageDocumentation
 */
export {};
