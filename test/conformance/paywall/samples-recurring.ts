// Inputs for the .NET endpoints of one area of the client (see samples.ts): every field our row can send, one input
// per alternative, keyed by the row's id.

const year = new Date().getUTCFullYear() + 3;
const first = `${year}-01-15T09:00:00.000Z`;

/** Sample inputs of this area's rows, by row id. */
export const recurringSamples: Record<string, Record<string, unknown>[]> = {
  'recurring.create': [
    {
      Card: { UniqueCode: 'stored-card-code' },
      SubscriptionType: 2,
      SubscriptionMerchantCode: 'sub-1001',
      CurrencyId: 1,
      Amount: '149.90',
      CallbackUrl: 'https://shop.example/paywall/recurring',
      HasTrial: true,
      TrialDay: 7,
      PaymentAtCreation: false,
      FirstPaymentDate: first,
      RecurringPeriodType: 4,
      RecurringPeriodCount: 12,
      FailAttempt: 2,
      FailAttemptPendingHour: 24,
      // The .NET model types both pool ids as `object`: null is what it sends when none is chosen.
      Customer: {
        SubscriptionCustomerPoolId: null,
        Name: 'Ayse',
        Lastname: 'Yilmaz',
        Phone: '5336662211',
        Email: 'ayse@example.com',
        Country: 'Turkiye',
        City: 'Istanbul',
        Address: 'Moda Cd. 1',
      },
      Items: [
        { SubscriptionItemPoolId: null, Type: 1, Name: 'Gold membership', Amount: '100.00' },
        { SubscriptionItemPoolId: null, Type: 3, Name: 'Support', Amount: '49.90' },
      ],
    },
  ],
  'recurring.update': [
    {
      SubscriptionMerchantCode: 'sub-1001',
      SubscriptionType: 1,
      CurrencyId: 1,
      Amount: '199.90',
      CallbackUrl: 'https://shop.example/paywall/recurring',
      HasTrial: false,
      TrialDay: 0,
      RecurringPeriodType: 4,
      FailAttempt: 1,
      FailAttemptPendingHour: 12,
      Items: [{ Type: 1, Name: 'Platinum membership', Amount: '199.90' }],
    },
  ],
  'recurring.get': [{ SubscriptionMerchantCode: 'sub-1001' }],
  'recurring.unsubscribe': [{ SubscriptionMerchantCode: 'sub-1001' }],
  'recurring.remove': [{ SubscriptionMerchantCode: 'sub-1001' }],
  'recurring.resubscribe': [{ SubscriptionMerchantCode: 'sub-1001' }],
  'recurring.getPayment': [{ SubscriptionId: 501, PaymentId: 9001 }],
  'recurring.listCards': [{ SubscriptionId: 501 }],
  'recurring.addCard': [{ SubscriptionId: 501, UniqueCode: 'stored-card-code' }],
  'recurring.removeCard': [{ Id: 77 }],
  'recurring.customerPool': [
    {
      Start: 0,
      Length: 50,
      SortValue: 'desc',
      SortColumn: 'Id',
      DateFrom: `${year - 4}-01-01`,
      DateTo: `${year - 3}-12-31`,
      Name: 'Ayse',
      Lastname: 'Yilmaz',
      Phone: '5336662211',
      Email: 'ayse@example.com',
      Country: 'Turkiye',
      City: 'Istanbul',
      Address: 'Moda',
      Identity: '11111111111',
    },
  ],
  'recurring.searchCustomers': [{ CustomerName: 'Ayse' }],
  'recurring.itemPool': [
    {
      Start: 0,
      Length: 50,
      SortValue: 'asc',
      SortColumn: 'Id',
      DateFrom: `${year - 4}-01-01`,
      DateTo: `${year - 3}-12-31`,
      ItemType: 1,
      ItemName: 'Gold',
      Amount: '100.00',
    },
  ],
  'recurring.searchItems': [{ ItemName: 'Gold' }],
};
