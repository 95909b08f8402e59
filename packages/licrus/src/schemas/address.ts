import * as z from 'zod';
import { appShape, cultureShape, resultsEnvelope } from './common.js';

/** A lookup row (city, district, product group…): `Id`, `Code`, `Text` as samples show; more fields kept. */
export const lookupRow = z.looseObject({
  Id: z.number().nullish(),
  Code: z.string().nullish(),
  Text: z.string().nullish(),
  Name: z.string().nullish(),
  IsActive: z.boolean().nullish(),
});
/** A parsed lookup row. */
export type LookupRow = z.output<typeof lookupRow>;

/** `/address/City/GetAll` request. */
export const citiesRequest = z.object({ ...cultureShape, ...appShape });
/** `/address/District/GetByCityId` request. */
export const districtsRequest = z.object({ ...cultureShape, ...appShape, CityId: z.number().int().positive() });
/** A list of lookup rows. */
export const lookupResponse = resultsEnvelope(lookupRow);

/** `/ProductCatalog/ProductGroup/GetMainGroups` request. */
export const mainGroupsRequest = z.object({ ...cultureShape, EnableOnMobileApp: z.boolean().default(true) });
