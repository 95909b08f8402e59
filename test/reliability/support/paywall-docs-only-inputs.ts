// Inputs for the PayWall money rows its .NET SDK lacks (the conformance samples cover the others): one valid input
// each, with a card number where the row takes one, for the suites that call every money row.
const year = String(new Date().getUTCFullYear() + 3);
const card = { OwnerName: 'Ayşe Yılmaz', Number: '5528790000000008', ExpireMonth: '12', ExpireYear: year, Cvv: '123' };
const customer = { FullName: 'Ayşe Yılmaz', Phone: '5336662211', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1' };
const product = { ProductId: 'p-1', ProductName: 'Çay', ProductAmount: '15.50' };
const detail = { Amount: '15.50', CurrencyId: 1, Installment: 1, ClientIP: '203.0.113.7' };
const uniqueCode = 'a7e8c1d2-0000-4000-8000-000000000001';

export const PAYWALL_DOCS_ONLY_MONEY_INPUTS: Readonly<Record<string, Record<string, unknown>[]>> = {
  'payments.startSplit': [
    {
      PaymentDetail: { ...detail, MerchantUniqueCode: 'split-1', CallbackAddress: 'https://shop.example/split' },
      CardModel: 1,
      Payments: [{ Customer: customer, Product: product, Card: card }],
    },
  ],
  'payments.start3dModel': [
    {
      PaymentDetail: {
        ...detail,
        MerchantUniqueCode: 'model-1',
        MerchantSuccessBackUrl: 'https://shop.example/ok',
        MerchantFailBackUrl: 'https://shop.example/fail',
      },
      Card: card,
      Customer: customer,
      Products: [product],
    },
  ],
  'payments.end3d': [{ MerchantUniqueCode: 'order-7' }],
  'refunds.partialByPaymentId': [{ PaymentId: 1001, Amount: '2.50' }],
  'refunds.partialByUniqueCode': [{ UniqueCode: uniqueCode, Amount: '1.00' }],
  'cancels.byUniqueCode': [{ UniqueCode: uniqueCode }],
  'cancels.byPaymentId': [{ PaymentId: 1001 }],
  'reverts.create': [{ MerchantUniqueCode: 'order-7', Amount: 0 }],
  'reverts.byPaymentId': [{ PaymentId: 1001, Amount: '1.00' }],
};
