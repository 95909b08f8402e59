// bench/ has no zod of its own: take the very copy @odeme/core imports (zod/mini, as the packages use; no install).
// size.mjs redirects this file to that copy when bundling.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const coreRequire = createRequire(createRequire(import.meta.url).resolve('@odeme/core/package.json'));
export const zodDir = dirname(coreRequire.resolve('zod/package.json'));
export const { z } = await import(pathToFileURL(join(zodDir, 'mini', 'index.js')).href);
