// Inputs for bulk payments (§4.3, #34–#44): docs-only rows (the .NET SDK has none of them), one input each putting
// every typed field on the wire. The rows with unpublished bodies (#37–#40, #43, #44) carry the batch's code and the
// payments named, as the simulator reads them.
const year = String(new Date().getUTCFullYear() + 3);
const customer = { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' };
const product = (n: number) => ({ ProductId: `p-${n}`, ProductName: 'Çay', ProductCategory: 'İçecek', ProductDescription: 'Rize', ProductAmount: '15.50' });
const card = (digits: string) => ({ OwnerName: 'Ayşe Yılmaz', Number: digits, ExpireMonth: '12', ExpireYear: year, Cvv: '123' });
const detail = (MerchantUniqueCode: string) => ({
  Amount: '31.00',
  MerchantUniqueCode,
  CurrencyId: 1,
  Installment: 1,
  CallbackAddress: 'https://shop.example/bulk',
  ChannelId: 1,
  TagId: 0,
  ClientIP: '203.0.113.7',
  Half2D: false,
  CallbackBodySplit: true,
  CallbackBodyCompression: true,
});

export const bulkSamples: Readonly<Record<string, Record<string, unknown>[]>> = {
  'bulkPayments.start': [
    {
      PaymentDetail: detail('storm-1'),
      CardMethod: 2,
      CardModel: 1,
      Payments: [
        { Customer: customer, Product: product(1), Card: card('5528790000000008') },
        { Customer: customer, Product: product(2), Card: card('4155650100416111') },
      ],
    },
  ],
  'bulkPayments.startLarge': [
    {
      PaymentDetail: detail('tsunami-1'),
      CardMethod: 1,
      CardModel: 1,
      Payments: [
        { Customer: customer, Product: product(1), Card: card('5528790000000008') },
        { Customer: customer, Product: product(2) },
      ],
    },
  ],
  'bulkPayments.startFile': [
    {
      File: `Ayşe Yılmaz,5528790000000008,12,${year},123,15.50\nCan Demir,4155650100416111,12,${year},456,15.50\n`,
      FileFormat: 1,
      FilePattern: 1,
      CurrencyId: 1,
      Installment: 1,
      CallbackAddress: 'https://shop.example/bulk-file',
      Half2D: false,
      Amount: '31.00',
      MerchantUniqueCode: 'file-1',
      TrackingCode: 'trk-1',
      CallbackBodyCompression: false,
    },
  ],
  'bulkPayments.cancelPayments': [{ MerchantUniqueCode: 'storm-1', PaymentIds: [1001] }],
  'bulkPayments.cancelBatch': [{ MerchantUniqueCode: 'storm-1' }],
  'bulkPayments.refundPayments': [{ MerchantUniqueCode: 'storm-1', PaymentIds: [1001, 1002] }],
  'bulkPayments.refundBatch': [{ MerchantUniqueCode: 'storm-1' }],
  'bulkPayments.query': [{ MerchantUniqueCode: 'storm-1', PageSize: 1000, PageNumber: 1 }],
  'bulkPayments.summary': [{ MerchantUniqueCode: 'storm-1' }],
  'bulkPayments.retry': [{ MerchantUniqueCode: 'storm-1' }],
  'bulkPayments.resendCallback': [{ MerchantUniqueCode: 'storm-1' }],
};
