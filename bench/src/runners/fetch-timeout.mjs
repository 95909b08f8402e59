// Plain fetch with what every client call needs on the Web path and plain fetch leaves out: a per-request timeout
// that ends the request (an AbortController, its signal handed to fetch, a timer) and no redirect followed. The
// distance from `fetch` to this row is the price of those two alone, paid by any SDK that keeps them.
import { oderopayPayment, PATHS } from '../fixtures.mjs';
import { oderopayHeaders } from '../sign.mjs';

export async function create({ baseUrl }) {
  const url = baseUrl + PATHS.oderopay;
  return async () => {
    const body = JSON.stringify(oderopayPayment);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
      const res = await fetch(url, { method: 'POST', headers: oderopayHeaders(url, body), body, redirect: 'manual', signal: controller.signal });
      const json = await res.json();
      if (!res.ok || json.errors) throw new Error(`HTTP ${res.status}`);
      return json.data;
    } finally {
      clearTimeout(timer);
    }
  };
}
