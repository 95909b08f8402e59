// Rebuilds the golden fixture `netcore-endpoints.json` from the endpoint list of PayWall's official .NET SDK
// (paywallone/PayWall.NetCore): every endpoint with its host, path, headers and the wire fields of its request
// and answer models (name as serialised, type, nullability, nesting, source file). Facts only; the tests compare
// our client's requests and the simulator with it.
//
//   node test/conformance/paywall/extract.mjs <path to paywall-netcore-endpoints.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [, , source] = process.argv;
if (!source) {
  console.error('usage: node test/conformance/paywall/extract.mjs <paywall-netcore-endpoints.json>');
  process.exit(2);
}
const spec = JSON.parse(readFileSync(source, 'utf8'));

/** One wire field, without the SDK's documentation-only details (enum tables, model files). */
function field(f) {
  const out = { name: f.name, wire: f.wire, csType: f.csType, type: f.type };
  if (f.array) out.array = true;
  if (f.nullable) out.nullable = true;
  if (f.required) out.required = true;
  if (f.maxLength !== undefined) out.maxLength = f.maxLength;
  if (f.fields) out.fields = f.fields.map(field);
  return out;
}

const endpoints = spec.endpoints.map((e) => ({
  n: e.n,
  sdkMethod: e.sdkMethod,
  source: `${e.source.file}:${e.source.line}`,
  api: e.api,
  method: e.httpMethod,
  path: e.path,
  baseUrls: e.baseUrls,
  keyHeaders: e.headerPair,
  // The C# expression of each header's value: a value type converted with `ToString` is never empty, so always sent.
  headerParams: e.headerParams.map((h) => ({ name: h.name, value: h.value })),
  request: e.request ? { model: e.request.model, naming: e.request.wireNaming, fields: e.request.fields.map(field) } : null,
  response: e.response
    ? { model: e.response.model, envelope: e.response.envelope, array: Boolean(e.response.bodyIsArray), fields: e.response.fields.map(field) }
    : null,
}));

const fixture = {
  source: spec.source,
  conventions: {
    postPutBody: spec.conventions.postPutBody,
    deleteBody: spec.conventions.deleteBody,
    getParameters: spec.conventions.getParameters,
    answers: spec.conventions.answers,
  },
  count: endpoints.length,
  endpoints,
};
const target = fileURLToPath(new URL('./netcore-endpoints.json', import.meta.url));
// One endpoint per line: a change to an endpoint is a change to its line.
const { endpoints: list, ...head } = fixture;
const text = `${JSON.stringify(head).slice(0, -1)},"endpoints":[\n${list.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
writeFileSync(target, text);
console.log(`${endpoints.length} endpoints written to ${target}`);
