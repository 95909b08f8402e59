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
  // Payment product management (§4.4) and the marketplace (§4.5): PayWall's ids, amounts as decimal text.
  'paymentProducts.increaseMemberEarning': [{ PaymentId: 1001, ProductId: 5512, Earning: '2.50' }],
  'paymentProducts.decreaseMemberEarning': [{ PaymentId: 1001, ProductId: 'p-1', Earning: '1.25' }],
  'marketplace.approveProducts': [{ PaymentId: 1001, ProductIds: [5512, 5513] }],
  'marketplace.approvePayment': [{ PaymentId: 1001 }],
  'marketplace.approveProductsSelf': [{ PaymentId: 1001, ProductIds: [5512], SubMerchantEarning: '10.40' }],
  'marketplace.approvePaymentSelf': [{ PaymentId: 1001 }],
  'marketplace.earnings.increaseProduct': [{ ProductId: 5512, Earning: '3.10', ApplyAll: false }],
  'marketplace.earnings.decreaseProduct': [{ ProductId: 5512, Earning: '0.90', ApplyAll: true }],
  'marketplace.earnings.retryProduct': [{ ProductId: 5512, ChangeReflectionDate: false, ApplyAll: false }],
  'marketplace.earnings.retryPayment': [{ PaymentId: 1001, ChangeReflectionDate: true, ReflectionDate: '2026-12-10T00:00:00.000Z' }],
  'marketplace.earnings.increase': [{ Id: 901, Earning: '1.00' }],
  'marketplace.earnings.decrease': [{ Id: 901, Earning: '0.50' }],
  'marketplace.earnings.retry': [{ Id: 901, ChangeReflectionDate: false }],
  'marketplace.debts.increase': [{ Id: 77, Amount: '4.20' }],
  'marketplace.debts.decrease': [{ Id: 77, Amount: '1.20' }],
  'marketplace.manualTrigger.start': [{ CurrencyId: 1, DateFrom: '2025-01-01', DateTo: '2025-01-31' }],
  'marketplace.manualTrigger.restart': [{ JobId: 3141 }],
  // Physical POS (§4.13): its host comes from the client's one `baseUrl` (payWallHostsAt gives PhysicalAPI the origin).
  'physicalPos.sale': [
    {
      TerminalTagCode: 'kasa-1',
      MerchantUniqueCode: 'pos-sale-1',
      DisplayCode: 'A-17',
      Amount: '15.50',
      CurrencyId: 1,
      Methods: [{ PaymentMethodId: 1 }],
      CallbackAddress: 'https://shop.example/pos',
      SplitPaymentSupport: false,
      Customer: { Type: 1, FirstName: 'Ayşe', LastName: 'Yılmaz', Email: 'ayse@example.com', City: 'İstanbul' },
    },
  ],
};
