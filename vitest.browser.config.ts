import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// The browser suite (`pnpm test:browser`): real Chromium driven through the shop and the simulators' bank pages.
// Apart from `pnpm test` because it needs Debian's Chromium; CI runs it as its own step after installing it.
// Built from the main config's aliases, not merged with it (a merge would add the main suite's files).
export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ['test/browser/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time on two cores; the JSON report stays the main suite's.
    fileParallelism: false,
    reporters: ['default'],
  },
});
