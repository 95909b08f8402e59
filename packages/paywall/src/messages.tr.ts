import type { MessageCatalog } from '@odeme/core';
import { PAYWALL_APM_TR } from './apm.messages.tr.js';
import { PAYWALL_BULK_TR } from './bulk-payments.messages.tr.js';
import { PAYWALL_MARKETPLACE_TR } from './marketplace.messages.tr.js';
import { PAYWALL_MEMBERS_TR } from './members.messages.tr.js';
import { PAYWALL_PREPAID_CARDS_TR } from './prepaid-cards.messages.tr.js';
import { PAYWALL_RECURRING_TR } from './recurring.messages.tr.js';

/**
 * The PayWall package's messages in Turkish, for the client option `locale: 'tr'` (core's own come from core).
 * Specific templates come before general ones: the first match wins, and each placeholder's text is translated in
 * turn (an error's `{name}` is one of PayWall's code meanings below).
 */
export const PAYWALL_TR: MessageCatalog = {
  // Areas with catalogs of their own.
  ...PAYWALL_MEMBERS_TR,
  ...PAYWALL_RECURRING_TR,
  ...PAYWALL_PREPAID_CARDS_TR,
  ...PAYWALL_APM_TR,
  ...PAYWALL_MARKETPLACE_TR,
  ...PAYWALL_BULK_TR,
  // Payouts.
  'look it up with payouts.query({ MerchantUniqueCode: reference }) before sending it again':
    'yeniden göndermeden önce payouts.query({ MerchantUniqueCode: reference }) ile sorgulayın',
  // Physical POS.
  'PayWall publishes no physical POS inquiry: wait for the Physical POS callback with this MerchantUniqueCode, or check the terminal and the PayWall panel, before selling again':
    'PayWall fiziki POS için sorgu servisi yayımlamıyor: yeniden satış yapmadan önce bu MerchantUniqueCode ile gelen fiziki POS geri bildirimini bekleyin ya da terminali ve PayWall panelini kontrol edin',
  'TerminalId is a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)': 'TerminalId bir GUID olmalı (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)',
  'Methods needs at least one payment method': 'Methods en az bir ödeme yöntemi içermeli',
  '{name} must be an absolute http or https URL': '{name} mutlak bir http ya da https URL’si olmalı',
  'give TerminalId or TerminalTagCode': 'TerminalId ya da TerminalTagCode verin',
  'give exactly one of TerminalId and TerminalTagCode, not both': 'TerminalId ve TerminalTagCode alanlarından yalnızca birini verin, ikisini birden değil',
  // Answers.
  '{op}: PayWall answered without its { ErrorCode, Result } envelope': '{op}: PayWall, { ErrorCode, Result } zarfı olmadan yanıt verdi',
  '{op}: PayWall answered Result {result} with ErrorCode {code}; the outcome cannot be read from it':
    '{op}: PayWall, Result {result} ile birlikte ErrorCode {code} döndürdü; işlemin sonucu bu yanıttan anlaşılamıyor',
  '{op}: PayWall did not accept the API keys: error {code} ({name}): {message}':
    '{op}: PayWall API anahtarlarını kabul etmedi: hata {code} ({name}): {message}',
  'PayWall declined {op}: error {code} ({name}): {message}': '{op}: ödeme PayWall tarafından reddedildi: hata {code} ({name}): {message}',
  'PayWall refused {op}: error {code} ({name}): {message}': '{op}: PayWall isteği reddetti: hata {code} ({name}): {message}',

  // PayWall's Payment API error list (spec §3.2 a), the names errors carry.
  'payment not found / request cannot be processed / general error': 'ödeme bulunamadı / istek işlenemiyor / genel hata',
  success: 'başarılı',
  failure: 'başarısız',
  'unexpected parameters': 'beklenmeyen parametreler',
  'unsupported provider': 'desteklenmeyen sağlayıcı',
  'MerchantUniqueCode already used': 'MerchantUniqueCode daha önce kullanılmış',
  'no suitable provider for the payment': 'ödeme için uygun sağlayıcı yok',
  'environment/address configuration missing': 'ortam/adres yapılandırması eksik',
  'payment already finalised': 'ödeme zaten sonuçlanmış',
  'unexpected currency': 'beklenmeyen para birimi',
  'unexpected installment': 'beklenmeyen taksit sayısı',
  'unexpected MerchantUniqueCode': 'beklenmeyen MerchantUniqueCode',
  'unexpected MerchantSuccessBackUrl': 'beklenmeyen MerchantSuccessBackUrl',
  'unexpected MerchantFailBackUrl': 'beklenmeyen MerchantFailBackUrl',
  'unexpected card holder': 'beklenmeyen kart sahibi',
  'unexpected card number': 'beklenmeyen kart numarası',
  'unexpected expiry month': 'beklenmeyen son kullanma ayı',
  'unexpected expiry year': 'beklenmeyen son kullanma yılı',
  'unexpected payment detail': 'beklenmeyen ödeme ayrıntısı',
  'unexpected card detail': 'beklenmeyen kart bilgisi',
  'card expired': 'kartın süresi dolmuş',
  'provider credentials not configured': 'sağlayıcı kimlik bilgileri tanımlanmamış',
  'stored-card UniqueCode invalid': 'kayıtlı kartın UniqueCode değeri geçersiz',
  'stored card not found': 'kayıtlı kart bulunamadı',
  'stored card disabled': 'kayıtlı kart devre dışı',
  'provider not connected': 'sağlayıcı bağlı değil',
  'product list empty': 'ürün listesi boş',
  'product total differs from the transaction amount': 'ürünlerin toplamı işlem tutarından farklı',
  'MemberId required for marketplace accounts': 'pazaryeri hesaplarında MemberId zorunludur',
  'product list has an invalid MemberId': 'ürün listesinde geçersiz bir MemberId var',
  'marketplace: unexpected request': 'pazaryeri: beklenmeyen istek',
  'marketplace: no product to approve': 'pazaryeri: onaylanacak ürün yok',
  'marketplace: no payment to approve': 'pazaryeri: onaylanacak ödeme yok',
  'marketplace: payment not found': 'pazaryeri: ödeme bulunamadı',
  'marketplace: no product to report': 'pazaryeri: raporlanacak ürün yok',
  'marketplace: earning not found': 'pazaryeri: hakediş bulunamadı',
  'marketplace: earning already sent': 'pazaryeri: hakediş zaten gönderilmiş',
  'invalid DiscountOwnerType in products': 'ürünlerde geçersiz DiscountOwnerType',
  'invalid DiscountType': 'geçersiz DiscountType',
  'invalid discount percentage': 'geçersiz indirim yüzdesi',
  'invalid discount amount': 'geçersiz indirim tutarı',
  'invalid shipping (cargo) type': 'geçersiz kargo tipi',
  'invalid shipping currency': 'geçersiz kargo para birimi',

  // Building the client and the request.
  'PayWall: the public pair (apiKeyPublic, apiClientPublic) is required; missing: {keys}':
    'PayWall: genel anahtar çifti (apiKeyPublic, apiClientPublic) zorunludur; eksik: {keys}',
  'PayWall: give both apiKeyPrivate and apiClientPrivate, or neither': 'PayWall: apiKeyPrivate ile apiClientPrivate’ı birlikte verin ya da ikisini de vermeyin',
  "PayWall: set environment ('test' or 'production'), baseUrl or baseUrls":
    "PayWall: environment ('test' ya da 'production'), baseUrl ya da baseUrls ayarlayın",
  "PayWall: environment must be 'test' or 'production', got {value}": "PayWall: environment 'test' ya da 'production' olmalı ({value} verildi)",
  'PayWall: {names} cannot be sent as a header (visible ASCII only)': 'PayWall: {names} başlık olarak gönderilemiyor (yalnızca görünür ASCII karakterler)',
  'PayWall: localeHeader is not a valid header name': 'PayWall: localeHeader geçerli bir başlık adı değil',
  '{op} is not a PayWall operation row (no meta.host)': '{op} bir PayWall işlem satırı değil (meta.host yok)',
  'PayWall publishes no host for its physical POS API; set baseUrls.physical (or baseUrl)':
    'PayWall fiziki POS API’si için bir adres yayımlamıyor; baseUrls.physical (ya da baseUrl) ayarlayın',
  'PayWall: no base URL for the {host} API; set environment, baseUrl or baseUrls.{host}':
    'PayWall: {host} API’si için temel URL yok; environment, baseUrl ya da baseUrls.{host} ayarlayın',
  '{op} needs the private pair (apiKeyPrivate, apiClientPrivate), and this client was built without it':
    '{op} için özel anahtar çifti (apiKeyPrivate, apiClientPrivate) gerekiyor, ancak bu istemci onsuz oluşturulmuş',
  'not a valid header name (letters, digits and - only)': 'geçerli bir başlık adı değil (yalnızca harf, rakam ve -)',
  'sent as a header, so it must be visible ASCII without surrounding spaces (no Turkish letters, emoji or control characters)':
    'başlık olarak gönderildiği için başında ve sonunda boşluk olmayan görünür ASCII karakterlerden oluşmalı (Türkçe harf, emoji ya da kontrol karakteri içeremez)',

  // When a money call's outcome is unknown.
  'look it up with payments.findByReference(reference) before sending it again': 'yeniden göndermeden önce payments.findByReference(reference) ile sorgulayın',
  'look it up with queries.byPaymentId({ PaymentId: Number(reference) }) before sending it again':
    'yeniden göndermeden önce queries.byPaymentId({ PaymentId: Number(reference) }) ile sorgulayın',
  'look it up with queries.byUniqueCode({ UniqueCode: reference }) before sending it again':
    'yeniden göndermeden önce queries.byUniqueCode({ UniqueCode: reference }) ile sorgulayın',

  // Callbacks.
  'PayWall: hashKeys.threeD is not configured, so the 3D return cannot be verified':
    'PayWall: hashKeys.threeD ayarlanmamış, bu yüzden 3D dönüşü doğrulanamıyor',
  'PayWall 3D return has no hash field (is a 3D Hash Key created in the panel?)': 'PayWall 3D dönüşünde hash alanı yok (panelde 3D Hash Key oluşturuldu mu?)',
  'PayWall 3D return hash does not verify': 'PayWall 3D dönüşünün hash değeri doğrulanamadı',
  'PayWall: the {what} hash template must be a non-empty list of the field names it covers, in order':
    'PayWall: {what} için hash şablonu, kapsadığı alanların adlarını sırasıyla veren boş olmayan bir liste olmalı',
  'general callback': 'genel geri bildirim',
  '{kind} callback': '{kind} geri bildirimi',
  'PayWall: hashKeys.{key} is not configured, so this callback cannot be verified':
    'PayWall: hashKeys.{key} ayarlanmamış, bu yüzden bu geri bildirim doğrulanamıyor',
  'PayWall callback has no Hash field': 'PayWall geri bildiriminde Hash alanı yok',
  'PayWall callback hash does not verify': 'PayWall geri bildiriminin hash değeri doğrulanamadı',
  'PayWall has not published the hash template of {kind} callbacks; the SDK does not guess it. Pass { template } with the field names PayWall gave you, in order.':
    'PayWall, {kind} geri bildirimlerinin hash şablonunu yayımlamadı; SDK bu şablonu tahmin etmez. PayWall’un size verdiği alan adlarını sırasıyla { template } içinde verin.',
  'the callback body is larger than {n} bytes': 'geri bildirim gövdesi {n} bayttan büyük',
  'the callback body could not be read as {what}': 'geri bildirim gövdesi {what} olarak okunamadı',
  'a form': 'form',
  'a JSON object': 'JSON nesnesi',
  'the callback must be a form body, URLSearchParams, FormData, an object or the Request':
    'geri bildirim bir form gövdesi, URLSearchParams, FormData, bir nesne ya da Request olmalı',
  'the callback body is not JSON (truncated?)': 'geri bildirim gövdesi JSON değil (yarıda mı kesilmiş?)',
  'the callback body is not a JSON object': 'geri bildirim gövdesi bir JSON nesnesi değil',
  'the callback must be the JSON text, a parsed object or the Request': 'geri bildirim JSON metni, ayrıştırılmış bir nesne ya da Request olmalı',

  // Fields: cards.
  'RelationalId1 is required to save a card': 'kartı kaydetmek için RelationalId1 zorunludur',
  'give either a stored card UniqueCode or a TempCardToken, not both': 'kayıtlı kartın UniqueCode değerini ya da TempCardToken verin, ikisini birden değil',
  'Number must be empty when paying with a stored or tokenised card': 'kayıtlı ya da token’a dönüştürülmüş kartla ödemede Number boş olmalı',
  'Cvv is required with ForceCvv': 'ForceCvv ile birlikte Cvv zorunludur',
  'ForceCvv applies to stored cards only': 'ForceCvv yalnızca kayıtlı kartlarda kullanılır',
  'security code must be 3 digits (4 for American Express)': 'güvenlik kodu (CVV) 3 haneli olmalı (American Express kartlarda 4)',
  'AdditionalIdentityNumber is required with UseAdditionalIdentityNumber': 'UseAdditionalIdentityNumber ile birlikte AdditionalIdentityNumber zorunludur',
  'CardNoFirst must be the first 6 or 8 digits': 'CardNoFirst, kart numarasının ilk 6 ya da 8 hanesi olmalı',
  'CardNoFirst must be the first 8 digits': 'CardNoFirst, kart numarasının ilk 8 hanesi olmalı',
  'CardNoLast must be the last 4 digits': 'CardNoLast, kart numarasının son 4 hanesi olmalı',
  'expiry month and year are required': 'son kullanma ayı ve yılı zorunludur',
  'card number must be 12–19 Luhn-valid digits': 'kart numarası, Luhn doğrulamasından geçen 12–19 haneden oluşmalı',
  'Month is 1–12': 'Month 1 ile 12 arasında olmalı',
  'Year is a four-digit year': 'Year dört haneli bir yıl olmalı',
  'CardBin must be 6 or 8 digits': 'CardBin 6 ya da 8 haneli olmalı',
  'CardLastFour must be 4 digits': 'CardLastFour 4 haneli olmalı',
  'BIN must be 6 or 8 digits': 'BIN 6 ya da 8 haneli olmalı',
  'ExpiryMin is 0–30': 'ExpiryMin 0 ile 30 arasında olmalı',
  'token (from temptoken) is required': 'token (temptoken ile alınan) zorunludur',
  'IdentityNumber is required for an insurance card': 'sigorta kartı için IdentityNumber zorunludur',

  // Fields: the payment.
  'CurrencyId is one of 1 (TRY), 2 (USD), 3 (EUR), 4 (BAM), 5 (MKD), 6 (ALL), 7 (GBP)':
    'CurrencyId şunlardan biri olmalı: 1 (TRY), 2 (USD), 3 (EUR), 4 (BAM), 5 (MKD), 6 (ALL), 7 (GBP)',
  'EndOfTheDay is a value-date term from 1 to 30 (PaymentTerm)': 'EndOfTheDay 1 ile 30 arasında bir valör süresi olmalı (PaymentTerm)',
  'expected a yyyy-MM-dd date': 'yyyy-MM-dd biçiminde bir tarih bekleniyordu',
  'MerchantUniqueCode must be visible ASCII without surrounding spaces (it is sent as a header to query the payment)':
    'MerchantUniqueCode başında ve sonunda boşluk olmayan görünür ASCII karakterlerden oluşmalı (ödeme sorgulanırken başlık olarak gönderilir)',
  'only statuses 2, 5 and 7 can be watched': 'yalnızca 2, 5 ve 7 numaralı durumlar izlenebilir',
  'Installment is 1 for a single payment': 'Installment en az 1 olmalı (tek çekim için 1)',
  'Installement (legacy spelling) and Installment differ; send only Installment':
    'Installement (eski yazım) ile Installment farklı; yalnızca Installment gönderin',
  'Installment is required (1 for a single payment)': 'Installment zorunludur (tek çekim için 1)',
  'ProviderKey is required when ProviderBased is true': 'ProviderBased true olduğunda ProviderKey zorunludur',
  'PosId is required when PosBased is true': 'PosBased true olduğunda PosId zorunludur',
  'a percentage is 0–100': 'yüzde değeri 0 ile 100 arasında olmalı',
  'DiscountOwnerType is 0, 1 or 2 (PayWall error 36)': 'DiscountOwnerType 0, 1 ya da 2 olmalı (PayWall hatası 36)',
  'DiscountType is 0, 1 (amount) or 2 (percentage) (PayWall error 37)': 'DiscountType 0, 1 (tutar) ya da 2 (yüzde) olmalı (PayWall hatası 37)',
  '{name} is 0–3 (PayWall error 40)': '{name} 0 ile 3 arasında olmalı (PayWall hatası 40)',
  'a percentage discount (DiscountType 2) is 0–100 (PayWall error 38)': 'yüzde indirimi (DiscountType 2) 0 ile 100 arasında olmalı (PayWall hatası 38)',
  'CargoOwnerType (legacy) and CargoType differ; send only CargoType': 'CargoOwnerType (eski ad) ile CargoType farklı; yalnızca CargoType gönderin',
  'at least one product is required (PayWall error 25)': 'en az bir ürün zorunludur (PayWall hatası 25)',
  'Amount {amount} must equal the sum of ProductAmount {sum} (PayWall error 26)':
    'Amount ({amount}), ProductAmount değerlerinin toplamına ({sum}) eşit olmalı (PayWall hatası 26)',

  // Fields: general forms, last.
  '{name} must be a whole number (the official .NET SDK sends it as int)': '{name} tam sayı olmalı (resmî .NET SDK’sı bu alanı int olarak gönderiyor)',
  '{name} must be an absolute URL': '{name} mutlak bir URL olmalı',
  '{name} is at most {n} characters': '{name} en fazla {n} karakter olabilir',
  '{name} is required': '{name} zorunludur',
};
