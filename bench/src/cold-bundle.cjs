// Cold start of a bundled client: `node cold-bundle.cjs <bundle.cjs>` requires the single-file node bundle
// size.mjs wrote (.cache/bundles) and constructs the client, as a serverless function bundled with esbuild
// would; `node cold-bundle.cjs none` is the empty process.
const file = process.argv[2];
if (file !== 'none') require(file).construct('http://127.0.0.1:9');
const c = process.cpuUsage();
process.stdout.write(JSON.stringify({ cpuMs: (c.user + c.system) / 1000, upMs: performance.now() }));
