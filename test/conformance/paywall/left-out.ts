// The .NET SDK endpoints this package does not implement yet, by the fixture's `n`, each with the reason. The
// conformance tests hold the table to it: every other .NET endpoint must be a row, and none of these may be one.

export const NET_LEFT_OUT: Readonly<Record<number, string>> = {};
