/** Public ÖderoPay API hosts (spec A.3). The Azerbaijan production host is not published: pass `baseUrl`. */
export const ODEROPAY_ENVIRONMENTS = {
  /** Türkiye sandbox. */
  sandbox: 'https://sandbox-api-gateway.oderopay.com.tr',
  /** Türkiye production. */
  production: 'https://api-gateway.oderopay.com.tr',
  /** Azerbaijan sandbox. */
  'az-sandbox': 'https://sbx-api-gateway.odero.az',
} as const;

/** A named environment; for legacy TokenPay hosts or Azerbaijan production use `baseUrl`. */
export type OderoPayEnvironment = keyof typeof ODEROPAY_ENVIRONMENTS;
