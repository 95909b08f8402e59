// Inputs for the .NET endpoints of one area of the client (see samples.ts): every field our row can send, one input
// per alternative, keyed by the row's id.

const year = String(new Date().getUTCFullYear() + 3);

/** Sample inputs of this area's rows, by row id. */
export const prepaidCardsSamples: Record<string, Record<string, unknown>[]> = {
  'prepaidCards.accountBalance': [{ CardProductionKey: 'prepaid-programme' }],
  'prepaidCards.disable': [{ CardId: 501 }],
  'prepaidCards.enable': [{ CardId: 501 }],
  'prepaidCards.remove': [{ CardId: 501 }],
  'prepaidCards.load': [{ CardId: 501, Amount: '250.75' }],
  'prepaidCards.unload': [{ CardId: 501, Amount: 40.5 }],
  'prepaidCards.detail': [{ CardId: 501 }],
  'prepaidCards.list': [
    { Start: 0, Length: 20, CardId: 501, CardNumber: '5528 7900 0000 0008', Phone: '905336662211', ExternalId: 'user-42' },
    { Start: 20, Length: 20 },
  ],
  'prepaidCards.setPhone': [{ CardId: 501, Phone: '+905336662211' }],
  'prepaidCards.setDescription': [{ CardId: 501, Description: 'Yemek kartı' }],
  'prepaidCards.transactions': [{ CardId: 501, Page: 2, DateFrom: '2026-01-01', DateTo: new Date('2026-01-31T12:00:00Z') }],
  'prepaidCards.setPin': [{ CardId: 501, Pin: '4821' }],
  'prepaidCards.createVirtual': [
    { CardProductionKey: 'prepaid-programme', Description: 'Yemek kartı', Phone: '905336662211', ExternalId: 'user-42' },
    { CardProductionKey: 'prepaid-programme', Description: 'Hediye kartı', Phone: '905336662211' },
  ],
  'prepaidCards.addPhysical': [
    {
      CardProductionKey: 'prepaid-programme',
      Number: '5528790000000008',
      ExpireMonth: 7,
      ExpireYear: year,
      Cvv: '123',
      Phone: '905336662211',
      Description: 'Basılı kart',
      ExternalId: 'user-42',
    },
  ],
};
