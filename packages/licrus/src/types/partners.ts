import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type { getPartnerRequest, getPartnerResponse, partner, savePartnerRequest, savePartnerResponse } from '../schemas/partners.js';
import type { EnvelopeOf } from './envelope.js';

/** What `licrus.partners.save` takes: the partner (service point, dealer or both), upserted by `Code`. */
export interface SavePartnerParams extends z.input<typeof savePartnerRequest> {}

/** SavePartner's answer. */
export interface SavedPartner extends EnvelopeOf<typeof savePartnerResponse> {}

/** What `licrus.partners.list` takes: optionally one `AgreementType`. */
export interface ListPartnersParams extends z.input<typeof getPartnerRequest> {}

/** A `Partner` as GetPartner returns it. */
export interface Partner extends Answer<z.output<typeof partner>> {}

/** GetPartner's answer. */
export interface PartnerList extends EnvelopeOf<typeof getPartnerResponse, 'Results'> {
  /** The partners; empty when there are none. */
  Results: Partner[];
}
