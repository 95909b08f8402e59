import { tlAmount } from '@odeme/core';
import * as z from 'zod';
import { codeRef, dateTime, envelope } from './common.js';
import { CircularType, closedEnum } from './enums.js';

/** One price-circular row; prices are TL decimals, exact to the kuruş. */
export const priceListRow = z.object({
  Code: z.string().min(1),
  CircularType: closedEnum(CircularType),
  Price: tlAmount(),
  OutOfWarrantyPrice: tlAmount().optional(),
  StartDate: dateTime,
  EndDate: dateTime.optional(),
  Part: codeRef.optional(),
});

/** SavePriceList request. */
export const savePriceListRequest = z.object({ EntityPriceList: z.array(priceListRow).min(1, 'EntityPriceList must hold at least one row') });
/** SavePriceList response. */
export const savePriceListResponse = envelope;
