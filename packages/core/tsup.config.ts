import { readFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { nodeBundleConfig, packageConfig } from '../../tsup.shared';

const entry = { index: 'src/index.ts', node: 'src/node.ts', app: 'src/app.ts', tr: 'src/tr.ts' };
const [esm, cjs] = packageConfig(entry);
const nodeBundle = nodeBundleConfig(entry);

// `#default-fetch` (package.json "imports") picks the transport a client uses when it is given no `fetch`: Node's
// `node:http` one under the `node` condition, the global `fetch` elsewhere. The bundled CJS entries leave it to be
// resolved where they run, and each of its two targets gets a CJS file of its own; the Node one requires
// `node.cjs` on its first call, not with the package. `#schema-compiler` is resolved the same way: zod's compiler
// where code can be generated (Node, Bun, Deno), nothing elsewhere.
export default defineConfig([
  esm as NonNullable<typeof esm>,
  {
    ...nodeBundle,
    esbuildPlugins: [
      {
        // Only Node loads this build (`exports` condition `node`; Bun and Deno match their own first): its default
        // transport is the Node one, taken from the same files, so that `node.js` (loaded on the first call) shares
        // the bundle's chunk and its errors are the classes the client throws.
        name: 'node-default-fetch',
        setup(build) {
          build.onResolve({ filter: /^#default-fetch$/ }, () => ({ path: new URL('./src/default-fetch.node.ts', import.meta.url).pathname }));
          // Node generates code: busy rows get zod's compiled parser (`hot-schemas.ts`).
          build.onResolve({ filter: /^#schema-compiler$/ }, () => ({ path: new URL('./src/schema-compiler.codegen.ts', import.meta.url).pathname }));
        },
      },
    ],
  },
  { ...cjs, external: ['#default-fetch', '#schema-compiler'] },
  {
    ...cjs,
    entry: {
      'default-fetch': 'src/default-fetch.ts',
      'default-fetch.node': 'src/default-fetch.node.ts',
      'schema-compiler': 'src/schema-compiler.ts',
      'schema-compiler.codegen': 'src/schema-compiler.codegen.ts',
    },
    dts: false,
    esbuildPlugins: [
      {
        // `import('./node.js')` becomes a `require` of the CJS file, made when first called: a dynamic `import()` would
        // fail in CommonJS test runners without ES module support.
        name: 'node-transport-required-lazily',
        setup(build) {
          build.onResolve({ filter: /^\.\/node\.cjs$/ }, (args) => ({ path: args.path, external: true }));
          build.onLoad({ filter: /default-fetch\.node\.ts$/ }, async (args) => {
            const source = await readFile(args.path, 'utf8');
            if (!source.includes("import('./node.js')")) throw new Error(`${args.path}: import('./node.js') not found`);
            return { contents: source.replace("import('./node.js')", "Promise.resolve().then(() => require('./node.cjs'))"), loader: 'ts' };
          });
        },
      },
    ],
  },
]);
