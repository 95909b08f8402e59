// Inputs for the .NET endpoints of one area of the client (see samples.ts): every field our row can send, one input
// per alternative, keyed by the row's id.

const member = {
  IsSubMerchant: true,
  MemberType: 3 as const,
  MemberExternalId: 'seller-42',
  MemberName: 'Moda Çay',
  MemberTitle: 'Moda Çay Gıda Ticaret A.Ş.',
  MemberTaxOffice: 'Kadıköy',
  MemberTaxNumber: '1234567890',
  MemberIdentityNumber: '10000000146',
  MemberEmail: 'muhasebe@modacay.example',
  MemberPhone: '0532 123 45 67',
  MemberAddress: 'Moda Cd. 1, Kadıköy, İstanbul',
  ContactName: 'Ayşe',
  ContactLastname: 'Yılmaz',
};
const account = { CurrencyId: 1 as const, Title: 'Moda Çay Gıda Ticaret A.Ş.', Iban: 'TR33 0006 1005 1978 6457 8413 26' };
const valueDate = { CalculationType: 1 as const, CalculationValue: 7, Commission: '2.50' };

/** Sample inputs of this area's rows, by row id. */
export const membersSamples: Record<string, Record<string, unknown>[]> = {
  'members.create': [{ ...member, BankAccounts: [account, { ...account, CurrencyId: 3, Iban: 'DE89370400440532013000' }], ValueDate: valueDate }],
  'members.update': [{ Id: 1001, ...member }],
  'members.remove': [{ Id: 1001 }, { MemberExternalId: 'seller-42' }],
  'members.list': [{ Start: 0, Length: 20 }],
  'members.search': [{ MemberId: 1001, MemberExternalId: 'seller-42' }, { MemberExternalId: 'seller-42' }],
  'members.bankAccounts.create': [{ MemberId: 1001, ...account }],
  'members.bankAccounts.update': [{ Id: 2001, ...account }],
  'members.bankAccounts.remove': [{ Id: 2001 }],
  'members.bankAccounts.list': [{ MemberId: 1001 }],
  'members.valueDates.set': [{ MemberId: 1001, ...valueDate }],
  'members.valueDates.get': [{ MemberId: 1001 }],
};
