// The floor for Node: node:http with a keep-alive agent, same body and headers.
import { Agent, request } from 'node:http';
import { oderopayPayment, PATHS } from '../fixtures.mjs';
import { oderopayHeaders } from '../sign.mjs';

export async function create({ baseUrl }) {
  const url = baseUrl + PATHS.oderopay;
  const { hostname, port, pathname } = new URL(url);
  const agent = new Agent({ keepAlive: true });
  return () =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify(oderopayPayment);
      const headers = oderopayHeaders(url, body);
      headers['content-length'] = Buffer.byteLength(body);
      const req = request({ hostname, port, path: pathname, method: 'POST', headers, agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          try {
            const json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            if (res.statusCode !== 200 || json.errors) reject(new Error(`HTTP ${res.statusCode}`));
            else resolve(json.data);
          } catch (e) {
            reject(e);
          }
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
}
