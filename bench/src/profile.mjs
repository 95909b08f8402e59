// Hot-path profile of core's Transport for the ÖderoPay card payment: the cost of each stage on its own,
// in one process, as CPU µs per operation (median of several batches). `node src/profile.mjs`.
// Then the whole call against the loopback server: plain fetch and core's Transport with the global fetch (the Web
// path), node:http alone (the floor), core's Node transport alone (as a fetch, and in the direct form the Transport
// uses), and core's Transport with no option set (the Node default).
import { createHash } from 'node:crypto';
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes, sha256Base64 } from '@odeme/core';
import { createNodeFetch } from '@odeme/core/node';
import { CREDENTIALS, oderopayPayment, oderopayResponse, PATHS } from './fixtures.mjs';
import { createOderoPayTransport, createPayment } from './oderopay-row.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// The direct form core's Transport uses with its own Node transport (see packages/core/src/direct.ts).
const DIRECT = Symbol.for('odeme.core.direct-send');

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const BATCHES = Number(process.env.BATCHES ?? 7);

async function cost(fn, n = 2000) {
  for (let i = 0; i < Math.min(n, 500); i++) await fn(); // warm
  const per = [];
  for (let b = 0; b < BATCHES; b++) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) await fn();
    const c = process.cpuUsage(c0);
    per.push((c.user + c.system) / n);
  }
  return median(per);
}

const url = `http://127.0.0.1:1${PATHS.oderopay}`;
const body = JSON.stringify(oderopayPayment);
const responseText = JSON.stringify(oderopayResponse);
const responseBytes = new TextEncoder().encode(responseText);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const signed = () => `${decodeURIComponent(url)}${CREDENTIALS.apiKey}${CREDENTIALS.secretKey}abcdefghijklmnop${body}`;
const headersObj = { accept: 'application/json', 'content-type': 'application/json; charset=utf-8' };

const stages = {
  'request schema parse (zod safeParse)': () => createPayment.request.safeParse(oderopayPayment),
  'JSON.stringify body': () => JSON.stringify(oderopayPayment),
  'random key (core randomBytes, 16 chars)': () => {
    let out = '';
    for (const b of randomBytes(32)) if (b < 248 && out.length < 16) out += ALPHABET.charAt(b % 62);
    return out;
  },
  'signature: core sha256Base64 (JS SHA-256, settled at once)': () => sha256Base64(signed()),
  'signature: Web Crypto subtle.digest (async, as before)': async () =>
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(signed()))),
  'signature: node:crypto createHash (sync)': () => createHash('sha256').update(signed()).digest('base64'),
  'headers: new Headers + 4 set()': () => {
    const h = new Headers(headersObj);
    h.set('x-api-key', 'a');
    h.set('x-rnd-key', 'b');
    h.set('x-auth-version', 'v1');
    h.set('x-signature', 'c');
    return h;
  },
  'headers: plain object + 4 keys': () => ({ ...headersObj, 'x-api-key': 'a', 'x-rnd-key': 'b', 'x-auth-version': 'v1', 'x-signature': 'c' }),
  'response read: getReader + TextDecoder (readLimited)': async () => {
    const res = new Response(responseBytes);
    const reader = res.body.getReader();
    const d = new TextDecoder();
    let t = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      t += d.decode(value, { stream: true });
    }
    return t + d.decode();
  },
  'response read: res.text()': () => new Response(responseBytes).text(),
  'JSON.parse response': () => JSON.parse(responseText),
  'response schema parse (zod safeParse)': () => createPayment.response.safeParse(oderopayResponse.data),
};

const out = [];
for (const [name, fn] of Object.entries(stages)) out.push([name, await cost(fn)]);

// Whole calls against the loopback server (one process, so only ratios between lines matter).
const server = fork(join(here, 'server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const baseUrl = await new Promise((r) => server.once('message', (m) => r(m.url)));
const fullUrl = baseUrl + PATHS.oderopay;
const signHeaders = () => {
  const rnd = 'abcdefghijklmnop';
  return {
    ...headersObj,
    'x-api-key': CREDENTIALS.apiKey,
    'x-rnd-key': rnd,
    'x-auth-version': 'v1',
    'x-signature': createHash('sha256')
      .update(decodeURIComponent(fullUrl) + CREDENTIALS.apiKey + CREDENTIALS.secretKey + rnd + body)
      .digest('base64'),
  };
};
const nodeFetch = createNodeFetch();
const http = (await import('./runners/http.mjs')).create({ baseUrl });
const core = createOderoPayTransport({ baseUrl, ...CREDENTIALS });
const coreFetch = createOderoPayTransport({ baseUrl, ...CREDENTIALS }, { fetch: globalThis.fetch });
const calls = {
  'fetch(url, init) + res.json()': async () => (await fetch(fullUrl, { method: 'POST', headers: signHeaders(), body })).json(),
  'core Transport + global fetch (Web path)': () => coreFetch.call(createPayment, oderopayPayment),
  'node:http request + JSON.parse (floor)': await http,
  'core node:http fetch(url, init) + res.json()': async () => (await nodeFetch(fullUrl, { method: 'POST', headers: signHeaders(), body })).json(),
  'core node:http direct send + JSON.parse': async () =>
    JSON.parse((await nodeFetch[DIRECT](fullUrl, 'POST', new Headers(signHeaders()), body, 8 << 20, {})).text),
  'core Transport, no option set (Node default)': () => core.call(createPayment, oderopayPayment),
};
// Variants interleaved batch by batch (A B C … A B C …) so drift on a loaded machine hits them alike.
const per = Object.fromEntries(Object.keys(calls).map((k) => [k, []]));
for (const fn of Object.values(calls)) for (let i = 0; i < 200; i++) await fn();
for (let b = 0; b < BATCHES; b++)
  for (const [name, fn] of Object.entries(calls)) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < 200; i++) await fn();
    const c = process.cpuUsage(c0);
    per[name].push((c.user + c.system) / 200);
  }
for (const [name, xs] of Object.entries(per)) out.push([`call: ${name}`, median(xs)]);
server.send({ cmd: 'stop' });

console.log(`hot path, CPU µs per operation (median of ${BATCHES} batches), Node ${process.version}`);
for (const [name, us] of out) console.log(`${us.toFixed(1).padStart(9)}  ${name}`);
