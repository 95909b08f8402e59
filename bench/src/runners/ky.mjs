// ky 2 alone, with its defaults (retry 2 for non-POST, 10 s timeout): same body and headers.
import ky from 'ky';
import { oderopayPayment, PATHS } from '../fixtures.mjs';
import { oderopayHeaders } from '../sign.mjs';

export async function create({ baseUrl }) {
  const url = baseUrl + PATHS.oderopay;
  return async () => {
    const body = JSON.stringify(oderopayPayment);
    const json = await ky.post(url, { headers: oderopayHeaders(url, body), body }).json();
    if (json.errors) throw new Error('provider error');
    return json.data;
  };
}
