import { ValidationError } from '@odeme/core';
import { OderoPay } from '@odeme/oderopay';
import { OderoPaySimulator } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { creds } from './helpers';

/** A client on a fresh simulator that records every request it sends. */
function recorded() {
  const sim = new OderoPaySimulator(creds);
  const sent: Request[] = [];
  const odero = new OderoPay({
    ...creds,
    environment: 'sandbox',
    logLevel: 'off',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push(request.clone());
      return sim.fetch(request);
    },
  });
  return { odero, sent, body: async (i: number) => (await sent[i]?.json()) as Record<string, unknown> };
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
};

describe('identifiers: checked before sending, sent in the wire form of ÖderoPay samples', () => {
  it('a buyer: TCKN checked, mobile number sent as 905XXXXXXXXX', async () => {
    const { odero, sent, body } = recorded();
    const b = await odero.onboarding.createBuyer({ name: 'Ayşe', surname: 'Yılmaz', gsmNumber: '0532 111 22 33', identityNumber: ' 10000000146 ' });
    expect(await body(0)).toMatchObject({ gsmNumber: '905321112233', identityNumber: '10000000146' });
    await odero.onboarding.updateBuyer({ id: b.id, name: 'Ayşe', surname: 'Kaya', gsmNumber: '+90 (532) 111 22 33' });
    expect(await body(1)).toMatchObject({ gsmNumber: '905321112233' });
    const found = await odero.onboarding.searchBuyers({ gsmNumber: '5321112233', identityNumber: '10000000146' });
    expect(new URL(sent[2]?.url as string).searchParams.get('gsmNumber')).toBe('905321112233');
    expect(found.items.map((x) => x.id)).toEqual([b.id]);
  });

  it('a wrong TCKN, mobile number or IBAN is refused, naming the rule and never the value; nothing is sent', async () => {
    const { odero, sent } = recorded();
    const buyer = await refusal(odero.onboarding.createBuyer({ name: 'Ayşe', surname: 'Yılmaz', identityNumber: '10000000147', gsmNumber: '0212 111 22 33' }));
    expect(buyer.issues.map((i) => i.path).sort()).toEqual(['gsmNumber', 'identityNumber']);
    expect(buyer.message).toContain('TCKN check digits');
    expect(buyer.message).not.toContain('10000000147');
    expect(buyer.message).not.toContain('2121112233');
    const search = await refusal(odero.onboarding.searchBuyers({ identityNumber: '1234' }));
    expect(search.issues[0]).toMatchObject({ path: 'identityNumber', message: 'TCKN must be 11 digits' });
    const seller = await refusal(odero.onboarding.createSubMerchant({ subMerchantType: 'PERSONAL', name: 'Usta', iban: 'TR340006100519786457841326' }));
    expect(seller.issues[0]).toMatchObject({ path: 'iban' });
    expect(seller.message).toContain('mod 97');
    expect(seller.message).not.toContain('TR34');
    const transfer = await refusal(odero.moneyTransfers.createCode({ amount: '75', transactionId: 'mt-1', receiverIban: 'TR33 0006 1005 1978 6457 8413 27' }));
    expect(transfer.issues[0]?.path).toBe('receiverIban');
    expect(sent).toHaveLength(0);
  });

  it('a sub-merchant: IBAN and mobile checked and normalised; identity and tax numbers sent as given', async () => {
    const { odero, body } = recorded();
    // The placeholders of ÖderoPay's own Node client tests, which fail the TCKN and VKN checksums, pass unchanged.
    const s = await odero.onboarding.createSubMerchant({
      subMerchantType: 'PERSONAL',
      name: 'Luke Skywalker',
      iban: 'tr32 0010 0099 9990 1234 5678 90',
      gsmNumber: '+905551234567',
      identityNumber: '12341234912',
      taxNumber: '1234123456',
    });
    expect(await body(0)).toMatchObject({
      iban: 'TR320010009999901234567890',
      gsmNumber: '905551234567',
      identityNumber: '12341234912',
      taxNumber: '1234123456',
    });
    // An Azerbaijani IBAN passes (ÖderoPay's Azerbaijan region); its check digits are still checked.
    await odero.onboarding.updateSubMerchant({ id: s.id, name: 'Luke', iban: 'AZ21NABZ00000000137010001944' });
    expect(await body(1)).toMatchObject({ iban: 'AZ21NABZ00000000137010001944' });
  });
});
