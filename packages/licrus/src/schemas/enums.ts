import * as z from 'zod/mini';

/** A documented numeric enum in requests: exactly its members' values, typed as their union. */
/* @__NO_SIDE_EFFECTS__ */
export function closedEnum<const T extends Record<string, number>>(members: T) {
  const values = Object.values(members) as number[];
  return z.pipe(
    z.int().check(
      z.refine((v: number) => values.includes(v), {
        error: `must be one of ${Object.entries(members)
          .map(([k, v]) => `${v} (${k})`)
          .join(', ')}`,
      }),
    ),
    z.transform((v: number) => v as T[keyof T]),
    // Typed as the members' union on the way in too, so an editor offers the documented values and a typo fails to
    // compile; the check above refuses the same values at run time.
  ) as unknown as z.ZodMiniType<T[keyof T], T[keyof T]>;
}

/**
 * A numeric enum whose documented list is known to be partial (responses, or "…" in the docs): any integer, typed
 * so that the documented values autocomplete. `members` is only for the type: nothing is refused at run time.
 */
/* @__NO_SIDE_EFFECTS__ */
export function openEnum<const T extends Record<string, number>>(_members: T) {
  // `number & {}` keeps the literals from collapsing into `number`, so the documented values autocomplete.
  return z.int() as unknown as z.ZodMiniType<T[keyof T] | (number & {}), T[keyof T] | (number & {})>;
}

/** `ServiceResponseMessageType` of `MessageList[].Type`. Error=0 and Info=2 are seen in samples; Warning=1 is inferred. */
export const ServiceResponseMessageType = {
  /** Hata: the call failed (seen as 0 in samples). */
  Error: 0,
  /** Uyarı: a warning (1 is inferred: no sample shows it). */
  Warning: 1,
  /** Bilgi: an information message, also on a success (seen as 2 in samples). */
  Info: 2,
} as const;

/** Order status (`Order.Status`) as listed on the UpdateOrder page. */
export const OrderStatus = {
  /** Taslak: draft. */
  Taslak: 1,
  /** Sipariş: ordered. */
  Siparis: 2,
  /** İptal: cancelled. */
  Iptal: 3,
  /** Kısmi teslimat: partly delivered. */
  KismiTeslimat: 4,
  /** Tam teslimat: fully delivered. */
  TamTeslimat: 5,
  /** Kapandı: closed. */
  Kapandi: 6,
  /** İadeye hazır: ready to be returned. */
  IadeyeHazir: 7,
  /** Beklemede: on hold. */
  Beklemede: 8,
  /** Onay bekliyor: waiting for approval. */
  OnayBekliyor: 9,
} as const;

/** Order type (`Order.OrderType`): stock order or return. UpdateOrder always uses `Stok`. */
export const OrderType = {
  /** Stok: a stock order. */
  Stok: 1,
  /** İade: a return. */
  Iade: 9,
} as const;

/** Delivery method of an order; the docs list `Elden` and `Araçla` and say more exist. */
export const DeliveryMethod = {
  /** Elden: handed over in person. */
  Elden: 1,
  /** Araçla: delivered by vehicle. */
  Aracla: 2,
} as const;

/** What ImportProductSerialNumbers does when a serial fails (beta in the docs). */
export const OnFailureRule = {
  /** Skip the failing serial and import the next (the default). */
  TryNext: 0,
  /** Import none of the list. */
  RollBackAll: 1,
} as const;

/** How ImportProductSerialNumbers reports warnings (beta in the docs). */
export const OnWarningBehavior = {
  /** Report warnings as warnings (the default). */
  ShowAsWarning: 0,
  /** Report warnings as errors. */
  ShowAsError: 1,
} as const;

/** Partner agreement type: service, dealer, or both. */
export const AgreementType = {
  /** Servis: a service point. */
  Servis: 1,
  /** Bayi: a dealer. */
  Bayi: 2,
  /** Bayi ve servis: both a dealer and a service point. */
  BayiVeServis: 3,
} as const;

/** Partner ledger type: simple (basit usul) or real (gerçek usul) bookkeeping. */
export const FinancialLedgerType = {
  /** Basit usul: simple bookkeeping. */
  BasitUsul: 0,
  /** Gerçek usul: real (full) bookkeeping. */
  GercekUsul: 18,
} as const;

/** Product origin: unknown, imported or domestic. */
export const ProductOrigin = {
  /** Origin not known. */
  Unknown: 0,
  /** Imported. */
  Imported: 1,
  /** Made in Turkey. */
  Domestic: 2,
} as const;

/** Price circular type of a price-list row. */
export const CircularType = {
  /** Ürün: a product price. */
  Urun: 1,
  /** Parça: a spare-part price. */
  Parca: 3,
  /** İşçilik puan: labour in points. */
  IscilikPuan: 6,
  /** İşçilik fiyat: a labour price. */
  IscilikFiyat: 7,
  /** Ürün grubu fiyat: a product-group price. */
  UrunGrubuFiyat: 8,
} as const;

/** Spare-part relation codes (`RelatedParts[].RelationType.Code`). */
export const PartRelationType = {
  /** Bağlı parça: a part that goes with this one. */
  BagliParca: 'bagliparca',
  /** Muadil: an equivalent part. */
  Muadil: 'muadil',
  /** Satış alternatifi: a sales alternative (the code is spelled `satisaltarnatif` as documented). */
  SatisAlternatif: 'satisaltarnatif',
} as const;

/** EAM service request sub call type ids as documented (647 fault, 648 maintenance). */
export const SubCallType = {
  /** Arıza: a fault. */
  Ariza: 647,
  /** Bakım: maintenance. */
  Bakim: 648,
} as const;

/** EAM service request priority (0 normal, 2 urgent). */
export const ServiceRequestPriority = {
  /** Normal priority. */
  Normal: 0,
  /** Acil: urgent. */
  Acil: 2,
} as const;
