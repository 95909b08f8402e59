/** The catalogue a `LicrusSimulator` serves and changes: lookups in Licrus's own field names, records as saved. */
export type LicrusSimCatalogue = {
  /** Cities (`/address/City/GetAll`, `/external/WebSite/GetCities`). */
  cities: {
    /** City id (the plate number). */
    Id: number;
    /** Two-digit plate code. */
    Code: string;
    /** City name. */
    Text: string;
    /** Shown in lookups. */
    IsActive: boolean;
  }[];
  /** Districts (`/address/District/GetByCityId`). */
  districts: {
    /** District id. */
    Id: number;
    /** City it belongs to. */
    CityId: number;
    /** District code. */
    Code: string;
    /** District name. */
    Text: string;
    /** Shown in lookups. */
    IsActive: boolean;
  }[];
  /** Product groups (`GetMainGroups` lists the active ones). */
  productGroups: {
    /** Group id. */
    Id: number;
    /** Group code. */
    Code: string;
    /** Group name. */
    Text: string;
    /** Active groups are the main groups. */
    IsActive: boolean;
  }[];
  /** Authorised services (`/external/WebSite/GetServices`). */
  services: {
    /** Service id. */
    Id: number;
    /** Service (partner) code. */
    Code: string;
    /** Service name. */
    Text: string;
    /** City it serves. */
    CityId: number;
    /** District it serves. */
    DistrictId: number;
    /** Product groups it services. */
    ProductGroupIds: number[];
  }[];
  /** Products as saved (`SaveProduct`; an active one refuses updates with `INT-PRD1001`). */
  products: Record<string, unknown>[];
  /** Spare parts as saved (`SavePart`), prices in TL. */
  parts: Record<string, unknown>[];
  /** Partners (services, dealers) as saved (`SavePartner`). */
  partners: Record<string, unknown>[];
  /** Devices by serial number (`ImportProductSerialNumbers`). */
  devices: Record<string, unknown>[];
  /** Extended-warranty customers (`GetCustomer`). */
  customers: Record<string, unknown>[];
};

/** The simulator's small in-memory catalogue: lookups, products, parts, partners, devices and customers. */
export function licrusSeedCatalogue(): LicrusSimCatalogue {
  return {
    cities: [
      { Id: 6, Code: '06', Text: 'Ankara', IsActive: true },
      { Id: 34, Code: '34', Text: 'İstanbul', IsActive: true },
      { Id: 35, Code: '35', Text: 'İzmir', IsActive: true },
    ],
    districts: [
      { Id: 3401, CityId: 34, Code: 'KADIKOY', Text: 'Kadıköy', IsActive: true },
      { Id: 3402, CityId: 34, Code: 'BESIKTAS', Text: 'Beşiktaş', IsActive: true },
      { Id: 601, CityId: 6, Code: 'CANKAYA', Text: 'Çankaya', IsActive: true },
      { Id: 3501, CityId: 35, Code: 'KONAK', Text: 'Konak', IsActive: true },
    ],
    productGroups: [
      { Id: 1, Code: 'KOMBI', Text: 'Kombi', IsActive: true },
      { Id: 2, Code: 'KLIMA', Text: 'Klima', IsActive: true },
      { Id: 3, Code: 'VRF', Text: 'VRV/VRF', IsActive: false },
    ],
    services: [
      { Id: 501, Code: 'SRV-KDK', Text: 'Kadıköy Yetkili Servis', CityId: 34, DistrictId: 3401, ProductGroupIds: [1, 2] },
      { Id: 502, Code: 'SRV-BJK', Text: 'Beşiktaş Yetkili Servis', CityId: 34, DistrictId: 3402, ProductGroupIds: [1] },
      { Id: 503, Code: 'SRV-CNK', Text: 'Çankaya Yetkili Servis', CityId: 6, DistrictId: 601, ProductGroupIds: [2] },
    ],
    products: [
      { Code: 'TESTCOD8', Name: 'Yoğuşmalı Kombi 24 kW', IsActive: true, WarrantyPeriod: 24 },
      { Code: 'KLM-12', Name: 'Split Klima 12000 BTU', IsActive: false, WarrantyPeriod: 24 },
    ] as Record<string, unknown>[],
    parts: [{ Code: 'P-100', Name: 'Eşanjör', IsActive: true, ServicePrice: 1250.5, CustomerPrice: 1499.9 }] as Record<string, unknown>[],
    partners: [
      { Code: 'SRV-KDK', Name: 'Kadıköy Yetkili Servis', AgreementType: 1 },
      { Code: 'BAYI-01', Name: 'Merkez Bayi', AgreementType: 2 },
      { Code: 'BS-01', Name: 'Anadolu Bayi ve Servis', AgreementType: 3 },
    ] as Record<string, unknown>[],
    devices: [
      { SerialNumber: 'SN-0001', ProductCode: 'TESTCOD8', WarrantyStartDate: '2024-03-01T00:00:00' },
      { SerialNumber: 'SN-0002', ProductCode: 'TESTCOD8', WarrantyStartDate: '2025-01-15T00:00:00' },
    ] as Record<string, unknown>[],
    customers: [
      { CustomerNo: 'C-1001', CustomerName: 'Ayşe Yılmaz', City: 'İstanbul', MobilePhoneNo: '5550000001' },
      { CustomerNo: 'C-1002', CustomerName: 'Mehmet Demir', City: 'Ankara', MobilePhoneNo: '5550000002' },
    ] as Record<string, unknown>[],
  };
}
