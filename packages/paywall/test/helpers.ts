import { type DirectPaymentParams, PayWall, type PayWallOptions, type ThreeDPaymentParams } from '@odeme/paywall';
import { PAYWALL_SIM_CARDS, PayWallSimulator } from '@odeme/testkit';

export const creds = {
  apiKeyPublic: 'pk_test_public_key_1',
  apiClientPublic: 'pc_test_public_client_1',
  apiKeyPrivate: 'sk_test_private_key_1',
  apiClientPrivate: 'sc_test_private_client_1',
};
export const hashKeys = { threeD: '3d-hash-key-test', systemWebhook: 'system-webhook-key-test' };

export function makeSim(options: Partial<ConstructorParameters<typeof PayWallSimulator>[0]> = {}) {
  return new PayWallSimulator({ ...creds, hashKeys, ...options });
}

export function makeClient(sim?: PayWallSimulator, options: Partial<PayWallOptions> = {}) {
  return new PayWall({
    ...creds,
    environment: 'test',
    hashKeys,
    logLevel: 'off',
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...(sim ? { fetch: sim.fetch } : {}),
    ...options,
  });
}

let n = 0;
export const uniqueCode = (prefix = 'order') => `${prefix}-${Date.now().toString(36)}-${++n}`;

export const customer = {
  FullName: 'Ayşe Yılmaz',
  Phone: '5336662211',
  Email: 'ayse@example.com',
  Country: 'Türkiye',
  City: 'İstanbul',
  Address: 'Moda Cd. 1, Kadıköy',
};

export function card(number: string = PAYWALL_SIM_CARDS.success) {
  return { OwnerName: 'Iyzico Kartı', Number: number, ExpireMonth: '12', ExpireYear: '2030', Cvv: '123' };
}

/** A direct payment of two products (12.25 + 3.25 = 15.50). */
export function directPayment(code = uniqueCode(), cardNumber?: string): DirectPaymentParams & { PaymentDetail: { MerchantUniqueCode: string } } {
  return {
    PaymentDetail: { Amount: '15.50', MerchantUniqueCode: code, CurrencyId: 1, Installment: 1, ClientIP: '203.0.113.7' },
    Card: card(cardNumber),
    Customer: customer,
    Products: [
      { ProductId: 'p-1', ProductName: 'Çay bardağı', ProductCategory: 'Ev', ProductDescription: '', ProductAmount: 12.25 },
      { ProductId: 'p-2', ProductName: 'Kaşık', ProductCategory: 'Ev', ProductDescription: '', ProductAmount: '3.25' },
    ],
  };
}

export function threeDPayment(code = uniqueCode(), cardNumber?: string): ThreeDPaymentParams {
  const base = directPayment(code, cardNumber);
  return {
    ...base,
    PaymentDetail: {
      ...base.PaymentDetail,
      MerchantSuccessBackUrl: 'https://shop.example/paywall/ok',
      MerchantFailBackUrl: 'https://shop.example/paywall/fail',
    },
  };
}
