import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { marketplaceId } from './marketplace.js';
import { openBody } from './open-body.js';

// Marketplace debts (§4.5, #70–#74): what a member owes the platform (after a refund of an earning already paid,
// for instance). PayWall has published neither the fields of the debt reports nor the amount field of the debt
// changes: the reports keep every field as sent, and the changes type `Id` and send the rest as written, checked.

const debtId = /* @__PURE__ */ lazySchema(() => ({
  /** PayWall's id of the debt. */
  Id: marketplaceId('Id'),
}));

/** #70 `GET marketplace/report/debt/product`: header `productid`. */
export const debtsByProductRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the product, sent as the `productid` header. */
    ProductId: marketplaceId('ProductId'),
  }),
);

/** #71 `GET marketplace/report/debt/payment`: header `paymentid`. */
export const debtsByPaymentRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's id of the payment, sent as the `paymentid` header. */
    PaymentId: marketplaceId('PaymentId'),
  }),
);

/**
 * #72, #73 `PUT marketplace/debt/increase|decrease/id`: changes a debt. The amount's field name is not published:
 * give it as PayWall names it (a field named like an amount, `…Amount` or `…Debt`, is checked exact to the kuruş
 * and sent as a JSON number); `Id` is typed.
 */
export const changeDebtRequest = /* @__PURE__ */ lazySchema(() => openBody({ ...debtId }));

/** #74 `DELETE marketplace/debt/delete/id` (JSON body): deletes a debt. */
export const deleteDebtRequest = /* @__PURE__ */ lazySchema(() => z.strictObject({ ...debtId }));

/** One debt as PayWall sends it: its fields are not published, so every field is kept. */
export const marketplaceDebt = /* @__PURE__ */ lazySchema(() => z.record(z.string(), z.unknown()));

/**
 * Body of #70 and #71: a list of debts, every field kept as sent (`null` or absent reads as `[]`). An answer that is
 * not a list is not read as one: it fails as a response not in the documented shape.
 */
export const debtListResponse = /* @__PURE__ */ lazySchema(() =>
  z.pipe(
    z.pipe(
      z.unknown(),
      z.transform((v: unknown): unknown => v ?? []),
    ),
    z.array(marketplaceDebt),
  ),
);
