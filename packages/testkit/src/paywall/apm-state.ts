// State of the simulated APM (alternative payment methods, §4.10): the providers a merchant is connected to and the
// payments made through them.

/** One APM provider connection the simulator offers on `apm/list`. */
export interface PayWallSimApmProvider {
  /** PayWall's id of the provider (`ApmId` of `apm/pay/byid`). */
  providerId: number;
  /** Key of the provider (`ApmKey`). */
  providerKey: string;
  /** Display name. */
  providerName: string;
  /** Category name. */
  categoryName: string;
  /** Id of the merchant's connection (`ApmConnectionId`). */
  connectionId: number;
  /** Currency ids the connection takes. */
  currencyIds: number[];
  /** The merchant's external id of the connection, if any. */
  externalId: string | null;
  /** `apm/pay` waits for an OTP confirm (otherwise it settles at once). */
  otpBased: boolean;
  /** Takes `apm/pay/qr/generate`. */
  qrBased: boolean;
  /** Takes `apm/pay/byid` and `apm/pay/bykey` (a page at `RedirectUrl`). */
  checkoutBased: boolean;
  /** `apm/pay` settles without an OTP. */
  directPayBased: boolean;
  /** Direct payments end as pre-authorisations (status 3) that `apm/provision/close` captures. */
  preAuth: boolean;
}

/** How an APM payment was started. */
export type PayWallSimApmKind = 'pay' | 'qr' | 'redirect';

/** One refund or capture on an APM payment. */
export interface PayWallSimApmActivity {
  /** `refund`, `partialRefund`, `capture` or `cancel`. */
  type: 'refund' | 'partialRefund' | 'capture' | 'cancel';
  /** Amount in kuruş. */
  amountKurus: number;
  /** When it happened, on the simulator's clock. */
  at: Date;
}

/** One APM payment. */
export interface PayWallSimApmPayment {
  /** PayWall's id of the transaction. */
  transactionId: number;
  /** PayWall's unique code (what OTP confirm, refunds and provisions take). */
  uniqueCode: string;
  /** The merchant's `MerchantUniqueCode`. */
  merchantUniqueCode: string;
  /** The provider connection. */
  provider: PayWallSimApmProvider;
  /** How it was started. */
  kind: PayWallSimApmKind;
  /** Currency id. */
  currencyId: number;
  /**
   * Amount in kuruş. For `byid`/`bykey`, whose whole `Amount` has no published unit, the simulator reads it as TL
   * (its choice) and answers it back as sent.
   */
  amountKurus: number;
  /** Sum refunded so far, in kuruş. */
  refundedKurus: number;
  /** Payment status (§5 numbering): 1 created, 2 started (waiting for OTP, scan or page), 3 pre-authorised, 4 successful, 5 failed. */
  statusId: number;
  /** Cancelled pre-authorisation. */
  cancelled: boolean;
  /** Description sent. */
  description: string | null;
  /** Success and fail return URLs (redirect and QR payments). */
  successUrl: string | null;
  /** See `successUrl`. */
  failUrl: string | null;
  /** Wrong OTPs so far. */
  otpAttempts: number;
  /** OTP deadline in ms on the simulator's clock. */
  otpExpiresAt: number | null;
  /** Token of the provider page (redirect payments) or the QR content. */
  token: string | null;
  /** Refunds, captures and cancels, in order. */
  activities: PayWallSimApmActivity[];
  /** When it was made. */
  createdAt: Date;
  /** The request's IP. */
  ip: string;
}
