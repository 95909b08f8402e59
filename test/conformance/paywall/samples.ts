// Inputs that put every field our client can send on the wire, per row shared with the .NET SDK. A row with
// alternatives (full card data, a stored card, a temp card token) has one input per alternative: the fields sent
// are compared as their union. Each area added for issue 18 keeps its own inputs in samples-<area>.ts (payouts, apm,
// prepaid-cards, recurring, members), spread in at the end.
import { apmSamples } from './samples-apm.js';
import { bulkSamples } from './samples-bulk.js';
import { marketplaceSamples } from './samples-marketplace.js';
import { membersSamples } from './samples-members.js';
import { payoutsSamples } from './samples-payouts.js';
import { prepaidCardsSamples } from './samples-prepaid-cards.js';
import { recurringSamples } from './samples-recurring.js';

const year = String(new Date().getUTCFullYear() + 3);
const watch = { Watch: true, WatchMin: 25, ActionId: 1, PaymentStatus: [{ Id: 2 }], WebhookAddress: 'https://shop.example/paywall/watch' };
const detail = {
  Amount: '150.00',
  MerchantUniqueCode: 'conformance-1',
  CurrencyId: 1,
  Installment: 3,
  ClientIP: '203.0.113.7',
  ChannelId: 2,
  TagId: 5,
  EndOfTheDay: 1,
  RegionId: 90,
  ProviderBased: true,
  ProviderKey: 'provider-a',
  PosBased: true,
  PosId: 7,
  PayRouteByPass: true,
  PayRouteType: 1,
  RouteGroupKey: 'group-a',
  TrackingCode: 'track-1',
  MarketPlace: { BasketAmount: '160.00' },
  PayWatch: watch,
  PayWatchMultipleSupport: true,
  PayWatchMultiple: { Watch: true, Jobs: [{ PaymentStatus: [{ Id: 5 }], ActionId: 2, WebhookAddress: 'https://shop.example/paywall/watch', WatchMin: 10 }] },
};
const backUrls = { MerchantSuccessBackUrl: 'https://shop.example/paywall/ok', MerchantFailBackUrl: 'https://shop.example/paywall/fail' };
const cardSave = { Nickname: 'main card', RelationalId1: 'user-1', RelationalId2: 'shop-1', RelationalId3: 'group-1', Save: true };
const plainCard = {
  OwnerName: 'Ayşe Yılmaz',
  Number: '5528790000000008',
  ExpireMonth: '12',
  ExpireYear: year,
  Cvv: '123',
  Partner: { PartnerBased: true, PartnerIdentity: 'partner-1' },
  CardSave: cardSave,
};
const storedCard = { UniqueCode: 'stored-card-code', ForceCvv: true, Cvv: '123' };
const tempCard = { TempCardToken: 'temp-card-token' };
const insuranceCard = {
  OwnerName: 'Mehmet Öz',
  CardNoFirst: '48249048',
  CardNoLast: '8012',
  IdentityNumber: '21234567890',
  ExpireMonth: '12',
  ExpireYear: year,
  Cvv: '123',
  CardSave: cardSave,
  UseAdditionalIdentityNumber: true,
  AdditionalIdentityNumber: '31234567890',
};
const customer = {
  FullName: 'Ayşe Yılmaz',
  Phone: '5336662211',
  Email: 'ayse@example.com',
  Country: 'Türkiye',
  City: 'İstanbul',
  Address: 'Moda Cd. 1',
  IdentityNumber: '21234567890',
  TaxNumber: '1234567890',
};
const products = [
  {
    ProductId: 'tea-01',
    ProductName: 'Çay',
    ProductCategory: 'İçecek',
    ProductDescription: 'Rize',
    ProductAmount: '150.00',
    MemberId: 12,
    DiscountOwnerType: 1,
    DiscountType: 1,
    DiscountValue: 10,
    CargoType: 1,
    CargoCurrencyId: 1,
    CargoCost: '5.50',
    MemberCustomCommission: true,
    MemberCommission: 2.5,
    MemberEarningCalculated: true,
    MemberEarning: 100,
  },
];
const payment = (d: Record<string, unknown>, cards: Record<string, unknown>[]) =>
  cards.map((Card) => ({ PaymentDetail: d, Card, Customer: customer, Products: products }));
const relational = { RelationalId1: 'user-1', RelationalId2: 'shop-1', RelationalId3: 'group-1' };
const partner = { PartnerBased: true, PartnerIdentity: 'partner-1' };
const day = '2026-03-10';
const counters = {
  TotalCount: 3,
  TotalAmount: '450.00',
  SuccessfulCount: 2,
  SuccessfulAmount: '300.00',
  UnsuccessfulCount: 1,
  UnsuccessfulAmount: '150.00',
  RefundCount: 1,
  RefundAmount: '50.00',
  PartialRefundCount: 1,
  PartialRefundAmount: '25.00',
  CancelCount: 0,
  CancelAmount: 0,
};

/** Inputs per row id. */
export const samples: Record<string, Record<string, unknown>[]> = {
  'payments.startDirect': payment({ ...detail, Half2D: true }, [plainCard, storedCard, tempCard]),
  'payments.startDirectInsurance': payment({ ...detail, Half2D: true }, [insuranceCard, { UniqueCode: 'stored-card-code' }]),
  'payments.start3d': payment({ ...detail, ...backUrls, Half3D: true }, [plainCard, storedCard, tempCard]),
  'clientSide.tempToken': [{ ClientCardSave: true, ThreeDSession: true, ExpiryMin: 15 }],
  'clientSide.tempCard': [
    {
      token: 'temp-token',
      CardType: 1,
      CardOwnerName: 'Ayşe Yılmaz',
      CardNumber: '5528790000000008',
      CardCvv: '123',
      CardExpiryMonth: '12',
      CardExpiryYear: year,
      ExpiryMin: 10,
    },
    { token: 'temp-token', CardType: 2, CardOwnerName: 'Mehmet Öz', CardNoFirst: '48249048', CardNoLast: '8012', IdentityNumber: '21234567890', ExpiryMin: 10 },
  ],
  'payments.captureProvision': [{ MerchantUniqueCode: 'conformance-1', Date: '2026-03-10T12:00:00.000Z', ProvisionAmount: '50.00' }],
  'payments.cancelProvision': [{ MerchantUniqueCode: 'conformance-1', Date: '2026-03-10T12:00:00.000Z' }],
  'installments.list': [
    { CurrencyId: 1, Amount: '150.00', BinNumber: '552879', DistinctDuplicates: true, EndOfTheDay: 2, PosId: 3 },
    { CurrencyId: 1, Amount: '150.00' },
  ],
  'bin.inquiry': [{ BinNumber: '552879' }],
  'vpos.reconcile': [{ Date: day, ...counters }],
  'vpos.reconciliation': [{ ReconciliationDate: day }],
  'vpos.endOfDay': [{ EndOfDayDate: day }],
  'vpos.reconciliationList': [{ DateFrom: '2026-03-01', DateTo: '2026-03-31', Start: 0, Length: 25, SortValue: 'desc' }],
  'queries.byMerchantUniqueCode': [{ MerchantUniqueCode: 'conformance-1' }],
  'refunds.create': [{ MerchantUniqueCode: 'conformance-1', Date: '2026-03-10T12:00:00.000Z' }],
  'refunds.partial': [{ MerchantUniqueCode: 'conformance-1', Amount: '25.00', Date: '2026-03-10T12:00:00.000Z' }],
  'cancels.create': [{ MerchantUniqueCode: 'conformance-1', Date: '2026-03-10T12:00:00.000Z', MarketPlace: { DeleteExistingRecords: true } }],
  'cardWall.save': [
    {
      ...partner,
      ...relational,
      IncludeDetails: true,
      Card: { Nickname: 'main card', HolderName: 'Ayşe Yılmaz', Number: '5528790000000008', Month: 12, Year: Number(year) },
    },
  ],
  'cardWall.list': [{ ...relational, IncludeDetails: true }],
  'cardWall.remove': [{ ...partner, ...relational, UniqueCode: 'stored-card-code' }],
  'cardWall.update': [{ ...partner, ...relational, UniqueCode: 'stored-card-code', Month: 11, Year: Number(year) }],
  'cardWall.insurance.save': [
    {
      ...relational,
      IncludeDetails: true,
      Card: {
        Nickname: 'insurance',
        HolderName: 'Mehmet Öz',
        CardBin: '48249048',
        CardLastFour: '8012',
        Identity: '21234567890',
        Month: 12,
        Year: Number(year),
      },
    },
  ],
  'cardWall.insurance.list': [{ ...relational, IncludeDetails: true }],
  'cardWall.insurance.remove': [{ ...relational, UniqueCode: 'stored-card-code' }],
  'cardWall.insurance.update': [{ ...relational, UniqueCode: 'stored-card-code', Month: 11, Year: Number(year) }],
  ...payoutsSamples,
  ...apmSamples,
  ...prepaidCardsSamples,
  ...recurringSamples,
  ...membersSamples,
  ...marketplaceSamples,
  ...bulkSamples,
};
