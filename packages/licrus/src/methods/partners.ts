import type { CallOptions } from '@odeme/core';
import type { ListPartnersParams, PartnerList, SavedPartner, SavePartnerParams } from '../types/partners.js';

/** `licrus.partners`: service points and dealers. */
export interface PartnersMethods {
  /**
   * SavePartner: creates or updates a service point or dealer, found by its `Code`.
   *
   * `POST /api/ERP/SavePartner` (assumed: SOAP only in the docs). Moves no money; a write, sent once.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  save(input: SavePartnerParams, options?: CallOptions): Promise<SavedPartner>;
  /**
   * GetPartner: lists partners, optionally of one `AgreementType`.
   *
   * `POST /api/ERP/GetPartner` (assumed: SOAP only in the docs). Moves no money; a read, retried.
   * @see `docs/providers/licrus.md#methods-and-types`
   */
  list(input?: ListPartnersParams, options?: CallOptions): Promise<PartnerList>;
}
