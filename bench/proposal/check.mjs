// Checks bench/proposal/sha256.ts against node:crypto (random lengths 0–5000, UTF-8 text) and prices it.
import { createHash, randomBytes } from 'node:crypto';
import { build } from 'esbuild';
import { sha256Base64 } from '@odeme/core';

const out = await build({ entryPoints: [new URL('./sha256.ts', import.meta.url).pathname], bundle: true, format: 'esm', write: false, logLevel: 'error' });
const { sha256Sync } = await import(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);
for (let n = 0; n < 5000; n += 1 + Math.floor(Math.random() * 37)) {
  const m = randomBytes(n);
  if (Buffer.from(sha256Sync(m)).toString('hex') !== createHash('sha256').update(m).digest('hex')) throw new Error(`mismatch at ${n}`);
}
const text = `http://127.0.0.1:1/payment/v1/card-payments${'k'.repeat(60)}${JSON.stringify({ a: 'Çay bardağı'.repeat(30) })}`;
if (Buffer.from(sha256Sync(new TextEncoder().encode(text))).toString('base64') !== (await sha256Base64(text))) throw new Error('text mismatch');
const enc = new TextEncoder();
const price = async (name, fn, n = 20000) => {
  for (let i = 0; i < 2000; i++) await fn();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const c = process.cpuUsage(c0);
  console.log(`${((c.user + c.system) / n).toFixed(2).padStart(7)} µs CPU  ${name} (${enc.encode(text).length} bytes)`);
};
console.log(`sha256Sync agrees with node:crypto; Node ${process.version}`);
await price('JS sha256Sync + base64', () => Buffer.from(sha256Sync(enc.encode(text))).toString('base64'));
await price('Web Crypto sha256Base64 (core today)', () => sha256Base64(text));
await price('node:crypto createHash', () => createHash('sha256').update(text).digest('base64'));
