/** The simulator's small in-memory catalogue: lookups, products, parts, partners, devices and customers. */
export function licrusSeedCatalogue() {
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

/** The catalogue's type. */
export type LicrusSimCatalogue = ReturnType<typeof licrusSeedCatalogue>;
