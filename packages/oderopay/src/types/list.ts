import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';

/**
 * A list answer (`listOf(row)`) whose rows carry their own name: `items`, and `page`, `size`, `totalSize` on paged
 * endpoints, as the schema declares them.
 */
export type ListOf<Schema extends z.ZodMiniType, Row> = Omit<Answer<z.output<Schema>>, 'items'> & {
  /** The rows of this page. */
  items: Row[];
};
