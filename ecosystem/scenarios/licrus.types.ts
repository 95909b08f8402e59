/**
 * Type consumer of @odeme/licrus, checked by the runtime matrix under `moduleResolution` node16 (as ESM `.ts` and
 * as CJS `.cts`) and `bundler`. It is never run: it must compile, and the `@ts-expect-error` lines must stay errors.
 */
import { isOdemeError, ValidationError } from '@odeme/core';
import {
  callWithTicket,
  createLicrusTransport,
  Licrus,
  LicrusError,
  type LicrusOptions,
  type PaymentRequestInput,
  type PaymentResponse,
  paymentsPay,
} from '@odeme/licrus';
import { LICRUS_SIM_CARDS, LICRUS_SIM_USER, LicrusSimulator } from '@odeme/testkit';

const sim = new LicrusSimulator({ ticketTtlMs: 60_000 });
const options: LicrusOptions = { baseUrl: 'https://tenant-api.licrus.test', name: LICRUS_SIM_USER.name, password: LICRUS_SIM_USER.password, fetch: sim.fetch };
const licrus = new Licrus(options);

// @ts-expect-error baseUrl is required
const noBase: LicrusOptions = { name: 'u', password: 'p' };
export const rejected = [noBase];

const input: PaymentRequestInput = {
  PaymentRequestCode: 'ec38e9381d1440f0a3bb83ab47c37e11',
  Card: { CardHolderName: 'AYSE YILMAZ', Number: LICRUS_SIM_CARDS.approved, ExpireMonth: 7, ExpireYear: 2030, SecurityCode: '123' },
};
// @ts-expect-error Card is required
const noCard: PaymentRequestInput = { PaymentRequestCode: 'ec38e9381d1440f0a3bb83ab47c37e11' };
export const inputs = [input, noCard];

export async function pay(): Promise<string> {
  const ticket: string = await licrus.login();
  try {
    const res: PaymentResponse = await licrus.payments.pay(input);
    return `${ticket.length} ${res.MessageList.map((m) => `${m.kind} ${m.code ?? ''}`).join(';')}`;
  } catch (e) {
    if (e instanceof ValidationError) return e.fields.join(',');
    if (isOdemeError(e) && e instanceof LicrusError) return e.codes.join(',');
    throw e;
  }
}

// The smallest form: the tenant's transport, one row, and the ticket put in its body.
const transport = createLicrusTransport({ baseUrl: 'https://tenant-api.licrus.test', fetch: sim.fetch });
const credentials = { name: LICRUS_SIM_USER.name, password: LICRUS_SIM_USER.password };

export async function paySmallest(): Promise<boolean> {
  const res: PaymentResponse = await callWithTicket(transport, paymentsPay, input, credentials);
  return res.HasError === false;
}
// @ts-expect-error the row types its input: Card is required
export const smallestNoCard = () => callWithTicket(transport, paymentsPay, { PaymentRequestCode: 'ec38e9381d1440f0a3bb83ab47c37e11' }, credentials);
// @ts-expect-error createLicrusTransport requires baseUrl
export const noBaseTransport = () => createLicrusTransport({ fetch: sim.fetch });
