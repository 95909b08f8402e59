import { OderoPay, type OderoPayOptions } from '@odeme/oderopay';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator, type OderoPaySimulatorOptions } from '@odeme/testkit';

export const creds = { apiKey: 'sandbox-api-key-0001', secretKey: 'sandbox-secret-key-0001' };

/** A client wired to a fresh simulator. */
export function setup(simOptions: Partial<OderoPaySimulatorOptions> = {}, clientOptions: Partial<OderoPayOptions> = {}) {
  const sim = new OderoPaySimulator({ ...creds, ...simOptions });
  const odero = new OderoPay({
    ...creds,
    environment: 'sandbox',
    fetch: sim.fetch,
    logLevel: 'off',
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...clientOptions,
  });
  return { sim, odero };
}

export const card = (cardNumber: string = ODEROPAY_TEST_CARDS.success) => ({
  cardHolderName: 'Ayşe Yılmaz',
  cardNumber,
  expireYear: '2035',
  expireMonth: '07',
  cvc: '123',
});

export const basket = () => ({
  price: '150.50',
  paidPrice: '150.50',
  installment: 1 as const,
  currency: 'TRY' as const,
  paymentGroup: 'PRODUCT' as const,
  conversationId: 'order-1001',
  items: [
    { name: 'Kitap', price: '100.25', externalId: 'sku-1' },
    { name: 'Kalem', price: '50.25', externalId: 'sku-2' },
  ],
});
