// Canned request and response content shared by the server and every runner.
// One card payment: 100.00 TRY, two basket lines, a raw test card. Each protocol carries the same facts.

export const CREDENTIALS = { apiKey: 'bench-api-key-4f9c2e', secretKey: 'bench-secret-key-8a61d3b07c' };
export const PAYWALL_KEYS = {
  apiKeyPublic: 'pw-public-key-0b1c',
  apiClientPublic: 'pw-public-client-77e2',
  apiKeyPrivate: 'pw-private-key-91aa',
  apiClientPrivate: 'pw-private-client-3d05',
};

export const PATHS = {
  oderopay: '/payment/v1/card-payments',
  paywall: '/api/paywall/payment/startdirect',
  iyzipay: '/payment/auth',
  haso: '/RequestV2/CreateTransaction',
  licrusLogin: '/api/EAM/login',
  licrus: '/api/ERP/Payment',
  bip: '/pgw/paymentService',
};

export const HASO_KEYS = { merchantId: 'M10042', merchantKey: 'key_haso_bench_1f2e3d', merchantSalt: 'salt_haso_bench_9a8b7c', ipAddress: '203.0.113.7' };
export const LICRUS_USER = { name: 'ivr-entegrasyon', password: 'Ivr-Parola-2025' };
export const BIP_KEYS = { username: 'bip-svc-demo', password: 'bip-secret-0001' };

const card = { holder: 'Ayşe Yılmaz', number: '5528790000000008', month: '12', year: '2030', cvc: '123' };

/** ÖderoPay / Craftgate card payment body (spec A.7), in the field order a user writes it. */
export const oderopayPayment = {
  conversationId: 'order-2024-000123',
  price: 100,
  paidPrice: 100,
  walletPrice: 0,
  installment: 1,
  currency: 'TRY',
  paymentGroup: 'PRODUCT',
  card: { cardHolderName: card.holder, cardNumber: card.number, expireYear: card.year, expireMonth: card.month, cvc: card.cvc },
  items: [
    { name: 'Çay bardağı seti', price: 60, externalId: 'sku-1' },
    { name: 'Türk kahvesi 250 g', price: 40, externalId: 'sku-2' },
  ],
};

/** PayWall direct payment body (spec 4.0/4.1 `payment/startdirect`). */
export const paywallPayment = {
  PaymentDetail: { Amount: 100, MerchantUniqueCode: 'order-2024-000123', CurrencyId: 1, Installment: 1, ClientIP: '10.0.0.1', ChannelId: 0, TagId: 0 },
  Card: { OwnerName: card.holder, Number: card.number, ExpireMonth: card.month, ExpireYear: card.year, Cvv: card.cvc },
  Customer: { FullName: card.holder, Phone: '+905350000000', Email: 'ayse@example.com', Country: 'Türkiye', City: 'İstanbul', Address: 'Moda Cd. 1, Kadıköy' },
  Products: [
    { ProductId: 'sku-1', ProductName: 'Çay bardağı seti', ProductCategory: 'Ev', ProductDescription: '6 parça', ProductAmount: 60 },
    { ProductId: 'sku-2', ProductName: 'Türk kahvesi 250 g', ProductCategory: 'Gıda', ProductDescription: 'Orta kavrulmuş', ProductAmount: 40 },
  ],
};

/** iyzipay CreatePaymentRequest (its own model needs buyer and addresses; same amounts, card and lines). */
export const iyzipayPayment = {
  locale: 'tr',
  conversationId: 'order-2024-000123',
  price: '100',
  paidPrice: '100',
  currency: 'TRY',
  installment: '1',
  basketId: 'order-2024-000123',
  paymentChannel: 'WEB',
  paymentGroup: 'PRODUCT',
  paymentCard: { cardHolderName: card.holder, cardNumber: card.number, expireMonth: card.month, expireYear: card.year, cvc: card.cvc, registerCard: '0' },
  buyer: {
    id: 'BY789',
    name: 'Ayşe',
    surname: 'Yılmaz',
    gsmNumber: '+905350000000',
    email: 'ayse@example.com',
    identityNumber: '74300864791',
    registrationAddress: 'Moda Cd. 1, Kadıköy',
    ip: '10.0.0.1',
    city: 'Istanbul',
    country: 'Turkey',
  },
  shippingAddress: { contactName: card.holder, city: 'Istanbul', country: 'Turkey', address: 'Moda Cd. 1, Kadıköy' },
  billingAddress: { contactName: card.holder, city: 'Istanbul', country: 'Turkey', address: 'Moda Cd. 1, Kadıköy' },
  basketItems: [
    { id: 'sku-1', name: 'Çay bardağı seti', category1: 'Ev', itemType: 'PHYSICAL', price: '60' },
    { id: 'sku-2', name: 'Türk kahvesi 250 g', category1: 'Gıda', itemType: 'PHYSICAL', price: '40' },
  ],
};

const txn = (id, externalId, name, price) => ({
  id,
  externalId,
  name,
  price,
  paidPrice: price,
  walletPrice: 0,
  merchantCommissionRate: 1.79,
  merchantCommissionRateAmount: Math.round(price * 1.79) / 100,
  merchantPayoutAmount: price - Math.round(price * 1.79) / 100,
  subMerchantId: null,
  subMerchantPrice: null,
  subMerchantPayoutRate: null,
  subMerchantPayoutAmount: null,
  pfCommissionRateAmount: 0,
  transactionStatus: 'WAITING_FOR_APPROVAL',
  blockageResolvedDate: '2024-06-12T00:00:00',
  payout: {
    paidPrice: price,
    currency: 'TRY',
    merchantPayoutAmount: price - Math.round(price * 1.79) / 100,
    subMerchantPayoutAmount: 0,
    pfCommissionRateAmount: 0,
    pfConversionRate: 0,
    pfConversionRateAmount: 0,
  },
});

/** ÖderoPay PaymentResponse in its `data` envelope (spec A.5, A.7); Craftgate answers the same shape. */
export const oderopayResponse = {
  data: {
    id: 4210987,
    createdDate: '2024-06-05T14:22:31',
    price: 100,
    paidPrice: 100,
    walletPrice: 0,
    currency: 'TRY',
    buyerId: null,
    installment: 1,
    conversationId: 'order-2024-000123',
    paymentType: 'CARD_PAYMENT',
    paymentGroup: 'PRODUCT',
    paymentStatus: 'SUCCESS',
    paymentPhase: 'AUTH',
    connectorType: 'TOKENPOS',
    isThreeDS: false,
    merchantCommissionRate: 1.79,
    merchantCommissionRateAmount: 1.79,
    pfCommissionRateAmount: 0,
    cardUserKey: null,
    cardToken: null,
    paidWithStoredCard: false,
    binNumber: '55287900',
    lastFourDigits: '0008',
    cardType: 'CREDIT_CARD',
    cardAssociation: 'MASTER_CARD',
    cardBrand: 'World',
    paymentTransactions: [txn(5120011, 'sku-1', 'Çay bardağı seti', 60), txn(5120012, 'sku-2', 'Türk kahvesi 250 g', 40)],
  },
};

/** PayWall `startdirect` success envelope (spec 3.1). */
export const paywallResponse = {
  ErrorCode: 0,
  Result: true,
  Message: 'İşlem başarılı',
  Body: {
    Payment: {
      PaymentId: 918273,
      ActivityId: 3344556,
      UniqueCode: '6f1c2e0a-5b7d-4d1e-9a41-2f8c3b9d0e77',
      MerchantUniqueKey: 'order-2024-000123',
      Products: null,
    },
    Error: null,
  },
};

/** iyzipay payment success (Payment resource, flattened). */
export const iyzipayResponse = {
  status: 'success',
  locale: 'tr',
  systemTime: 1717597351000,
  conversationId: 'order-2024-000123',
  price: 100.0,
  paidPrice: 100.0,
  installment: 1,
  paymentId: '22416035',
  fraudStatus: 1,
  merchantCommissionRate: 0.0,
  merchantCommissionRateAmount: 0.0,
  iyziCommissionRateAmount: 2.9,
  iyziCommissionFee: 0.25,
  cardType: 'CREDIT_CARD',
  cardAssociation: 'MASTER_CARD',
  cardFamily: 'World',
  binNumber: '552879',
  lastFourDigits: '0008',
  basketId: 'order-2024-000123',
  currency: 'TRY',
  itemTransactions: [
    {
      itemId: 'sku-1',
      paymentTransactionId: '23947211',
      transactionStatus: 2,
      price: 60.0,
      paidPrice: 60.0,
      merchantCommissionRate: 0.0,
      merchantCommissionRateAmount: 0.0,
      iyziCommissionRateAmount: 1.74,
      iyziCommissionFee: 0.15,
      blockageRate: 0.0,
      blockageRateAmountMerchant: 0.0,
      blockageRateAmountSubMerchant: 0,
      blockageResolvedDate: '2024-06-12 00:00:00',
      subMerchantPrice: 0,
      subMerchantPayoutRate: 0,
      subMerchantPayoutAmount: 0,
      merchantPayoutAmount: 58.11,
      convertedPayout: {
        paidPrice: 60.0,
        iyziCommissionRateAmount: 1.74,
        iyziCommissionFee: 0.15,
        blockageRateAmountMerchant: 0.0,
        blockageRateAmountSubMerchant: 0,
        subMerchantPayoutAmount: 0,
        merchantPayoutAmount: 58.11,
        iyziConversionRate: 0,
        iyziConversionRateAmount: 0,
        currency: 'TRY',
      },
    },
    {
      itemId: 'sku-2',
      paymentTransactionId: '23947212',
      transactionStatus: 2,
      price: 40.0,
      paidPrice: 40.0,
      merchantCommissionRate: 0.0,
      merchantCommissionRateAmount: 0.0,
      iyziCommissionRateAmount: 1.16,
      iyziCommissionFee: 0.1,
      blockageRate: 0.0,
      blockageRateAmountMerchant: 0.0,
      blockageRateAmountSubMerchant: 0,
      blockageResolvedDate: '2024-06-12 00:00:00',
      subMerchantPrice: 0,
      subMerchantPayoutRate: 0,
      subMerchantPayoutAmount: 0,
      merchantPayoutAmount: 38.74,
      convertedPayout: {
        paidPrice: 40.0,
        iyziCommissionRateAmount: 1.16,
        iyziCommissionFee: 0.1,
        blockageRateAmountMerchant: 0.0,
        blockageRateAmountSubMerchant: 0,
        subMerchantPayoutAmount: 0,
        merchantPayoutAmount: 38.74,
        iyziConversionRate: 0,
        iyziConversionRateAmount: 0,
        currency: 'TRY',
      },
    },
  ],
  authCode: '123456',
  phase: 'AUTH',
  hostReference: 'mock00001iyzihostrfn',
};

/** HASO 5.5 CreateTransaction: the same 100.00 TRY, in 3 installments, for a customer whose limit is set. */
export const hasoPurchase = { merchantOid: 'order-2024-000123', orderAmount: 10_000, selectedInstallment: 3, customerId: '5001' };

/** HASO's answer (recorded from @odeme/testkit's HasoSimulator); the server echoes the request's merchantOid. */
export const hasoResponse = {
  Success: true,
  Errors: [],
  Data: {
    transactionCode: 'TMX8RWXBT0002',
    merchantOid: 'order-2024-000123',
    CustomerId: '5001',
    orderAmount: 100,
    PaymentPlan: [1, 2, 3].map((n) => ({
      InstallmentNo: n,
      installmentPayment: n === 1 ? 33.34 : 33.33,
      termDate: `2027-0${n}-04`,
      totalExpenseAmount: 0,
      paymentCode: `TMX8RWXBT0002-${n}`,
      paymentStatus: 0,
    })),
  },
};

/** Licrus payment of an approved order by its payment request code, card in the body (the AuthTicket is added by the client). */
export const licrusPayment = {
  PaymentRequestCode: '4364da6ab4b38ec8e5533ae1b4abf68b',
  Card: { CardHolderName: 'AYŞE YILMAZ', Number: '4355084355084358', ExpireMonth: 12, ExpireYear: 2030, SecurityCode: '123' },
};
export const licrusLoginResponse = {
  HasError: false,
  HasMessage: false,
  MessageList: [],
  IsAuthenticated: true,
  User: { Name: 'ivr-entegrasyon', AuthTicket: '4b278d254746b59584ec1bf479d5492a' },
};
export const licrusPaymentResponse = { HasError: false, HasMessage: true, MessageList: [{ Type: 2, Message: 'Ödeme alındı. Sipariş 1001, tutar 100,00 TL.' }] };

/** BiP payment start (credit-card channel 40): two items; the client generates the transactionId, the server echoes it. */
export const bipPayment = { msisdn: '0532 123 45 67', channelId: 40, itemList: [{ id: 50, count: 2 }] };
export const bipResponse = { resultCode: 1103, resultDesc: 'CONSENT_REQUESTED', transactionId: '' };
