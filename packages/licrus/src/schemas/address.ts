import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { resultsEnvelope } from './common.js';
import { appShape, cultureShape } from './fields.js';

/** A lookup row (city, district, product group…): `Id`, `Code`, `Text` as samples show; more fields kept. */
export const lookupRow = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Record id (e.g. a city id to pass as `CityId`). */
    Id: z.nullish(z.number()),
    /** Record code. */
    Code: z.nullish(z.string()),
    /** Display text, e.g. `İstanbul`. */
    Text: z.nullish(z.string()),
    /** Name, where the method sends one. */
    Name: z.nullish(z.string()),
    /** Whether the record is active. */
    IsActive: z.nullish(z.boolean()),
  }),
);

/** `/address/City/GetAll` request. */
export const citiesRequest = /* @__PURE__ */ lazySchema(() => z.object({ ...cultureShape, ...appShape }));
/** `/address/District/GetByCityId` request. */
export const districtsRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...cultureShape,
    ...appShape,
    /** Id of the city whose districts are listed. */
    CityId: z.int().check(z.positive()),
  }),
);
/** A list of lookup rows. */
export const lookupResponse = /* @__PURE__ */ lazySchema(() => resultsEnvelope(lookupRow));

/** `/ProductCatalog/ProductGroup/GetMainGroups` request. */
export const mainGroupsRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...cultureShape,
    /** Only groups shown on the mobile app (default `true`, as documented). */
    EnableOnMobileApp: z._default(z.boolean(), true),
  }),
);
