// The escape hatch for unpublished bodies: the free part is sent as written, but amounts are still exact to the
// kuruş (checked against decimal arithmetic done by hand here) and card numbers and secrets are refused.
import { redactText, tlAmount } from '@odeme/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { openBody } from '../src/schemas/open-body.js';

const body = openBody({ PaymentId: z.int() });
const issues = (input: unknown) => {
  const r = z.safeParse(body, input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('openBody', () => {
  it('keeps the known fields typed and sends the free ones as written, amounts as JSON numbers', () => {
    const out = z.parse(body, { PaymentId: 7, Reason: 'iade', Items: [{ ProductId: 'p1', RefundAmount: '10.10' }], Note: null });
    expect(out).toEqual({ PaymentId: 7, Reason: 'iade', Items: [{ ProductId: 'p1', RefundAmount: 10.1 }], Note: null });
    expect(JSON.stringify(out)).toBe('{"PaymentId":7,"Reason":"iade","Items":[{"ProductId":"p1","RefundAmount":10.1}],"Note":null}');
  });

  it('refuses a known field of the wrong type', () => {
    expect(issues({ PaymentId: 'x' })).toHaveLength(1);
  });

  it('refuses an amount that is not exact to the kuruş, negative, or not a number', () => {
    expect(issues({ PaymentId: 1, Amount: 10.005 })).toEqual([expect.stringMatching(/^Amount: .*kuruş/)]);
    expect(issues({ PaymentId: 1, Debt: '-1.00' })).toEqual(['Debt: an amount must not be negative']);
    expect(issues({ PaymentId: 1, Lines: [{ SubMerchantEarning: true }] })).toEqual(['Lines.0.SubMerchantEarning: an amount is a number or decimal text']);
    // The same rule as every typed amount of the package (core's tlAmount): 0.1 + 0.2 is refused, not rounded.
    const typed = z.safeParse(tlAmount(), 0.1 + 0.2).success;
    expect(issues({ PaymentId: 1, TotalAmount: 0.1 + 0.2 }).length === 0).toBe(typed);
  });

  it('refuses card numbers, by name or by value, and secret-named fields, at any depth', () => {
    expect(issues({ PaymentId: 1, Number: '4111' })).toEqual([expect.stringMatching(/^Number: .*card or secret/)]);
    expect(issues({ PaymentId: 1, Extra: { Note: '5528 7900 0000 0008' } })).toEqual([expect.stringMatching(/^Extra.Note: .*card number/)]);
    expect(issues({ PaymentId: 1, Cvv: '123' })).toHaveLength(1);
    expect(issues({ PaymentId: 1, Reference: '123456789012' })).toEqual([]); // 12 digits, not Luhn-valid
  });

  it('refuses nesting past eight levels', () => {
    let deep: Record<string, unknown> = { x: 1 };
    for (let i = 0; i < 9; i++) deep = { d: deep };
    expect(issues({ PaymentId: 1, deep })).toEqual([expect.stringMatching(/nested more than 8/)]);
  });

  it('leaves nothing of a refused card in the redacted message', () => {
    const text = JSON.stringify({ Note: '5528790000000008' });
    expect(redactText(text)).not.toContain('5528790000000008');
  });
});
