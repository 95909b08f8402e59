// The runners, in table order. `ref`: not an SDK, a reference point (no bundle size shown).
export const RUNNERS = [
  { id: 'fetch', label: 'plain fetch (limit)', ref: true },
  { id: 'http', label: 'node:http keep-alive (Node floor)', ref: true },
  { id: 'ky', label: 'ky 2.1 alone (a fetch wrapper, defaults)' },
  { id: 'core', label: 'odeme core Transport + ÖderoPay row' },
  { id: 'core-node', label: 'odeme core + node:http fetch' },
  { id: 'oderopay', label: '@odeme/oderopay payments.create' },
  { id: 'oderopay-node', label: '@odeme/oderopay + node:http fetch' },
  { id: 'paywall', label: '@odeme/paywall direct payment' },
  { id: 'paywall-node', label: '@odeme/paywall + node:http fetch' },
  { id: 'craftgate', label: '@craftgate/craftgate 1.0.65' },
  { id: 'iyzipay', label: 'iyzipay 2.0.69' },
];
