// Inputs for the .NET endpoints of one area of the client (see samples.ts): every field our row can send, one input
// per alternative, keyed by the row's id.

const callback = { CallbackSupport: true, CallbackAddress: 'https://shop.example/paywall/payout' };
const sendCommon = {
  PayoutProviderKey: 'provider-payout',
  MerchantGroupCode: 'batch-7',
  MerchantUniqueCode: 'payout-1',
  Description: 'Hakediş ödemesi',
  Amount: '1250.40',
  CurrencyId: 1,
  ...callback,
};

/** Sample inputs of this area's rows, by row id. */
export const payoutsSamples: Record<string, Record<string, unknown>[]> = {
  'payouts.balance': [{ PayoutConnectionId: 12 }],
  'payouts.mainBalance': [{ CurrencyId: 1 }],
  'payouts.sendToIban': [{ ...sendCommon, ReceiverTitle: 'Ayşe Yılmaz', ReceiverIban: 'TR33 0006 1005 1978 6457 8413 26', ReceiverIdentity: '10000000146' }],
  'payouts.sendToMember': [{ ...sendCommon, MemberId: 42 }],
  'payouts.sendToAccount': [{ ...sendCommon, ReceiverTitle: 'Ayşe Yılmaz', ReceiverAccount: '1000200030', ReceiverIdentity: '10000000146' }],
  'payouts.query': [{ MerchantUniqueCode: 'payout-1' }],
  'payouts.verifyAccountIdentity': [{ ProviderKey: 'provider-payout', CurrencyId: 1, Identity: '10000000146' }],
  'paymentLinks.generate': [
    {
      SalesType: 1,
      PhotoBase64: 'iVBORw0KGgo=',
      ItemName: 'Çay seti',
      ItemDescription: 'Altı bardak',
      ItemAmount: '349.90',
      LanguageId: 1,
      CurrencyId: 1,
      StockTrack: true,
      StockCount: 10,
      ...callback,
      InstallmentSupport: true,
      InstallmentDynamic: false,
      NotificationSupport: true,
      NotificationEmail: 'shop@example.com',
      NotificationPhone: '5336662211',
      MerchantOrderId: 'order-9',
      MerchantTrackId: 'track-9',
    },
  ],
  'checkout.generate': [
    {
      UniqueCode: 'checkout-1',
      Amount: '150.00',
      LanguageId: 2,
      CurrencyId: 1,
      ...callback,
      InstallmentSupport: true,
      InstallmentDynamic: true,
      SuccessBackUrl: 'https://shop.example/paywall/ok',
      FailBackUrl: 'https://shop.example/paywall/fail',
      Force3D: true,
      ShowProduct: true,
      Customer: {
        FullName: 'Ayşe Yılmaz',
        Phone: '5336662211',
        Email: 'ayse@example.com',
        Country: 'Türkiye',
        City: 'İstanbul',
        Address: 'Moda Cd. 1',
        IdentityNumber: '10000000146',
        TaxNumber: '1234567890',
      },
      Products: [
        {
          ProductId: 'tea-01',
          ProductImage: 'https://shop.example/tea.png',
          ProductName: 'Çay',
          ProductCategory: 'İçecek',
          ProductDescription: 'Siyah çay',
          ProductAmount: '150.00',
        },
      ],
      CardWallSupport: true,
      CardWallRelationalId1: 'user-1',
      CardWallRelationalId2: 'shop-1',
      CardWallRelationalId3: 'group-1',
      ExpireDateTime: '2030-01-01T00:00:00.000Z',
      PayWatchSupport: true,
      PayWatchMin: 25,
      PayWatchCallbackAddress: 'https://shop.example/paywall/watch',
    },
  ],
  'checkout.inquiry': [{ Id: 77 }],
};
