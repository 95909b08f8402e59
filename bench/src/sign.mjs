// The ÖderoPay signature for the hand-written runners (plain fetch, ky, node:http): node:crypto, the cheapest way.
import { createHash, randomBytes } from 'node:crypto';
import { CREDENTIALS } from './fixtures.mjs';

export function oderopayHeaders(url, body) {
  const rnd = randomBytes(12).toString('base64url'); // 16 characters
  const signature = createHash('sha256')
    .update(decodeURIComponent(url) + CREDENTIALS.apiKey + CREDENTIALS.secretKey + rnd + body)
    .digest('base64');
  return {
    accept: 'application/json',
    'content-type': 'application/json; charset=utf-8',
    'x-api-key': CREDENTIALS.apiKey,
    'x-rnd-key': rnd,
    'x-auth-version': 'v1',
    'x-signature': signature,
  };
}
