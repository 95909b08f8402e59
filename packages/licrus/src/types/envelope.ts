import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { envelope, licrusMessage } from '../schemas/common.js';

/** One `MessageList` entry: Licrus's `Type` and `Message`, with the SDK's `kind` and `code`. */
export interface LicrusMessage extends Answer<z.output<typeof licrusMessage>> {}

/**
 * A Licrus answer: the schema's fields, closed to the compiler, with `MessageList` as named messages. `K` are the
 * fields the answer redeclares with a named type of its own.
 */
export type EnvelopeOf<S extends z.core.$ZodType, K extends PropertyKey = never> = Omit<Answer<z.output<S>>, 'MessageList' | K> & {
  /** The envelope's messages, each with `kind` and any `code` added; empty when Licrus sends none. */
  MessageList: LicrusMessage[];
};

/** The bare envelope (`HasError`, `HasMessage`, `MessageList`, `Count`…), the answer of methods that return nothing else. */
export interface LicrusEnvelope extends EnvelopeOf<typeof envelope> {}
