import type { Operation } from '@odeme/core';

/**
 * PayWall's `whenUnknown`: the query that resolves an unknown outcome, chosen by the key the row's reference is
 * (see the guide, "When the outcome is unknown"); said in the error's message.
 */
export function payWallWhenUnknown(op: Operation): string | undefined {
  const field = op.reference?.field.split('.').at(-1);
  if (field === 'MerchantUniqueCode') return 'look it up with payments.findByReference(reference) before sending it again';
  if (field === 'PaymentId') return 'look it up with queries.byPaymentId({ PaymentId: Number(reference) }) before sending it again';
  if (field === 'UniqueCode') return 'look it up with queries.byUniqueCode({ UniqueCode: reference }) before sending it again';
  return undefined;
}
