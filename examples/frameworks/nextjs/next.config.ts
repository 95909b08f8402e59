import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

// The app imports the shared checkout code from ../shared, outside its own folder: the monorepo root is its root.
const root = fileURLToPath(new URL('../../../', import.meta.url));

const config: NextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
  // The SDK is ESM with its own dependency on zod; Next bundles it for the server like any package.
  poweredByHeader: false,
};

export default config;
