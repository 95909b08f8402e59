import { ConfigurationError, DECLINE_REASONS, type DeclineReason, isDeclineReason } from '@odeme/core';

/**
 * Payment decline codes Licrus documents, mapped to `DeclineReason`: none. The Online Ödeme page (spec §5) shows only
 * `HasError` on a `PaymentResponse`; the envelope has no code field and codes, where a tenant sends any, sit inside
 * `MessageList[].Message` (spec §4: `INT-PRD1001` is the one published, and it is a product refusal); no catalogue
 * exists (spec §7.7); and nothing says whether a tenant passes its bank's ISO 8583 codes through, or in what form. So
 * the SDK maps no code by itself: a tenant's codes go into the client's `declineCodes` option, and an unmapped code is
 * `other`. An entry added here must name its source.
 */
export const LICRUS_DECLINE_CODES: Readonly<Record<string, DeclineReason>> = Object.freeze({});

/**
 * Why Licrus declined a payment: the reason of the first code (in the order found in the messages) that the tenant's
 * table or `LICRUS_DECLINE_CODES` maps, else `other`.
 *
 * @example
 * licrusDeclineReason(['POS-0051'], { 'POS-0051': 'insufficient_funds' }); // 'insufficient_funds'
 * licrusDeclineReason(['INT-PAY1001']); // 'other'
 */
export function licrusDeclineReason(codes: readonly string[], tenant: Readonly<Record<string, DeclineReason>> = {}): DeclineReason {
  for (const code of codes) {
    if (Object.hasOwn(tenant, code)) return tenant[code] as DeclineReason;
    if (Object.hasOwn(LICRUS_DECLINE_CODES, code)) return LICRUS_DECLINE_CODES[code] as DeclineReason;
  }
  return 'other';
}

/** The `declineCodes` option checked: a plain map of codes to `DeclineReason` values (a typo would hide a reason). */
export function checkDeclineCodes(value: unknown): Readonly<Record<string, DeclineReason>> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ConfigurationError('licrus: declineCodes must map decline codes to decline reasons', { provider: 'licrus' });
  for (const [code, reason] of Object.entries(value))
    if (!isDeclineReason(reason))
      throw new ConfigurationError(`licrus: declineCodes["${code}"] must be one of ${DECLINE_REASONS.join(', ')}`, { provider: 'licrus' });
  return Object.freeze({ ...(value as Record<string, DeclineReason>) });
}
