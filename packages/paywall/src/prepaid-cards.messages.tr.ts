import type { MessageCatalog } from '@odeme/core';

/**
 * The prepaid card messages in Turkish (`schemas/prepaid-cards.ts`, `operations/prepaid-cards.ts`), to be spread into
 * `PAYWALL_TR`. `{name}` is a field name, kept as written.
 */
export const PAYWALL_PREPAID_CARDS_TR: MessageCatalog = {
  '{name} must be visible ASCII without surrounding spaces (the card list filters by it as a header)':
    '{name} başında ve sonunda boşluk olmayan görünür ASCII karakterlerden oluşmalı (kart listesi bu değere göre başlıkla süzülür)',
  'Phone must be 7–15 digits, optionally after a +': 'Phone 7–15 haneli olmalı, başında + olabilir',
  'Pin must be 4–12 digits': 'Pin 4–12 haneli olmalı',
  'read the card with prepaidCards.detail({ CardId: reference }) and prepaidCards.transactions({ CardId: reference }) before sending it again':
    'yeniden göndermeden önce kartı prepaidCards.detail({ CardId: reference }) ve prepaidCards.transactions({ CardId: reference }) ile okuyun',
};
