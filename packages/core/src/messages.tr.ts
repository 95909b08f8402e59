import type { MessageCatalog } from './locale.js';

/**
 * Core's messages in Turkish, for the client option `locale: 'tr'`. Specific templates come before general ones: the
 * first match wins. Placeholder values are translated too, so `{op} call options: {problem}` composes with each
 * problem's own entry.
 */
export const CORE_TR: MessageCatalog = {
  // The request loop.
  '{op} was aborted before it was sent': '{op} gönderilmeden iptal edildi',
  '{op} was aborted by the caller': '{op} çağıran tarafından iptal edildi',
  '{op} was aborted during retry backoff': '{op}, yeniden denemeden önceki beklemede iptal edildi',
  '{op} ran out of its total time before it was sent': '{op} için ayrılan toplam süre, istek gönderilemeden doldu',
  '{op} ran out of its total time': '{op} için ayrılan toplam süre doldu',
  '{op} timed out after {ms} ms': '{op} {ms} ms içinde yanıt alamadı (zaman aşımı)',
  '{op} could not reach {provider}: {cause}': '{op}: {provider} sunucusuna ulaşılamadı: {cause}',
  '{op}: response larger than {bytes} bytes was refused': '{op}: {bytes} bayttan büyük yanıt kabul edilmedi',
  // The Node adapter (`@odeme/core/node`).
  'request body is larger than {max} bytes': 'istek gövdesi {max} bayttan büyük',
  'toWebRequest: the body was already parsed into an object by a middleware; mount this route before it (or use express.raw())':
    "toWebRequest: gövde bir ara katman tarafından nesneye çevrilmiş; bu route'u ondan önce tanımlayın (ya da express.raw() kullanın)",
  '{op}: {provider} answered with a redirect{status} to {target}; redirects are never followed':
    '{op}: {provider} yönlendirmeyle yanıt verdi{status} (hedef: {target}); yönlendirmeler hiçbir zaman izlenmez',
  'an unknown origin': 'bilinmeyen bir kaynak',
  'an unreadable location': 'okunamayan bir adres',
  '{op}: the response is not in the documented shape': '{op}: yanıt belgelenen yapıda değil',
  '{op}: HTTP {status} from {provider}': '{op}: {provider} HTTP {status} döndürdü',
  '{op}: {provider} answered with a body that is not JSON': '{op}: {provider} JSON olmayan bir gövdeyle yanıt verdi',
  '{op}: {provider} refused the credentials (HTTP 401)': '{op}: {provider} kimlik bilgilerini kabul etmedi (HTTP 401)',
  'the listing was aborted between pages': 'listeleme sayfalar arasında iptal edildi',
  'look the payment up by its reference before sending it again': 'yeniden göndermeden önce ödemeyi referansıyla sorgulayın',
  '{op}: idempotencyKey {problem}': '{op}: idempotencyKey {problem}',

  // Options, at construction and per call.
  '{op}: call options must be an object': '{op}: çağrı seçenekleri bir nesne olmalı',
  '{provider}: client options must be an object': '{provider}: istemci seçenekleri bir nesne olmalı',
  '{provider}: fetch must be a function': '{provider}: fetch bir fonksiyon olmalı',
  "{provider}: locale 'tr' needs the Turkish messages: import { tr } from '@odeme/{pkg}/tr' and pass locale: tr":
    "{provider}: locale 'tr' için Türkçe mesajlar gerekir: '@odeme/{pkg}/tr' paketinden tr'yi içe aktarıp locale: tr verin",
  "{provider}: locale must be 'en' or the messages of a language (tr from '@odeme/{pkg}/tr')":
    "{provider}: locale 'en' ya da bir dilin mesajları olmalı ('@odeme/{pkg}/tr' paketindeki tr)",
  '{provider}: maxResponseBytes must be a whole number of bytes greater than 0':
    '{provider}: maxResponseBytes, 0’dan büyük bir tam sayı (bayt cinsinden) olmalı',
  '{provider}: retry.{name} must be a number of milliseconds, 0 or more': '{provider}: retry.{name}, 0 ya da daha büyük bir milisaniye değeri olmalı',
  '{provider}: inputLimits.{name} must be a whole number greater than 0': '{provider}: inputLimits.{name}, 0’dan büyük bir tam sayı olmalı',
  '{op} call options: {problem}': '{op} çağrı seçenekleri: {problem}',
  '{provider} client options: {problem}': '{provider} istemci seçenekleri: {problem}',
  '{name} must be a number of milliseconds greater than 0 and at most {max}': '{name}, 0’dan büyük ve en fazla {max} olan bir milisaniye değeri olmalı',
  'maxRetries must be a whole number from 0 to 10': 'maxRetries 0 ile 10 arasında bir tam sayı olmalı',
  'signal must be an AbortSignal': 'signal bir AbortSignal olmalı',
  'headers must be an object of header names to string values': 'headers, başlık adlarını metin değerlerine eşleyen bir nesne olmalı',
  'a header name is not a valid HTTP token': 'başlık adlarından biri geçerli bir HTTP token’ı değil',
  'header {name} {problem}': '{name} başlığı: {problem}',
  'must not contain CR, LF or NUL': 'CR, LF ya da NUL karakteri içermemeli',
  'must contain Latin-1 characters only (encode other text first)': 'yalnızca Latin-1 karakterleri içermeli (başka karakterleri önce kodlayın)',
  '{problem} (sent as a header)': '{problem} (başlık olarak gönderiliyor)',
  'The {provider} client holds secret credentials and refuses to run in a browser. Call it from your server, or pass dangerouslyAllowBrowser: true if the page is trusted.':
    '{provider} istemcisi gizli anahtarlar taşıdığı için tarayıcıda çalışmaz. Onu sunucunuzdan çağırın; sayfa güvenilirse dangerouslyAllowBrowser: true verin.',

  // Input shape and URLs.
  'value cannot be sent as {format}: {cause}': 'değer {format} olarak gönderilemiyor: {cause}',
  'value cannot be sent: a BigInt': 'değer gönderilemiyor: BigInt gönderilemez',
  'value cannot be sent: a circular reference': 'değer gönderilemiyor: döngüsel referans içeriyor',
  'is nested more than {n} levels deep': '{n} düzeyden daha derin iç içe geçmiş',
  'required in the URL path': 'URL yolunda zorunlu',
  'cannot be "." or ".." in a URL path': 'URL yolunda "." ya da ".." olamaz',
  'contains text that cannot be sent in a URL (a lone UTF-16 surrogate)': 'URL’de gönderilemeyen bir karakter içeriyor (eşi olmayan UTF-16 vekil karakteri)',

  // Money.
  '{message}; for Turkish-formatted text convert it with parseTurkishAmount first':
    '{message}; Türkçe yazılmış tutarları önce parseTurkishAmount ile dönüştürün',
  'expected a whole number of kuruş in the safe integer range': 'güvenli tam sayı aralığında, kuruş cinsinden bir tam sayı bekleniyordu',
  'amount must be a finite number': 'tutar sonlu bir sayı olmalı',
  'amount is out of range or has more than two decimals': 'tutar aralık dışında ya da ikiden fazla ondalık basamağı var',
  'amount must be a number or a decimal string, not {type}': 'tutar bir sayı ya da ondalık sayı metni olmalı ({type} verildi)',
  'amount is not a decimal with at most two fraction digits': 'tutar, en fazla iki ondalık basamaklı bir sayı değil',
  'amount is beyond the safe range': 'tutar güvenli aralığın dışında',
  'amount must not be negative': 'tutar negatif olmamalı',
  'amount must be greater than zero': 'tutar sıfırdan büyük olmalı',
  'amount is too large to be sent exactly as a JSON number': 'tutar, JSON sayısı olarak kesin gönderilemeyecek kadar büyük',
  'amount must be a whole number of kuruş': 'tutar kuruş cinsinden bir tam sayı olmalı',
  'is not a whole number of kuruş': 'kuruş cinsinden bir tam sayı değil',
  'invalid amount': 'geçersiz tutar',
  'must be a whole number from 1': '1 ya da daha büyük bir tam sayı olmalı',
  'quantity must be a whole number in the safe integer range': 'adet, güvenli tam sayı aralığında bir tam sayı olmalı',
  'allocate needs at least one weight': 'allocate en az bir ağırlık ister',
  'weights must be non-negative whole numbers': 'ağırlıklar negatif olmayan tam sayılar olmalı',
  'weights must not all be zero': 'ağırlıkların hepsi sıfır olamaz',
  'a Turkish amount must be text': 'Türkçe tutar metin olarak verilmeli',
  'a Turkish amount takes one currency sign, before or after the number': 'Türkçe tutarda sayının önünde ya da arkasında tek bir para birimi işareti olabilir',
  'a Turkish amount is written like 1.234,56, 12,50 or 1234, optionally with ₺ or TL and a leading minus':
    'Türkçe tutar 1.234,56, 12,50 ya da 1234 gibi yazılır; önünde eksi, yanında ₺ ya da TL olabilir',
  'the amount is empty; {form}': 'tutar boş; {form}',
  'the amount is in English style (comma for thousands, dot for decimals); a Turkish amount is written like 1.234,56':
    'tutar İngilizce biçimde yazılmış (binlik ayırıcı virgül, ondalık ayırıcı nokta); Türkçe tutar 1.234,56 gibi yazılır',
  'a comma followed by three digits is ambiguous (decimals or thousands); a Turkish amount has at most two decimals':
    'virgülden sonra üç rakam gelmesi belirsiz (ondalık mı, binlik mi); Türkçe tutarda en fazla iki ondalık basamak olur',
  'the amount has more than two decimals': 'tutarda ikiden fazla ondalık basamak var',
  'a dot followed by three digits and no decimal comma is ambiguous (thousands or decimals); write it like 1.234,00 or 1234':
    'ondalık virgülü olmadan noktadan sonra üç rakam gelmesi belirsiz (binlik mi, ondalık mı); 1.234,00 ya da 1234 gibi yazın',
  'the amount mixes dots and spaces as thousands separators': 'tutarda binlik ayırıcı olarak hem nokta hem boşluk kullanılmış',
  'a Turkish amount uses a comma for decimals and a dot only between thousands; read dot-decimal text with toKurus':
    'Türkçe tutarda ondalık ayırıcı virgüldür, nokta yalnızca binlikleri ayırır; noktalı ondalık metni toKurus ile okuyun',
  'the thousands groups are malformed; {form}': 'binlik grupları hatalı; {form}',

  // Cards.
  'card number must be 12–19 digits': 'kart numarası 12–19 haneli olmalı',
  'card number fails the Luhn check': 'kart numarası Luhn doğrulamasından geçmiyor',
  'security code must be 3 or 4 digits': 'güvenlik kodu (CVV) 3 ya da 4 haneli olmalı',
  'expiry month must be 1–12{hint}': 'son kullanma ayı 1–12 arasında olmalı{hint}',
  ' (is it the year?)': ' (yıl mı yazıldı?)',
  'expiry year must be a 2- or 4-digit year{hint}': 'son kullanma yılı 2 ya da 4 haneli olmalı{hint}',
  ' (is it the month?)': ' (ay mı yazıldı?)',
  'card has expired': 'kartın süresi dolmuş',

  // Turkish identifiers.
  'TCKN must be 11 digits': 'TC kimlik numarası 11 haneli olmalı',
  'TCKN must not start with 0': 'TC kimlik numarası 0 ile başlayamaz',
  'TCKN check digits (10th and 11th) do not match the first nine digits': 'TC kimlik numarasının kontrol haneleri (10. ve 11.) ilk dokuz haneyle uyuşmuyor',
  'VKN must be 10 digits': 'vergi kimlik numarası 10 haneli olmalı',
  'VKN check digit (10th) does not match the first nine digits': 'vergi kimlik numarasının kontrol hanesi (10.) ilk dokuz haneyle uyuşmuyor',
  'IBAN must be a Turkish IBAN: TR, 2 check digits, 5-digit bank code, reserve digit 0 and 16-character account number (26 characters)':
    'IBAN bir Türkiye IBAN’ı olmalı: TR, 2 kontrol hanesi, 5 haneli banka kodu, 0 rezerv hanesi ve 16 karakterlik hesap numarası (toplam 26 karakter)',
  'IBAN must be a 2-letter country code, 2 check digits and 11–30 letters or digits':
    'IBAN, 2 harfli ülke kodu, 2 kontrol hanesi ve 11–30 harf ya da rakamdan oluşmalı',
  'IBAN check digits do not match (ISO 13616 mod 97): a character is probably mistyped':
    'IBAN kontrol haneleri tutmuyor (ISO 13616 mod 97): büyük olasılıkla bir karakter yanlış yazılmış',
  'must be a Turkish mobile number: 10 digits starting with 5, optionally after 0, 90, +90 or 0090':
    '5 ile başlayan 10 haneli bir Türkiye cep telefonu numarası olmalı (önünde 0, 90, +90 ya da 0090 olabilir)',

  // Field rules (zod), general ones last.
  'must be a whole number': 'tam sayı olmalı',
  'required ({expected})': 'zorunlu ({expected})',
  'expected {expected}, got {got}': '{expected} bekleniyordu, {got} verildi',
  'must be exactly {n} characters': 'tam {n} karakter olmalı',
  'must be exactly {n} items': 'tam {n} öğe içermeli',
  'must have at least {n} characters': 'en az {n} karakter olmalı',
  'must have more than {n} characters': '{n} karakterden uzun olmalı',
  'must have at most {n} characters': 'en fazla {n} karakter olmalı',
  'must have less than {n} characters': '{n} karakterden kısa olmalı',
  'must have at least {n} items': 'en az {n} öğe içermeli',
  'must have more than {n} items': '{n} öğeden fazlasını içermeli',
  'must have at most {n} items': 'en fazla {n} öğe içermeli',
  'must have less than {n} items': '{n} öğeden azını içermeli',
  'must be at least {n}': 'en az {n} olmalı',
  'must be more than {n}': '{n} değerinden büyük olmalı',
  'must be at most {n}': 'en fazla {n} olmalı',
  'must be less than {n}': '{n} değerinden küçük olmalı',
  'must be exactly {n}': 'tam olarak {n} olmalı',
  'does not have the expected format': 'beklenen biçimde değil',
  'must be a valid {format}': 'geçerli bir {format} olmalı',
  'must be a multiple of {n}': '{n} değerinin katı olmalı',
  'unknown field: {keys}': 'bilinmeyen alan: {keys}',
  'unknown fields: {keys}': 'bilinmeyen alanlar: {keys}',
  'matches none of the accepted forms': 'kabul edilen biçimlerin hiçbirine uymuyor',
  'must be one of {values}': 'şunlardan biri olmalı: {values}',
  'has an invalid key': 'geçersiz bir anahtar içeriyor',
  'has an invalid element': 'geçersiz bir öğe içeriyor',
  'invalid value': 'geçersiz değer',
  'must be a string': 'metin olmalı',
  'must be {value}': '{value} olmalı',
};
