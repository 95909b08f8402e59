import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { cultureShape } from './fields.js';

/** `/external/WebSite/GetCities` and `GetProductGroups` request. */
export const websiteLookupRequest = /* @__PURE__ */ lazySchema(() => z.object({ ...cultureShape }));
/** `/external/WebSite/GetServices`: service points for a city, district and product group. */
export const websiteServicesRequest = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...cultureShape,
    /** City id. */
    CityId: z.int().check(z.positive()),
    /** District id. */
    DistrictId: z.optional(z.int().check(z.positive())),
    /** Product group id. */
    ProductGroupId: z.optional(z.int().check(z.positive())),
  }),
);
