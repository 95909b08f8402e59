import { OderoPay } from '@odeme/oderopay';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator } from '@odeme/testkit';

const keys = { apiKey: 'demo-api-key', secretKey: 'demo-secret-key' };
const sim = new OderoPaySimulator(keys); // ÖderoPay in memory; drop `fetch` below to use the real sandbox
const odero = new OderoPay({ ...keys, environment: 'sandbox', fetch: sim.fetch });

const payment = await odero.payments.create({
  conversationId: 'order-1001', // your order id (one is generated if you leave it out): look the payment up by it if the answer is lost
  price: '150.50', // TL, exact to the kuruş; must equal the sum of items[].price
  paidPrice: '150.50',
  installment: 1,
  currency: 'TRY',
  paymentGroup: 'PRODUCT',
  card: { cardHolderName: 'Ayşe Yılmaz', cardNumber: ODEROPAY_TEST_CARDS.success, expireYear: '2035', expireMonth: '07', cvc: '123' },
  items: [{ name: 'Kitap', price: '100.25' }, { name: 'Kalem', price: '50.25' }],
});
console.log(payment.paymentStatus, payment.id, payment.paidPrice); // SUCCESS 1234001 150.5
