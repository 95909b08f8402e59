import type { MessageCatalog } from '@odeme/core';

/**
 * The member service's messages in Turkish (`schemas/members.ts`), to be spread into `PAYWALL_TR`. Placeholders as in
 * that catalog: `{name}` is a field name, kept as written.
 */
export const PAYWALL_MEMBERS_TR: MessageCatalog = {
  '{name} is {min} or more': '{name} en az {min} olmalı',
  '{name} is at most 2,147,483,647': '{name} en fazla 2.147.483.647 olabilir',
  '{name} is required for a corporation': '{name} anonim/limited şirket üyeler için zorunludur',
  'give {id} or MemberExternalId': '{id} ya da MemberExternalId verilmeli',
  'MemberExternalId must not be empty': 'MemberExternalId boş olmamalı',
  'MemberType is 1 (individual), 2 (sole proprietorship) or 3 (corporation)':
    'MemberType 1 (bireysel), 2 (şahıs şirketi) ya da 3 (anonim/limited şirket) olmalı',
  'CalculationType is 1 (days after approval), 2 (a weekday) or 3 (a day of the month)':
    'CalculationType 1 (onaydan sonraki gün sayısı), 2 (haftanın günü) ya da 3 (ayın günü) olmalı',
  'an international number is + and 7–15 digits': 'uluslararası bir numara + ve 7–15 haneden oluşmalı',
  'with CalculationType 2 CalculationValue is a weekday, 1 (Monday) to 5 (Friday)':
    'CalculationType 2 ise CalculationValue bir hafta içi günüdür: 1 (pazartesi) ile 5 (cuma) arası',
  'with CalculationType 3 CalculationValue is a day of the month, 1–31': 'CalculationType 3 ise CalculationValue ayın bir günüdür: 1–31',
  'MemberEmail is not an e-mail address': 'MemberEmail geçerli bir e-posta adresi değil',
  'MemberType is required for a sub-merchant': 'alt üye işyeri için MemberType zorunludur',
  "a corporation's MemberTaxNumber is its 10-digit VKN": 'anonim/limited şirketin MemberTaxNumber alanı 10 haneli vergi kimlik numarasıdır',
  'MemberIdentityNumber is required for an individual or a sole proprietorship': 'bireysel üyeler ve şahıs şirketleri için MemberIdentityNumber zorunludur',
  'a member has at most one bank account per currency': 'bir üyenin her para biriminde en fazla bir banka hesabı olabilir',
};
