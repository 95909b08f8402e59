import type { MessageCatalog } from '@odeme/core';

/**
 * The BiP package's messages in Turkish, for the client option `locale: tr` (core's own come from core). The first
 * matching template wins and each placeholder's text is translated in turn, so specific templates come first.
 */
export const BIP_TR: MessageCatalog = {
  // Answers and refusals of the gateway.
  '{op}: bip answered {status} without a resultCode; nothing proves the call succeeded':
    '{op}: BiP resultCode içermeyen bir {status} yanıtı döndürdü; çağrının başarılı olduğunu gösteren bir şey yok',
  '{op}: bip refused the credentials: {detail}': '{op}: BiP kimlik bilgilerini kabul etmedi: {detail}',
  'bip declined {op}: {detail}': '{op}: BiP ödemeyi onaylamadı: {detail}',
  'bip refused {op}: {detail}': 'BiP {op} isteğini reddetti: {detail}',
  'bip listener: the payment failed in BiP: {detail}': 'BiP listener: ödeme BiP’te gerçekleşmedi: {detail}',

  // What resolves an unknown outcome (said after "sonuç bilinmiyor").
  'BiP has no status query; wait for the listener callback carrying this transactionId, and never start it again with a new one before it arrives':
    'BiP’te durum sorgulama yok; bu transactionId ile gelecek listener bildirimini bekleyin ve bildirim gelmeden ödemeyi yeni bir transactionId ile yeniden başlatmayın',
  'BiP has no status query; commit again only after the listener reported success for this transactionId':
    'BiP’te durum sorgulama yok; yalnızca listener bu transactionId için başarılı sonuç bildirdikten sonra yeniden commit edin',

  // Options checked when the client is built.
  'bip: username and password (the BiP Developer API credentials) are required': 'bip: username ve password (BiP Developer API kimlik bilgileri) zorunludur',
  "bip: username must not contain ':' (HTTP Basic cannot carry it)": "bip: username ':' içermemeli (HTTP Basic bu karakteri taşıyamaz)",
  'bip: commitChannelKey must be a plain field name (letters, digits and _, not starting with a digit)':
    'bip: commitChannelKey yalın bir alan adı olmalı (harf, rakam ve _ içerebilir, rakamla başlayamaz)',
  'bip: baseUrl must be an absolute http or https URL without query or fragment, such as https://apigw.tvoip.turkcell.com.tr/pgw':
    'bip: baseUrl, sorgu ya da parça (#) içermeyen, http ya da https ile başlayan tam bir adres olmalı; örneğin https://apigw.tvoip.turkcell.com.tr/pgw',
  'bip: baseUrl must end with /pgw, the path of the BiP Payment Service (https://apigw.tvoip.turkcell.com.tr/pgw); without it every call is answered 404':
    'bip: baseUrl, BiP Payment Service’in yolu olan /pgw ile bitmeli (https://apigw.tvoip.turkcell.com.tr/pgw); aksi hâlde her çağrı 404 ile yanıtlanır',
  'bip: generateTransactionId must be a function': 'bip: generateTransactionId bir fonksiyon olmalı',
  'bip: generateTransactionId must return non-blank text without surrounding whitespace':
    'bip: generateTransactionId boş olmayan ve başında ya da sonunda boşluk bulunmayan bir metin döndürmeli',

  // Request fields.
  'transactionId must not be blank or start or end with whitespace': 'transactionId boş olmamalı; başında ya da sonunda boşluk bulunmamalı',
  'transactionId must not be blank': 'transactionId boş olmamalı',
  'commitToken must not be blank': 'commitToken boş olmamalı',
  'channelId must be a whole number': 'channelId bir tam sayı olmalı',
  'id must be a whole number': 'id bir tam sayı olmalı',
  'count must be a whole number': 'count bir tam sayı olmalı',
  'itemList needs at least one item': 'itemList en az bir ürün içermeli',
  'in-app purchase (channel 50) takes exactly one item': 'uygulama içi satın almada (kanal 50) itemList tam olarak bir ürün içermeli',

  // The listener: its options, and the callbacks it refuses.
  'bip listener: onPayment is required': 'BiP listener: onPayment zorunludur',
  'bip listener: give credentials (the Basic username and password Turkcell sends), or allowUnauthenticated: true to accept calls nobody authenticated':
    'BiP listener: credentials (Turkcell’in gönderdiği Basic kullanıcı adı ve parola) verin; kimliği doğrulanmamış çağrıları kabul etmek içinse allowUnauthenticated: true verin',
  'bip listener: credentials need a username and a non-empty password': 'BiP listener: credentials için bir kullanıcı adı ve boş olmayan bir parola gerekir',
  "bip listener: the username must not contain ':' (HTTP Basic cannot carry it)":
    "BiP listener: kullanıcı adı ':' içermemeli (HTTP Basic bu karakteri taşıyamaz)",
  'bip listener: wrong or missing credentials (HTTP Basic)': 'BiP listener: kimlik bilgileri hatalı ya da eksik (HTTP Basic)',
  'listener body is not JSON': 'listener isteğinin gövdesi JSON değil',
  'listener body must be a JSON object': 'listener isteğinin gövdesi bir JSON nesnesi olmalı',
  'listener body is larger than {bytes} bytes': 'listener isteğinin gövdesi {bytes} bayttan büyük',
  'listener body {why}': 'listener isteğinin gövdesi {why}',
  'was already read (by a framework or a middleware)': 'daha önce okunmuş (bir framework ya da ara katman tarafından)',
  'could not be read (the connection broke or the stream failed)': 'okunamadı (bağlantı koptu ya da akış hata verdi)',
  'amount must be a non-negative TL amount in whole kuruş (two decimals, or a double within float noise of them)':
    'tutar, tam kuruş cinsinden negatif olmayan bir TL tutarı olmalı (iki ondalık basamaklı ya da bu değere kayan nokta hatası kadar yakın bir double)',
  'orderDate must be a real date written "dd.MM.yyyy HH:mm:ss"': 'orderDate, "dd.MM.yyyy HH:mm:ss" biçiminde yazılmış geçerli bir tarih olmalı',
  'a successful channel 10 payment must carry additionalInfo.commitToken': 'başarılı bir kanal 10 ödemesi additionalInfo.commitToken içermeli',
};
