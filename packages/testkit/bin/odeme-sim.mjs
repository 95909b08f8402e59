#!/usr/bin/env node
// The `odeme-sim` command: the built CLI (src/node/cli.ts). A file of its own so that installing a checkout, before
// anything is built, can still link the command.
import('../dist/node/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('odeme-sim: @odeme/testkit is not built (run `pnpm build` in the repository)\n');
    process.exit(1);
  }
  throw error;
});
