import type { MessageCatalog } from '@odeme/core';

/**
 * The HASO package's messages in Turkish, for the client option `locale: tr` (core's own come from core). The first
 * matching template wins and each placeholder's text is translated in turn, so specific templates come first.
 */
export const HASO_TR: MessageCatalog = {
  // Answers and refusals.
  '{op}: haso answered without its Success/Errors/Data envelope': '{op}: HASO, Success/Errors/Data zarfı olmadan yanıt verdi',
  '{op}: haso answered Success without the result code its docs give for success':
    '{op}: HASO başarılı yanıt verdi, ancak belgelerinin başarı için öngördüğü sonuç kodu yanıtta yok',
  '{op}: haso refused the credentials: {detail}': '{op}: HASO kimlik bilgilerini kabul etmedi: {detail}',
  'haso declined {op}: {detail}': '{op}: HASO işlemi onaylamadı: {detail}',
  'haso refused {op}: {detail}': 'HASO {op} isteğini reddetti: {detail}',

  // What resolves an unknown outcome (said after "sonuç bilinmiyor").
  'HASO documents no lookup by merchantOid alone: ask HASO with the merchantOid (reference) before buying again, and never resend under a new one':
    'HASO yalnızca merchantOid ile sorgulama sunmuyor: yeniden satın almadan önce merchantOid (reference) ile HASO’ya danışın ve işlemi asla yeni bir merchantOid ile tekrar göndermeyin',
  'check it with refunds.check({ refundId: reference }); resending with the same refundId answers H307 if it went through':
    'refunds.check({ refundId: reference }) ile kontrol edin; iade gerçekleştiyse aynı refundId ile yeniden gönderim H307 yanıtı alır',
  "read each installment's paymentStatus with transactions.paymentPlan({ merchantOid: reference, transactionCode })":
    'her taksidin paymentStatus değerini transactions.paymentPlan({ merchantOid: reference, transactionCode }) ile okuyun',
  "read each installment's paymentStatus with transactions.paymentPlan({ merchantOid, transactionCode })":
    'her taksidin paymentStatus değerini transactions.paymentPlan({ merchantOid, transactionCode }) ile okuyun',
  'check it with transactions.paymentPlan({ merchantOid: reference, transactionCode })':
    'transactions.paymentPlan({ merchantOid: reference, transactionCode }) ile kontrol edin',
  'look for your paymentReferenceCode (reference) in customers.payments({ customerId })':
    'paymentReferenceCode (reference) değerinizi customers.payments({ customerId }) sonucunda arayın',

  // Options checked when the client is built.
  'Haso needs {fields}. HASO publishes no hosts: pass the service URL (SERVIS_URL) HASO gave you, which differs for test and production':
    'Haso için {fields} gerekli. HASO sunucu adreslerini yayımlamıyor: HASO’nun size verdiği servis adresini (SERVIS_URL) verin; test ve canlı ortamın adresleri farklıdır',
  'Haso needs {fields}': 'Haso için {fields} gerekli',
  'Haso baseUrl must be an absolute URL such as https://…': 'Haso baseUrl, https://… ile başlayan tam bir adres olmalı',
  'Haso ipAddress must be the client IP as text (it is sent and signed)':
    'Haso ipAddress, istemcinin IP adresini metin olarak içermeli (bu değer gönderilir ve imzaya katılır)',
  'Haso declineCodes must map result codes to decline reasons (insufficient_funds, do_not_honor…)':
    'Haso declineCodes, sonuç kodlarını ret nedenleriyle (insufficient_funds, do_not_honor…) eşleştirmeli',
  'Haso {name} must be a list of result codes (strings)': 'Haso {name}, sonuç kodlarından (metin) oluşan bir liste olmalı',
  "Haso encoding must be 'json' or 'form', got {value}": "Haso encoding 'json' ya da 'form' olmalı; verilen değer: {value}",

  // Request fields.
  'required: HASO signs the client IP into this request; give ipAddress to the call or the client':
    'zorunlu: HASO istemcinin IP adresini bu isteğin imzasına katıyor; ipAddress değerini çağrıya ya da istemciye verin',
  'must not exceed 2,147,483,647 (HASO types it as a .NET int)': 'en fazla 2.147.483.647 olabilir (HASO bu alanı .NET int olarak tanımlıyor)',
  'date must be a calendar day written yyyy-MM-dd': 'tarih, yyyy-MM-dd biçiminde geçerli bir takvim günü olmalı',
  'invalid date': 'geçersiz tarih',
  'payment status must be 0–4': 'ödeme durumu 0 ile 4 arasında olmalı',
  'customerId is required unless qrhash is sent': 'qrhash gönderilmiyorsa customerId zorunludur',
  'would replace the checked field {field}: set {field} itself': 'denetlenen {field} alanının yerine geçerdi: {field} alanını doğrudan verin',
  'names the same field as {other} (HASO reads names without case)': '{other} ile aynı alanı belirtiyor (HASO alan adlarında büyük/küçük harf ayrımı yapmaz)',
  'HASO token field "{name}" is a list or object; it cannot be joined into a requestToken':
    'HASO token alanı "{name}" bir liste ya da nesne; requestToken metnine eklenemez',
  '"{path}" is not a HASO method path such as /RequestV2/Name': '"{path}" bir HASO metot yolu değil (örnek: /RequestV2/Name)',

  // Return posts (okUrl, failUrl, callbackUrl).
  'maxBodyBytes of the HASO return reader must be a whole number of bytes greater than 0':
    'HASO dönüş okuyucusunun maxBodyBytes değeri, 0’dan büyük bir tam sayı (bayt) olmalı',
  'the HASO return post is larger than {max} bytes': 'HASO’nun dönüş isteği {max} bayttan büyük',
  'the HASO return post could not be read': 'HASO’nun dönüş isteği okunamadı',
  'the HASO return post is neither a form nor a JSON object': 'HASO’nun dönüş isteği ne form ne de JSON nesnesi',
  'is posted more than once': 'birden fazla kez gönderilmiş',
};
