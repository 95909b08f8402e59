// The limit: global fetch with the same body and headers, ÖderoPay signature computed per call.
import { oderopayPayment, PATHS } from '../fixtures.mjs';
import { oderopayHeaders } from '../sign.mjs';

export async function create({ baseUrl }) {
  const url = baseUrl + PATHS.oderopay;
  return async () => {
    const body = JSON.stringify(oderopayPayment);
    const res = await fetch(url, { method: 'POST', headers: oderopayHeaders(url, body), body });
    const json = await res.json();
    if (!res.ok || json.errors) throw new Error(`HTTP ${res.status}`);
    return json.data;
  };
}
