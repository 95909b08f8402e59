/**
 * Bank declines the simulated tenant passes on, keyed by test card. The texts read like Turkish issuers' own, and
 * three of them use the words a bank really uses and a careless client might take for an expired Licrus ticket
 * ("yetkisiz", "oturum", "session"): each is a refusal of the payment (HTTP 200, `HasError: true`), never a
 * ticket problem. Codes are the simulator's own (`SIM-BNK` + the ISO 8583 reason the text stands for).
 */
export const LICRUS_SIM_DECLINES = {
  /** 05, do not honour. */
  '4000000000000002': 'SIM-BNK0005: İşlem banka tarafından onaylanmadı (Do not honour).',
  /** 51, insufficient funds. */
  '5406675406675403': 'SIM-BNK0051: Kart limiti yetersiz.',
  /** 57, transaction not permitted to the cardholder. */
  '4012888888881881': 'SIM-BNK0057: Yetkisiz işlem. Kart sahibinin bu işleme yetkisi yok, kartı veren bankayı arayınız.',
  /** 3-D Secure authentication abandoned: the issuer's session ran out before the cardholder confirmed. */
  '5105105105105100': 'SIM-BNK0082: Bankanın doğrulama oturumu zaman aşımına uğradı, işlem reddedildi.',
  /** The same, as an issuer that answers in English. */
  '4242424242424242': 'SIM-BNK0083: Declined by issuer: authentication session expired. İşlem reddedildi.',
} as const satisfies Record<string, string>;

/** The decline text for a card number, or `undefined` when the simulated bank approves it. */
export function licrusSimDecline(cardNumber: string): string | undefined {
  return (LICRUS_SIM_DECLINES as Record<string, string>)[cardNumber];
}
