// Inputs for the .NET endpoints of one area of the client (see samples.ts): every field our row can send, one input
// per alternative, keyed by the row's id.

/** Sample inputs of this area's rows, by row id. */
export const apmSamples: Record<string, Record<string, unknown>[]> = {};
