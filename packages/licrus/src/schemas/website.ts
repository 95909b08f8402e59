import * as z from 'zod';
import { cultureShape } from './common.js';

/** `/external/WebSite/GetCities` and `GetProductGroups` request. */
export const websiteLookupRequest = z.object({ ...cultureShape });
/** `/external/WebSite/GetServices`: service points for a city, district and product group. */
export const websiteServicesRequest = z.object({
  ...cultureShape,
  CityId: z.number().int().positive(),
  DistrictId: z.number().int().positive().optional(),
  ProductGroupId: z.number().int().positive().optional(),
});
