import type { MessageCatalog } from '@odeme/core';

/**
 * Bulk payments' messages in Turkish (`schemas/bulk-payments.ts`, `operations/bulk-payments.ts`, the bulk callback
 * and result file readers), to be spread into `PAYWALL_TR`. Field names stay as written.
 */
export const PAYWALL_BULK_TR: MessageCatalog = {
  // Batch rules.
  'a Storm batch (bulkPayments.start) takes at most 500 payments, not {count}; send a larger one with bulkPayments.startLarge':
    'bir Storm toplu ödemesi (bulkPayments.start) en fazla 500 ödeme alır, {count} değil; daha büyüğünü bulkPayments.startLarge ile gönderin',
  'a Tsunami batch (bulkPayments.startLarge) takes at most 50000 payments, not {count}; split it, or upload a file with bulkPayments.startFile':
    'bir Tsunami toplu ödemesi (bulkPayments.startLarge) en fazla 50000 ödeme alır, {count} değil; bölün ya da bulkPayments.startFile ile dosya yükleyin',
  'a batch has at least one payment': 'bir toplu ödeme en az bir ödeme içermeli',
  'CardMethod is 1 (one card for all) or 2 (a card per payment)': 'CardMethod 1 (hepsi için tek kart) ya da 2 (her ödemeye bir kart) olmalı',
  'CardModel is 1 (ECommerce) or 2 (Insurance)': 'CardModel 1 (ECommerce) ya da 2 (Insurance) olmalı',
  'with CardMethod 1 the first payment carries the card': 'CardMethod 1 ile kartı ilk ödeme taşır',
  'with CardMethod 2 every payment carries its card': 'CardMethod 2 ile her ödeme kendi kartını taşır',
  'with CardMethod 1 exactly one card is given, on the first payment': 'CardMethod 1 ile yalnızca bir kart, ilk ödemede verilir',
  'with CardModel 2 Number is the first 8 and the last 4 digits of the card (12 digits)': 'CardModel 2 ile Number, kartın ilk 8 ve son 4 hanesidir (12 hane)',
  'IdentityNumber is required with CardModel 2': 'CardModel 2 ile IdentityNumber zorunludur',
  // The file upload.
  '{name} is 0–32767': '{name} 0–32767 arasında olmalı',
  'File is empty': 'File boş',
  'File is text or a Blob': 'File bir metin ya da Blob olmalı',
  'the file is not UTF-8 text': 'dosya UTF-8 metin değil',
  'the file has no rows': 'dosyada satır yok',
  'a bulk file has at most {max} rows, not {rows}': 'bir toplu ödeme dosyası en fazla {max} satır içerir, {rows} değil',
  'a bulk file has at most {max} characters': 'bir toplu ödeme dosyası en fazla {max} karakter içerir',
  // The query.
  'PageSize is 1–1000': 'PageSize 1–1000 arasında olmalı',
  'PageSize is at most 1000': 'PageSize en fazla 1000 olabilir',
  'PageNumber starts at 1': 'PageNumber 1’den başlar',
  // How to resolve an unknown outcome.
  'look it up with bulkPayments.query({ MerchantUniqueCode: reference }) before sending it again':
    'yeniden göndermeden önce bulkPayments.query({ MerchantUniqueCode: reference }) ile sorgulayın',
  // The result callback and the result file.
  'PayWall: hashKeys.systemWebhook is not configured, so a bulk callback cannot be verified':
    'PayWall: hashKeys.systemWebhook ayarlanmamış, bu yüzden toplu ödeme geri bildirimi doğrulanamaz',
  'PayWall bulk callback has no Hash field': 'PayWall toplu ödeme geri bildiriminde Hash alanı yok',
  'PayWall bulk callback hash does not verify': 'PayWall toplu ödeme geri bildiriminin hash değeri doğrulanamadı',
  'the bulk callback has no BulkPaymentId': 'toplu ödeme geri bildiriminde BulkPaymentId yok',
  'the bulk callback carries no MerchantUniqueCode: pass { merchantUniqueCode } of the batch to verify it':
    'toplu ödeme geri bildirimi MerchantUniqueCode taşımıyor: doğrulamak için toplu ödemenin { merchantUniqueCode } değerini verin',
  'the bulk callback body is larger than {max} bytes': 'toplu ödeme geri bildiriminin gövdesi {max} bayttan büyük',
  'the bulk callback is larger than {max} bytes once decompressed': 'toplu ödeme geri bildirimi açıldığında {max} bayttan büyük',
  'the bulk callback is not valid gzip': 'toplu ödeme geri bildirimi geçerli bir gzip değil',
  'the bulk callback body is not UTF-8 text': 'toplu ödeme geri bildiriminin gövdesi UTF-8 metin değil',
  'the compressed results are not Base64': 'sıkıştırılmış sonuçlar Base64 değil',
  'the compressed results are not JSON': 'sıkıştırılmış sonuçlar JSON değil',
  'a quoted field is not closed': 'tırnak içindeki bir alan kapanmamış',
  '{count} fields, not {columns}': '{count} alan var, {columns} değil',
  'the line number is not a whole number': 'satır numarası bir tam sayı değil',
};
