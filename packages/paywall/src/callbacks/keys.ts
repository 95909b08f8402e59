/**
 * Hash keys are created per scenario in the PayWall panel and differ from each other (§6.2). Give the ones you
 * use; a callback whose key is missing cannot be verified and is refused.
 */
export interface PayWallHashKeys {
  /** "3D Hash Key": the 3D return form post (§6.1). */
  threeD?: string;
  /** "System Webhook Hash Key": general, recurring, PayWatch, split and bulk callbacks. */
  systemWebhook?: string;
  /** "APM Webhook Hash Key". */
  apm?: string;
  /** "PayOut Webhook Hash Key". */
  payout?: string;
  /** "Physical POS Webhook Hash Key". */
  physicalPos?: string;
}
