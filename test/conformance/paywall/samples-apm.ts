// Inputs for the .NET endpoints of one area of the client (see samples.ts): every field our row can send, one input
// per alternative, keyed by the row's id.

const redirect = {
  CurrencyId: 1,
  MerchantUniqueCode: 'apm-page-1',
  MerchantSuccessBackUrl: 'https://shop.example/apm/ok',
  MerchantFailBackUrl: 'https://shop.example/apm/fail',
  Amount: 150,
  Description: 'Sipariş 1001',
};

/** Sample inputs of this area's rows, by row id. */
export const apmSamples: Record<string, Record<string, unknown>[]> = {
  'apm.list': [{ CurrencyId: 1, ExternalId: 'store-1', FocusedFeature: 'qr', DistinctDuplicates: true }, {}],
  'apm.pay': [
    {
      ApmKey: 'sim-wallet',
      ApmConnectionId: 201,
      CurrencyId: 1,
      MerchantUniqueCode: 'apm-1',
      Amount: '150.00',
      Description: 'Sipariş 1001',
      Payer: { CardNumber: '5528790000000008', Phone: '5336662211', Identity: '10000000146' },
      Products: [{ ProductId: 'tea-01', ProductName: 'Çay', ProductCategory: 'İçecek', ProductDescription: 'Demlik', ProductAmount: '150.00' }],
      Provider: { Parameters: { MerchantCode: 'm-1', TerminalCode: 't-1' } },
    },
  ],
  'apm.confirmOtp': [{ UniqueCode: 'a3f1c2d4-0000-4000-8000-000000000001', Otp: '123456' }],
  'apm.qrGenerate': [
    {
      ApmKey: 'sim-wallet',
      ApmConnectionId: 201,
      CurrencyId: 1,
      MerchantUniqueCode: 'apm-qr-1',
      UserRedirectUrl: 'https://shop.example/apm/back',
      MerchantSuccessBackUrl: 'https://shop.example/apm/ok',
      MerchantFailBackUrl: 'https://shop.example/apm/fail',
      Amount: '75.50',
      Description: 'Masa 4',
      Provider: { StoreCode: 's-1' },
    },
  ],
  'apm.payById': [{ ApmId: 11, ...redirect }],
  'apm.payByKey': [{ ApmKey: 'sim-wallet', ...redirect }],
  'apm.query': [{ MerchantUniqueCode: 'apm-1' }],
  'apm.refund': [{ UniqueCode: 'a3f1c2d4-0000-4000-8000-000000000001' }],
  'apm.refundPartial': [{ UniqueCode: 'a3f1c2d4-0000-4000-8000-000000000001', Amount: '25.00' }],
  // Docs-only rows (no .NET model): their samples serve the answer tests.
  'apm.closeProvision': [{ UniqueCode: 'a3f1c2d4-0000-4000-8000-000000000001', Amount: '120.00' }],
  'apm.cancelProvision': [{ UniqueCode: 'a3f1c2d4-0000-4000-8000-000000000001' }],
};
