import type { MessageCatalog } from '@odeme/core';

/**
 * The subscription messages in Turkish (`schemas/recurring*.ts`, `operations/recurring.ts`), to be spread into
 * `PAYWALL_TR`. `{name}` is a field name and `{code}` a PayWall error number, kept as written.
 */
export const PAYWALL_RECURRING_TR: MessageCatalog = {
  '{name} must not be negative': '{name} negatif olamaz',
  '{name} is 1 or more': '{name} en az 1 olmalı',
  '{name} is required (PayWall error {code})': '{name} zorunludur (PayWall hatası {code})',
  '{name} is required without SubscriptionCustomerPoolId (PayWall error {code})':
    'SubscriptionCustomerPoolId verilmediğinde {name} zorunludur (PayWall hatası {code})',
  'SubscriptionMerchantCode must be visible ASCII without surrounding spaces (it is sent as a header to query the subscription)':
    'SubscriptionMerchantCode başında ve sonunda boşluk olmayan görünür ASCII karakterlerden oluşmalı (aboneliği sorgulamak için başlık olarak gönderilir)',
  'SubscriptionType is 1 (unlimited) or 2 (count-limited)': 'SubscriptionType 1 (süresiz) ya da 2 (adet sınırlı) olmalı',
  'RecurringPeriodType is 1 (daily) to 8 (yearly)': 'RecurringPeriodType 1 (günlük) ile 8 (yıllık) arasında olmalı',
  'Type is 1 (subscription), 2 (product) or 3 (service)': 'Type 1 (abonelik), 2 (ürün) ya da 3 (hizmet) olmalı',
  'ItemType is 1, 2 or 3': 'ItemType 1, 2 ya da 3 olmalı',
  'a pool id is a positive whole number': 'havuz kimliği pozitif bir tam sayı olmalı',
  'Email is not an e-mail address (PayWall error 320)': 'Email geçerli bir e-posta adresi değil (PayWall hatası 320)',
  'Items must not be empty (PayWall error 310)': 'Items boş olmamalı (PayWall hatası 310)',
  'the items must add up to Amount (PayWall error 314)': 'kalemlerin toplamı Amount tutarına eşit olmalı (PayWall hatası 314)',
  'a trial needs TrialDay of 1 or more (PayWall error 307)': 'deneme süresi için TrialDay en az 1 olmalı (PayWall hatası 307)',
  'a count-limited subscription needs RecurringPeriodCount (PayWall error 352)':
    'adet sınırlı bir abonelik için RecurringPeriodCount zorunludur (PayWall hatası 352)',
  'Id is the card id of recurring.listCards': 'Id, recurring.listCards yanıtındaki kart kimliği olmalı',
  'look it up with recurring.get({ SubscriptionMerchantCode: reference }) before sending it again':
    'yeniden göndermeden önce recurring.get({ SubscriptionMerchantCode: reference }) ile sorgulayın',
};
