/**
 * `@odeme/oderopay`.
 * @packageDocumentation
 */
export {};
