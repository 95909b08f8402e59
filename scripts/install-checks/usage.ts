// What a user of @odeme/oderopay alone can write: every class and helper comes from the one package installed.
import { OderoPay } from '@odeme/oderopay';
import { ODEROPAY_TEST_CARDS, OderoPaySimulator } from '@odeme/testkit';
import * as z from 'zod/mini';

const sim = new OderoPaySimulator({ apiKey: 'k', secretKey: 's' });
export const odero = new OderoPay({ apiKey: 'k', secretKey: 's', environment: 'sandbox', fetch: sim.fetch });
export const card = ODEROPAY_TEST_CARDS.success;
// The app's own zod and the SDK's are one copy: schemas combine.
export const order = z.object({ note: z.string() });
