/** What the HASO runtime reads from an operation row (`Operation.meta`). */
export interface HasoOperationMeta {
  /** Key of the row in `HASO_METHODS`, the name `tokenOrders` and `paths` overrides use; absent for ad-hoc `call()` operations. */
  readonly method?: string;
  /** Section number in HASO's docs (`D` for the newer docs.haso.com.tr edition). */
  readonly section?: string;
  /** Documentation edition(s) the row comes from: R (REST V.41), S (store V.39), D (newer). */
  readonly edition?: string;
  /** Wire field names joined into `requestToken` in this order, the merchant salt appended; `null` = no token. */
  readonly tokenOrder?: readonly string[] | null;
  /** Whether `tokenOrder` is printed in HASO's docs or is this SDK's default awaiting confirmation. */
  readonly source?: 'documented' | 'inferred';
  /** Wire name of the merchant id (`MerchantId` in the [D] edition); `merchantId` when absent. */
  readonly merchantIdField?: string;
  /** The docs give `Data.Message` = `RS100` as this method's success: `Success: true` without a result code is not trusted. */
  readonly requiresSuccessCode?: boolean;
}

/**
 * The meta every documented HASO row carries: its facts from HASO's docs, kept on the row itself so that a row can
 * be imported alone. The type parameters keep the literal values (`HASO_METHODS` is read from them).
 */
export interface HasoRowMeta<
  Method extends string = string,
  Order extends readonly string[] | null = readonly string[] | null,
  Source extends 'documented' | 'inferred' = 'documented' | 'inferred',
  Section extends string = string,
  Edition extends string = string,
> extends HasoOperationMeta {
  /** Key of the row in `HASO_METHODS`, the name `tokenOrders` and `paths` overrides use (e.g. `createTransaction`). */
  readonly method: Method;
  /** Section number in HASO's docs (`D` for the newer docs.haso.com.tr edition). */
  readonly section: Section;
  /** Documentation edition(s) the row comes from: R (REST V.41), S (store V.39), D (newer). */
  readonly edition: Edition;
  /** Wire field names joined into `requestToken` in this order, the merchant salt appended; `null` = no token. */
  readonly tokenOrder: Order;
  /** Whether `tokenOrder` is printed in HASO's docs or is this SDK's default awaiting confirmation. */
  readonly source: Source;
}

/** Types a row's facts as a {@link HasoRowMeta}, keeping their literal values. */
/* @__NO_SIDE_EFFECTS__ */
export function rowMeta<
  const Method extends string,
  const Order extends readonly string[] | null,
  const Source extends 'documented' | 'inferred',
  const Section extends string,
  const Edition extends string,
>(meta: {
  method: Method;
  section: Section;
  edition: Edition;
  tokenOrder: Order;
  source: Source;
  merchantIdField?: string;
  requiresSuccessCode?: boolean;
}): HasoRowMeta<Method, Order, Source, Section, Edition> {
  return meta;
}
