/**
 * Canary secrets: distinctive values that must never be printed in full. Card numbers pass Luhn so the masking
 * rule applies; the masked form (`435508******4358`) is allowed.
 */
export const CANARY = {
  card: '4355084355084358',
  declinedCard: '4000000000000002',
  cvv: '847',
  hasoKey: 'mk_CANARY_haso_5f1e9a7c',
  hasoSalt: 'ms_CANARY_haso_0b3d77',
  hasoPin: '719353',
  licrusPassword: 'pw_CANARY_Licrus_77',
  licrusTicket: 'tk0CANARY0licrus0static0ticket01',
  bipPassword: 'bp_CANARY_Bip_31x',
  bipListenerPassword: 'lp_CANARY_Listener_9',
  commitToken: 'ct_CANARY_commit_4242',
};

/**
 * A short all-digit canary (a CVV) counts only as a token of its own: inside a random hex id (`cdf847ab…`, a payment
 * request code) the same three digits are chance, not a leak.
 */
const standalone = (value: string) => new RegExp(`(?<![0-9A-Za-z])${value}(?![0-9A-Za-z])`);

/** Finds any canary (or a card canary's digits with separators) in a text; the CVV only as a token of its own. */
export function findCanaries(text: string, extra: string[] = []): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(CANARY)) {
    if (name === 'cvv') {
      if (standalone(value).test(text)) found.push(name);
    } else if (text.includes(value)) found.push(name);
  }
  for (const value of extra) if (/^\d{1,6}$/.test(value) ? standalone(value).test(text) : text.includes(value)) found.push(value);
  return found;
}
