import * as z from 'zod';

/** A documented numeric enum in requests: exactly its members' values, typed as their union. */
export function closedEnum<const T extends Record<string, number>>(members: T) {
  const values = Object.values(members) as number[];
  return z
    .number()
    .int()
    .refine((v) => values.includes(v), {
      message: `must be one of ${Object.entries(members)
        .map(([k, v]) => `${v} (${k})`)
        .join(', ')}`,
    })
    .transform((v) => v as T[keyof T]);
}

/** A numeric enum whose documented list is known to be partial (responses, or "…" in the docs): any integer. */
export const openEnum = () => z.number().int();

/** `ServiceResponseMessageType` of `MessageList[].Type`. Error=0 and Info=2 are seen in samples; Warning=1 is inferred. */
export const ServiceResponseMessageType = { Error: 0, Warning: 1, Info: 2 } as const;

/** Order status (`Order.Status`) as listed on the UpdateOrder page. */
export const OrderStatus = {
  Taslak: 1,
  Siparis: 2,
  Iptal: 3,
  KismiTeslimat: 4,
  TamTeslimat: 5,
  Kapandi: 6,
  IadeyeHazir: 7,
  Beklemede: 8,
  OnayBekliyor: 9,
} as const;

/** Order type (`Order.OrderType`): stock order or return. UpdateOrder always uses `Stok`. */
export const OrderType = { Stok: 1, Iade: 9 } as const;

/** Delivery method of an order; the docs list `Elden` and `Araçla` and say more exist. */
export const DeliveryMethod = { Elden: 1, Aracla: 2 } as const;

/** What ImportProductSerialNumbers does when a serial fails (beta in the docs). */
export const OnFailureRule = { TryNext: 0, RollBackAll: 1 } as const;

/** How ImportProductSerialNumbers reports warnings (beta in the docs). */
export const OnWarningBehavior = { ShowAsWarning: 0, ShowAsError: 1 } as const;

/** Partner agreement type: service, dealer, or both. */
export const AgreementType = { Servis: 1, Bayi: 2, BayiVeServis: 3 } as const;

/** Partner ledger type: simple (basit usul) or real (gerçek usul) bookkeeping. */
export const FinancialLedgerType = { BasitUsul: 0, GercekUsul: 18 } as const;

/** Product origin: unknown, imported or domestic. */
export const ProductOrigin = { Unknown: 0, Imported: 1, Domestic: 2 } as const;

/** Price circular type of a price-list row. */
export const CircularType = { Urun: 1, Parca: 3, IscilikPuan: 6, IscilikFiyat: 7, UrunGrubuFiyat: 8 } as const;

/** Spare-part relation codes (`RelatedParts[].RelationType.Code`). */
export const PartRelationType = { BagliParca: 'bagliparca', Muadil: 'muadil', SatisAlternatif: 'satisaltarnatif' } as const;

/** EAM service request sub call type ids as documented (647 fault, 648 maintenance). */
export const SubCallType = { Ariza: 647, Bakim: 648 } as const;

/** EAM service request priority (0 normal, 2 urgent). */
export const ServiceRequestPriority = { Normal: 0, Acil: 2 } as const;
