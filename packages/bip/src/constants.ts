/**
 * Facts from the BiP Payment Service documentation: the gateway, the charging channels and the result
 * codes that are known. Everything the documentation leaves open is a client option instead.
 */

/** The documented gateway (`https://apigw.tvoip.turkcell.com.tr/pgw`); override with `baseUrl` (e.g. the `apigw.bip.com` alias). */
export const BIP_DEFAULT_BASE_URL = 'https://apigw.tvoip.turkcell.com.tr/pgw';

/**
 * The documented charging channels (`channelId`). Any other number is accepted and sent as is, because the
 * channel list lives on Turkcell's unpublished "Ödeme Genel" page (channel 20 has been observed in the wild).
 */
export const BipChannel = {
  /** 10: charged to the Turkcell invoice as a reservation, finalised by `commit` with the listener's `commitToken`. */
  INVOICE_RESERVE_COMMIT: 10,
  /** 11: charged to the Turkcell invoice directly (direct debit); no commit. */
  INVOICE_DIRECT: 11,
  /** 40: paid by credit card inside BiP; no commit. */
  CREDIT_CARD: 40,
  /** 50: in-app purchase; exactly one item per order; no commit. */
  IN_APP_PURCHASE: 50,
} as const;

/** A documented channel id. */
export type BipKnownChannel = (typeof BipChannel)[keyof typeof BipChannel];
/** A channel id: a documented one, or any other number the gateway was configured with. */
export type BipChannelId = BipKnownChannel | (number & {});

/** The fixed `paymentMethod`: the documentation allows no other value, on any channel. */
export const BIP_PAYMENT_METHOD = 'reserve';

/** The order flags a channel applies when the request leaves them out (documentation, §6 of the spec). */
export interface BipChannelDefaults {
  /** Ask the user for a delivery address. */
  isDeliverable: boolean;
  /** Ask the user for a billing or e-billing address. */
  isBillingRequired: boolean;
  /** Per item. */
  isRemovable: boolean;
}

/**
 * Per-channel defaults as the documentation lists them. The `isBillingRequired` list is a copy of the
 * `isDeliverable` one in the source (it even repeats the field name), so its values are probable, not certain: the
 * client fills in `isDeliverable` and `isRemovable` from this table, never `isBillingRequired`.
 */
export const BIP_CHANNEL_DEFAULTS: Readonly<Record<BipKnownChannel, Readonly<BipChannelDefaults>>> = {
  10: { isDeliverable: false, isBillingRequired: false, isRemovable: true },
  11: { isDeliverable: false, isBillingRequired: false, isRemovable: true },
  40: { isDeliverable: true, isBillingRequired: true, isRemovable: true },
  50: { isDeliverable: false, isBillingRequired: false, isRemovable: true },
};

/** The documented defaults of a channel, or `undefined` for a channel the documentation does not describe. */
export function channelDefaults(channelId: number): Readonly<BipChannelDefaults> | undefined {
  return (BIP_CHANNEL_DEFAULTS as Record<number, BipChannelDefaults>)[channelId];
}

/** True for the channel that needs a `commit` after the listener callback. */
export function channelNeedsCommit(channelId: number | undefined): boolean {
  return channelId === BipChannel.INVOICE_RESERVE_COMMIT;
}

/**
 * The result codes that are known. No official catalogue is public: 0 and 1103 are documented, the other
 * three were only observed in third-party code, so their names describe what that code showed its users.
 */
export const BipResultCode = {
  /** 0: the listener callback or the commit succeeded. */
  SUCCESS: 0,
  /** 1103: `startPayment` was accepted and the user was asked for approval in BiP (the normal answer). */
  CONSENT_REQUESTED: 1103,
  /** 4010101 (observed): the charge could not be put on the user's invoice. */
  INVOICE_CHARGE_FAILED: 4010101,
  /** 4010403 (observed): the user is not a Turkcell subscriber. */
  NOT_TURKCELL_SUBSCRIBER: 4010403,
  /** -1101 (observed, meaning unconfirmed): shown to nobody by the code that saw it; probably a cancel or timeout. */
  CANCELLED_OR_TIMED_OUT: -1101,
} as const;

/** A result code: one of the known ones or any other number (the catalogue is open). */
export type BipResultCodeValue = (typeof BipResultCode)[keyof typeof BipResultCode] | (number & {});

const RESULT_NAMES = new Map<number, keyof typeof BipResultCode>(
  Object.entries(BipResultCode).map(([name, code]) => [code, name as keyof typeof BipResultCode]),
);

/** The SDK's name of a known result code (`4010101` → `INVOICE_CHARGE_FAILED`), `undefined` for others. */
export function bipResultCodeName(code: number): keyof typeof BipResultCode | undefined {
  return RESULT_NAMES.get(code);
}
