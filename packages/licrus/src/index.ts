/**
 * `@odeme/licrus`.
 * @packageDocumentation
 */
export {};
