import type { MessageCatalog } from '@odeme/core';

/**
 * The package's own messages in Turkish, for the client option `locale: 'tr'` (core's messages are in core's
 * catalog). Field and operation names stay as they are on the wire. The first matching entry wins, so specific
 * templates come before general ones.
 */
export const ODEROPAY_TR: MessageCatalog = {
  // ÖderoPay's refusals (envelope.ts).
  'ÖderoPay declined the payment without a description ({detail})': 'ÖderoPay ödemeyi açıklama vermeden reddetti ({detail})',
  'ÖderoPay declined the payment: {description} ({detail})': 'ÖderoPay ödemeyi reddetti: {description} ({detail})',
  'ÖderoPay refused the credentials without a description ({detail})': 'ÖderoPay kimlik bilgilerini açıklama vermeden kabul etmedi ({detail})',
  'ÖderoPay refused the credentials: {description} ({detail})': 'ÖderoPay kimlik bilgilerini kabul etmedi: {description} ({detail})',
  'ÖderoPay refused {op} without a description ({detail})': 'ÖderoPay {op} isteğini açıklama vermeden reddetti ({detail})',
  'ÖderoPay refused {op}: {description} ({detail})': 'ÖderoPay {op} isteğini reddetti: {description} ({detail})',
  'no code': 'kod yok',
  "{op}: ÖderoPay's answer has no {flag}: true": '{op}: ÖderoPay’in yanıtında {flag}: true yok',
  '{op}: ÖderoPay answered {status} without its data envelope': '{op}: ÖderoPay’in {status} yanıtında beklenen data alanı yok',

  // Client options (transport.ts).
  'OderoPay needs an apiKey': 'OderoPay için apiKey gerekli',
  'OderoPay needs a secretKey': 'OderoPay için secretKey gerekli',
  'OderoPay apiKey must be printable ASCII (it is sent as a header)':
    'OderoPay apiKey yalnızca yazdırılabilir ASCII karakterler içermeli (başlık olarak gönderiliyor)',
  'OderoPay merchantId must be printable ASCII text (it is sent as a header)':
    'OderoPay merchantId yalnızca yazdırılabilir ASCII karakterlerden oluşan bir metin olmalı (başlık olarak gönderiliyor)',
  "OderoPay authVersion must be header text such as '1' or 'v1'": "OderoPay authVersion, '1' ya da 'v1' gibi bir başlık değeri olmalı",
  'OderoPay unknownOutcomeCodes must be a list of error codes (strings)':
    'OderoPay unknownOutcomeCodes, metin olarak yazılmış hata kodlarından oluşan bir liste olmalı',
  'OderoPay baseUrl is not an absolute URL: {url}': 'OderoPay baseUrl tam (mutlak) bir URL değil: {url}',
  'OderoPay baseUrl must not carry a query or fragment': 'OderoPay baseUrl sorgu (?) ya da parça (#) içermemeli',
  "OderoPay needs `environment` ('sandbox' | 'production' | 'az-sandbox') or `baseUrl`":
    "OderoPay için `environment` ('sandbox' | 'production' | 'az-sandbox') ya da `baseUrl` verilmeli",
  'Unknown OderoPay environment "{name}"': 'Bilinmeyen OderoPay ortamı: "{name}"',

  // Request rules (schemas, runtime.ts, lookup.ts).
  'binNumber must be 6 to 8 digits': 'binNumber 6 ila 8 haneli olmalı',
  'installment must be 1 to 12': 'installment 1 ile 12 arasında olmalı',
  'must be a numeric id': 'sayısal bir kimlik (id) olmalı',
  'must be digits': 'yalnızca rakamlardan oluşmalı',
  'must be text, a number or true/false': 'metin, sayı ya da true/false olmalı',
  'at least one item is required': 'en az bir ürün satırı (items) gerekli',
  'at least one paymentTransactionId is required': 'en az bir paymentTransactionId gerekli',
  'subMerchantPrice is required when subMerchantId is set': 'subMerchantId verildiğinde subMerchantPrice da verilmeli',
  'price ({price}) must equal the sum of the item prices ({sum})': 'price ({price}), ürün satırlarının fiyat toplamına ({sum}) eşit olmalı',
  'buyerId is required when walletPrice is greater than 0': 'walletPrice 0’dan büyükse buyerId zorunlu',
  'walletPrice cannot exceed paidPrice': 'walletPrice, paidPrice’tan büyük olamaz',
  'card is required unless paidPrice equals walletPrice': 'paidPrice walletPrice’a eşit değilse card zorunlu',
  '{field} is required for a stored card': 'kayıtlı kartla ödemede {field} zorunlu',
  '{field} cannot be combined with a stored card (cardUserKey/cardToken)': '{field}, kayıtlı kart bilgileriyle (cardUserKey/cardToken) birlikte gönderilemez',
  '{field} is required for a card payment': 'kartla ödemede {field} zorunlu',
  'cardUserKey must be 36 characters': 'cardUserKey 36 karakter olmalı',
  'cardToken must be 36 characters': 'cardToken 36 karakter olmalı',
  'buyerType must be a whole number': 'buyerType bir tam sayı olmalı',
  'enabledInstallments must be comma-separated numbers': 'enabledInstallments virgülle ayrılmış sayılardan oluşmalı',
  'text with a lone UTF-16 surrogate cannot be sent in a URL': 'eşi olmayan bir UTF-16 vekil karakteri içeren metin URL’de gönderilemez',
  'a non-empty conversationId is required': 'boş olmayan bir conversationId gerekli',

  // The 3DS page and callback (three-ds.ts).
  'threeDS.init: htmlContent is not base64 of UTF-8 HTML': 'threeDS.init: htmlContent, base64 ile kodlanmış UTF-8 HTML değil',
  'maxBodyBytes of the 3DS callback reader must be a whole number of bytes greater than 0':
    '3DS geri dönüş okuyucusunun maxBodyBytes değeri 0’dan büyük bir tam sayı (bayt) olmalı',
  'the 3DS callback body is larger than {max} bytes': '3DS geri dönüş isteğinin gövdesi {max} bayttan büyük',
  'the 3DS callback body is neither form-encoded nor a JSON object': '3DS geri dönüş isteğinin gövdesi ne form verisi ne de bir JSON nesnesi',
  'the 3DS callback body could not be read': '3DS geri dönüş isteğinin gövdesi okunamadı',
  'is posted more than once': 'birden fazla kez gönderilmiş',

  // Installment tables (installment-choices.ts).
  "installmentChoices: an option's installmentNumber is not a whole number from 1":
    'installmentChoices: seçeneklerden birinin installmentNumber değeri 1 ya da daha büyük bir tam sayı değil',
  'installmentChoices: totalPrice of the {count}-installment option is not exact to the kuruş':
    'installmentChoices: {count} taksitli seçeneğin totalPrice değeri kuruş hassasiyetinde değil',

  // What resolves an unknown outcome (when-unknown.ts).
  'look it up with payments.findByConversationId(reference) before charging again':
    'yeniden tahsilat yapmadan önce ödemeyi payments.findByConversationId(reference) ile sorgulayın',
  'look it up with payments.findByConversationId(reference) before starting it again':
    'yeniden başlatmadan önce ödemeyi payments.findByConversationId(reference) ile sorgulayın',
  'look it up with payments.findByConversationId(reference) once the shopper is back':
    'müşteri geri döndüğünde ödemeyi payments.findByConversationId(reference) ile sorgulayın',
  'retrieve the payment with payments.retrieve({ id: reference }) before completing it again':
    'yeniden tamamlamadan önce ödemeyi payments.retrieve({ id: reference }) ile sorgulayın',
  'retrieve the payment with payments.retrieve({ id: reference }) and read its paymentPhase':
    'ödemeyi payments.retrieve({ id: reference }) ile sorgulayıp paymentPhase alanına bakın',
  'look each leg up with payments.findByConversationId(reference)': 'her kartın ödemesini payments.findByConversationId(reference) ile ayrı ayrı sorgulayın',
  "read the payment's paymentRefunds with reporting.retrievePayment before refunding again":
    'yeniden iade etmeden önce ödemenin paymentRefunds alanını reporting.retrievePayment ile kontrol edin',
  'look it up with refunds.searchTransactions({ conversationId: reference })':
    'iadeyi refunds.searchTransactions({ conversationId: reference }) ile sorgulayın',
  'look it up with refunds.searchTransactions({ paymentId: reference })': 'iadeyi refunds.searchTransactions({ paymentId: reference }) ile sorgulayın',
  'ÖderoPay documents no lookup for money transfers: ask ÖderoPay with your transactionId':
    'ÖderoPay para transferleri için bir sorgulama yöntemi yayımlamıyor: transactionId değerinizle ÖderoPay’e danışın',
};
