// Loopback HTTP server, run in its own process (child of run.mjs, IPC channel). Answers canned responses for
// the ÖderoPay/Craftgate card payment, the PayWall direct payment, the iyzipay payment, HASO's purchase, Licrus'
// login and payment and BiP's payment start, keeps connections alive, and checks every ÖderoPay-scheme signature so
// a runner that signs wrongly is caught.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import {
  bipResponse,
  CREDENTIALS,
  hasoResponse,
  iyzipayResponse,
  licrusLoginResponse,
  licrusPaymentResponse,
  oderopayResponse,
  PATHS,
  paywallResponse,
} from './fixtures.mjs';

const bodies = {
  [PATHS.oderopay]: Buffer.from(JSON.stringify(oderopayResponse)),
  [PATHS.paywall]: Buffer.from(JSON.stringify(paywallResponse)),
  [PATHS.iyzipay]: Buffer.from(JSON.stringify(iyzipayResponse)),
  [PATHS.licrusLogin]: Buffer.from(JSON.stringify(licrusLoginResponse)),
  [PATHS.licrus]: Buffer.from(JSON.stringify(licrusPaymentResponse)),
};
// Answers that echo a field of the request (the clients check that the answer is about their request).
const echoes = {
  [PATHS.haso]: (req) => ({ ...hasoResponse, Data: { ...hasoResponse.Data, merchantOid: req.merchantOid } }),
  [PATHS.bip]: (req) => ({ ...bipResponse, transactionId: req.transactionId }),
};

let base = '';
const stats = new Map(); // key: route|agent → { count, badSignature, bodyBytes, headers }
let seq = 0;

function record(key, bad, bodyBytes, headers) {
  let s = stats.get(key);
  if (!s) {
    s = { count: 0, badSignature: 0, bodyBytes: 0, headers: [] };
    stats.set(key, s);
  }
  s.count++;
  if (bad) s.badSignature++;
  s.bodyBytes = bodyBytes;
  s.headers = Object.keys(headers).sort();
}

const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const raw = Buffer.concat(chunks);
    const path = req.url.split('?')[0];
    let body = bodies[path];
    if (!body && echoes[path]) {
      try {
        body = Buffer.from(JSON.stringify(echoes[path](JSON.parse(raw.toString('utf8')))));
      } catch {}
    }
    if (req.method !== 'POST' || !body) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":{"errorCode":"404","errorDescription":"not found"}}');
      return;
    }
    let bad = false;
    if (path === PATHS.oderopay) {
      const h = req.headers;
      const expected = createHash('sha256')
        .update(decodeURIComponent(base + req.url) + CREDENTIALS.apiKey + CREDENTIALS.secretKey + (h['x-rnd-key'] ?? '') + raw.toString('utf8'))
        .digest('base64');
      bad = h['x-signature'] !== expected || h['x-api-key'] !== CREDENTIALS.apiKey;
    } else if (path === PATHS.paywall) {
      bad = !req.headers.apikeypublic || !req.headers.apiclientpublic;
    } else if (path === PATHS.bip) {
      bad = !/^Basic /.test(req.headers.authorization ?? '');
    }
    record(`${path} ${req.headers['x-client-version'] ?? req.headers['user-agent'] ?? '?'}`, bad, raw.length, req.headers);
    if (bad) {
      res.writeHead(401, { 'content-type': 'application/json; charset=utf-8' });
      res.end('{"errors":{"errorCode":"1","errorDescription":"bad signature"}}');
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': body.length,
      'x-request-id': `req-${++seq}`,
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  base = `http://127.0.0.1:${port}`;
  process.send?.({ type: 'listening', port, url: base });
});

process.on('message', (m) => {
  if (m?.cmd === 'stats') process.send({ type: 'stats', stats: Object.fromEntries(stats) });
  else if (m?.cmd === 'reset') {
    stats.clear();
    process.send({ type: 'reset' });
  } else if (m?.cmd === 'stop') server.close(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
