// What the simulator keeps of payment links (§4.9 #112) and hosted checkouts (#113, #114).

/** A payment link / QR. */
export interface PayWallSimPaymentLink {
  /** PayWall's id of the link. */
  id: number;
  /** The token in its URL. */
  guid: string;
  /** The page URL answered as `Link`. */
  link: string;
  /** 1 product, 2 service. */
  salesType: number;
  /** Item name. */
  itemName: string;
  /** Price of one item, in kuruş. */
  amountKurus: number;
  /** §5 `CurrencyId`. */
  currencyId: number;
  /** 1 Turkish, 2 English. */
  languageId: number;
  /** Stock is tracked. */
  stockTrack: boolean;
  /** Units left when tracked. */
  stockCount: number;
  /** Where the general callback of a payment goes, when `CallbackSupport` was true. */
  callbackAddress: string | null;
  /** Your order id. */
  merchantOrderId: string | null;
  /** Your tracking id. */
  merchantTrackId: string | null;
  /** `PaymentId`s of the payments made on it, in order. */
  paymentIds: number[];
}

/** A hosted checkout. */
export interface PayWallSimCheckout {
  /** PayWall's id of the checkout. */
  id: number;
  /** PayWall's GUID (also the token in its URL). */
  guid: string;
  /** Your `UniqueCode`. */
  uniqueCode: string;
  /** The page URL answered as `Link`. */
  link: string;
  /** Amount in kuruş. */
  amountKurus: number;
  /** §5 `CurrencyId`. */
  currencyId: number;
  /** 1 Turkish, 2 English. */
  languageId: number;
  /** Installments offered. */
  installmentSupport: boolean;
  /** Installments by the card. */
  installmentDynamic: boolean;
  /** Products shown. */
  showProduct: boolean;
  /** Where the browser returns after success. */
  successUrl: string;
  /** Where the browser returns after failure. */
  failUrl: string;
  /** CardWall storage offered. */
  cardWallSupport: boolean;
  /** When it stops taking payments, on the simulator's clock. */
  expiresAt: Date;
  /** Where the general callback goes, when `CallbackSupport` was true. */
  callbackAddress: string | null;
  /** `PaymentId`s of the attempts made on it, in order. */
  paymentIds: number[];
  /** A payment on it succeeded. */
  paid: boolean;
}
