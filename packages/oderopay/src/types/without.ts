/**
 * `T` without the fields `K`, its other fields and its index signature kept. `Omit` would fold the named fields of a
 * type with an index signature (a request that passes other fields through) into that signature.
 */
export type Without<T, K extends PropertyKey> = { [P in keyof T as P extends K ? never : P]: T[P] };
