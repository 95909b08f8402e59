/**
 * The checkout example, in one command: `pnpm shop`. A small Turkish web shop on http://127.0.0.1:3000 paying
 * through ÖderoPay, whose simulator runs on another loopback port with its bank 3-D Secure page. Pay with
 * 5528 7900 0000 0008, any future expiry, CVC 000, and the SMS code the bank page shows (123456).
 *
 *   PORT=3000 SIM_PORT=0 pnpm shop
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { nodeHandler } from '@odeme/core/node';
import { OderoPay } from '@odeme/oderopay';
import { tr } from '@odeme/oderopay/tr';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator, SIM_SMS_CODE } from '@odeme/testkit';
import { listen } from '@odeme/testkit/node';
import { createShop } from './shop';

const keys = { apiKey: 'shop-demo-api-key', secretKey: 'shop-demo-secret-key' };

/** Starts the simulator and the shop; resolves with their URLs, the shop and a `close`. */
export async function startShop(options: { port?: number; simPort?: number } = {}) {
  const simulator = new OderoPaySimulator({ ...keys, merchantName: 'Demlik & Co.' });
  const sim = await listen(simulator, { port: options.simPort ?? 0 });
  const odero = new OderoPay({ ...keys, baseUrl: sim.url, locale: tr, logLevel: 'off' });
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const shop = createShop({ odero, publicUrl: url });
  server.on('request', nodeHandler(shop.handle));
  return {
    url,
    simUrl: sim.url,
    shop,
    simulator,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sim.close();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const running = await startShop({ port: Number(process.env.PORT ?? 3000), simPort: Number(process.env.SIM_PORT ?? 0) });
  console.log(`Demlik & Co. test mağazası: ${running.url}`);
  console.log(`ÖderoPay simülatörü:        ${running.simUrl}`);
  console.log(`Test kartı ${ODEROPAY_TEST_CARDS.success.replace(/(\d{4})(?=\d)/g, '$1 ')}, ileri bir son kullanma tarihi, CVC 000, SMS kodu ${SIM_SMS_CODE}.`);
  console.log('Durdurmak için Ctrl-C.');
}
