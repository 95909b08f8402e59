// The runners, in table order. `ref`: not an SDK, a reference point (no bundle size shown).
// "no option set" rows construct the client with credentials and base URL only: on Node they send with core's
// default Node transport. "+ global fetch" rows pass the global `fetch` as the client's `fetch` option: the Web path.
export const RUNNERS = [
  { id: 'fetch', label: 'plain fetch (limit)', ref: true },
  { id: 'fetch-timeout', label: 'plain fetch + timeout signal, no redirect', ref: true },
  { id: 'http', label: 'node:http keep-alive (Node floor)', ref: true },
  { id: 'ky', label: 'ky 2.1 alone (a fetch wrapper, defaults)' },
  { id: 'core', label: 'odeme core + ÖderoPay row, no option set' },
  { id: 'core-fetch', label: 'odeme core + ÖderoPay row + global fetch' },
  { id: 'oderopay', label: '@odeme/oderopay payments.create, no option set' },
  { id: 'oderopay-fetch', label: '@odeme/oderopay + global fetch' },
  { id: 'paywall', label: '@odeme/paywall direct payment, no option set' },
  { id: 'paywall-fetch', label: '@odeme/paywall + global fetch' },
  { id: 'haso', label: '@odeme/haso purchase, no option set' },
  { id: 'licrus', label: '@odeme/licrus payment, no option set' },
  { id: 'bip', label: '@odeme/bip payment start, no option set' },
  { id: 'craftgate', label: '@craftgate/craftgate 1.0.65' },
  { id: 'iyzipay', label: 'iyzipay 2.0.69' },
];
