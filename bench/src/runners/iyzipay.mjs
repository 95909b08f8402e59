// iyzipay (postman-request): the same payment in iyzipay's model, base URL pointed at the loopback server.
import Iyzipay from 'iyzipay';
import { CREDENTIALS, iyzipayPayment } from '../fixtures.mjs';

export async function create({ baseUrl }) {
  const client = new Iyzipay({ ...CREDENTIALS, uri: baseUrl });
  return () =>
    new Promise((resolve, reject) =>
      client.payment.create(iyzipayPayment, (err, result) =>
        err ? reject(err) : result?.status === 'success' ? resolve(result) : reject(new Error(JSON.stringify(result).slice(0, 200))),
      ),
    );
}
