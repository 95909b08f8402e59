import type { MessageCatalog } from '@odeme/core';

/** The APM messages in Turkish (`schemas/apm.ts`, `operations/apm.ts`), to be spread into `PAYWALL_TR`. */
export const PAYWALL_APM_TR: MessageCatalog = {
  'Amount must be greater than zero': 'Amount sıfırdan büyük olmalı',
  'look it up with apm.query({ MerchantUniqueCode: reference }) before sending it again':
    'yeniden göndermeden önce apm.query({ MerchantUniqueCode: reference }) ile sorgulayın',
};
