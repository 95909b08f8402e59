// The simulator answers every operation of the client: each row's conformance sample, sent through the client to a
// fresh simulator, reaches a route of its own (never the frame's "no route" 404). Whether the answer is a success or
// PayWall's refusal (an unknown id, a state the sample does not set up) is each area's tests' business; here a new
// row without a simulated endpoint fails.
import { PayWall } from '@odeme/paywall';
import { PayWallSimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { ourRows as rows } from './netcore.js';
import { sampleOf } from './sample-of.js';

const keys = { apiKeyPublic: 'pk-cov', apiClientPublic: 'pc-cov', apiKeyPrivate: 'sk-cov', apiClientPrivate: 'sc-cov' };

describe('PayWall simulator: a route for every operation', () => {
  it('has a sample for every row', () => {
    expect(rows.filter((r) => !sampleOf(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('sees a missing route: a path no row has is the frame’s 404', async () => {
    const sim = new PayWallSimulator(keys);
    const headers = { 'content-type': 'application/json', apikeypublic: keys.apiKeyPublic, apiclientpublic: keys.apiClientPublic };
    await sim.fetch('https://paywall.test/api/paywall/payment/bulk/no-such-row', { method: 'POST', headers, body: '{}' });
    expect(sim.requests.at(-1)?.status).toBe(404);
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s', async (id, row) => {
    const sim = new PayWallSimulator(keys);
    // Callbacks a row makes the simulator post go nowhere.
    sim.bulk.configure({ deliver: async () => new Response('OK') });
    const pw = new PayWall({ ...keys, baseUrl: 'https://paywall.test', fetch: sim.fetch, logLevel: 'off', maxRetries: 0 });
    const before = sim.requests.length;
    await pw.call(row, sampleOf(id) as never).catch(() => undefined);
    const seen = sim.requests.slice(before);
    expect(seen.length, `${id} reached the simulator`).toBeGreaterThan(0);
    for (const r of seen) expect(r.status, `${id}: ${r.method} ${r.path}`).not.toBe(404);
  });
});
