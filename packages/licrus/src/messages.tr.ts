import type { MessageCatalog } from '@odeme/core';

/**
 * The package's own messages in Turkish, for the client option `locale: tr` (core's messages are in core's catalog).
 * Field, option and operation names stay as they are on the wire. The first matching entry wins, so specific
 * templates come before general ones.
 */
export const LICRUS_TR: MessageCatalog = {
  // Licrus's refusals (envelope.ts, login.ts).
  'Licrus refused the login: {summary}': 'Licrus girişi kabul etmedi: {summary}',
  'Licrus refused the AuthTicket of {op}: {summary}': 'Licrus, {op} isteğindeki AuthTicket’ı kabul etmedi: {summary}',
  'Licrus declined the payment ({op}): {summary}': 'Licrus ödemeyi reddetti ({op}): {summary}',
  'Licrus refused {op}: {summary}': 'Licrus {op} isteğini reddetti: {summary}',
  'the user name or password is wrong': 'kullanıcı adı ya da şifre hatalı',
  'no message': 'açıklama verilmedi',
  'Licrus accepted the login but sent no AuthTicket': 'Licrus girişi kabul etti ama AuthTicket göndermedi',
  '{op}: licrus answered {status} with {what}; nothing proves the call succeeded':
    '{op}: Licrus {status} koduyla {what} döndürdü; çağrının başarılı olduğunu gösteren bir şey yok',
  'an empty body': 'boş bir gövde',
  'a body that is not an envelope': 'HasError/MessageList yapısında olmayan bir gövde',
  'an answer without HasError: false': 'HasError: false içermeyen bir yanıt',

  // A payment whose ticket was refused (ticket-errors.ts).
  '{op}: the AuthTicket was refused (HTTP {status}); the payment was not resent and did not go through: it may be called again (the next call logs in first)':
    '{op}: AuthTicket kabul edilmedi (HTTP {status}); ödeme yeniden gönderilmedi ve gerçekleşmedi: yeniden çağırabilirsiniz (sonraki çağrı önce giriş yapar)',
  '{op}: the AuthTicket was refused; the payment was not resent and did not go through: it may be called again (the next call logs in first)':
    '{op}: AuthTicket kabul edilmedi; ödeme yeniden gönderilmedi ve gerçekleşmedi: yeniden çağırabilirsiniz (sonraki çağrı önce giriş yapar)',

  // What resolves an unknown outcome (operations/payments.ts).
  'Licrus documents no payment lookup; ask the tenant back office whether the order behind this PaymentRequestCode was paid before paying again':
    'Licrus bir ödeme sorgulama yöntemi yayımlamıyor; yeniden ödeme almadan önce bu PaymentRequestCode’a bağlı siparişin ödenip ödenmediğini Licrus yöneticinize sorun',

  // Client options (transport.ts, client.ts, declines.ts) and the ticket session (session.ts, with-ticket.ts).
  'licrus: baseUrl is required (the tenant API root Licrus gave you); there is no public default':
    'licrus: baseUrl zorunlu (Licrus’un size verdiği API kök adresi); herkese açık bir varsayılan adres yok',
  'licrus: baseUrl "{url}" is not a URL': 'licrus: baseUrl değeri ("{url}") geçerli bir URL değil',
  'licrus: baseUrl must be http(s)': 'licrus: baseUrl http ya da https adresi olmalı',
  'licrus: give name and password (Login), or the static authTicket Licrus issued':
    'licrus: name ve password (Login) ya da Licrus’un verdiği sabit authTicket değerini verin',
  'licrus: ticketLifetimeMs must be a number of milliseconds greater than 0': 'licrus: ticketLifetimeMs, 0’dan büyük bir milisaniye değeri olmalı',
  'licrus: cardVendorValues must map CardVendor names to wire values':
    'licrus: cardVendorValues, CardVendor adlarını gönderilecek değerlerle eşleyen bir nesne olmalı',
  'licrus: cardVendorValues["{name}"] must be non-empty text or a whole number':
    'licrus: cardVendorValues["{name}"] boş olmayan bir metin ya da tam sayı olmalı',
  'licrus: paths has an unknown operation id "{id}"': 'licrus: paths içinde bilinmeyen bir işlem kimliği var: "{id}"',
  'licrus: paths["{id}"] must start with "/"': 'licrus: paths["{id}"] değeri "/" ile başlamalı',
  'licrus: declineCodes must map decline codes to decline reasons': 'licrus: declineCodes, ret kodlarını ret nedenleriyle eşleyen bir nesne olmalı',
  'licrus: declineCodes["{code}"] must be one of {reasons}': 'licrus: declineCodes["{code}"] şunlardan biri olmalı: {reasons}',
  'licrus: no Name/Password to log in with (a static authTicket was given)':
    'licrus: giriş yapmak için Name/Password yok (istemciye sabit bir authTicket verilmiş)',
  'licrus: the wait for the login was aborted by the caller': 'licrus: girişin tamamlanması beklenirken çağıran taraf işlemi iptal etti',
  'licrus: the ticket source gave no AuthTicket': 'licrus: AuthTicket kaynağı bir AuthTicket döndürmedi',

  // Request rules (schemas).
  'PaymentRequestCode must be 32 hexadecimal characters (a GUID without dashes)':
    'PaymentRequestCode 32 onaltılık (hex) karakterden oluşmalı (tiresiz yazılmış bir GUID)',
  'ExpireMonth must be a number': 'ExpireMonth bir sayı olmalı',
  'ExpireMonth must be a whole number': 'ExpireMonth bir tam sayı olmalı',
  'ExpireYear must be a number': 'ExpireYear bir sayı olmalı',
  'ExpireYear must be a whole number': 'ExpireYear bir tam sayı olmalı',
  'ExpireMonth must be a month 1–12; this value is a year (ExpireMonth and ExpireYear look swapped)':
    'ExpireMonth 1–12 arasında bir ay olmalı; girilen değer bir yıl (ExpireMonth ile ExpireYear yer değiştirmiş gibi görünüyor)',
  'ExpireMonth must be a month 1–12': 'ExpireMonth 1–12 arasında bir ay olmalı',
  'ExpireYear must be a year like 2030 or 30; this value looks like a month (ExpireMonth and ExpireYear look swapped)':
    'ExpireYear 2030 ya da 30 gibi bir yıl olmalı; girilen değer bir aya benziyor (ExpireMonth ile ExpireYear yer değiştirmiş gibi görünüyor)',
  'ExpireYear must be a year like 2030 or 30; this value looks like a month': 'ExpireYear 2030 ya da 30 gibi bir yıl olmalı; girilen değer bir aya benziyor',
  'ExpireYear must be a year 2000–2099 (or two digits)': 'ExpireYear 2000–2099 arasında bir yıl olmalı (iki haneli de yazılabilir)',
  'the card has expired: ExpireMonth/ExpireYear must not be in the past': 'kartın süresi dolmuş: ExpireMonth/ExpireYear geçmiş bir tarih olamaz',
  'CardHolderName is required': 'CardHolderName zorunlu',
  'SecurityCode must be 3 or 4 digits': 'SecurityCode 3 ya da 4 haneli olmalı',
  "SecurityCode has the wrong length for the card's brand (3 digits; 4 for American Express)":
    'SecurityCode uzunluğu kartın markasına uymuyor (3 hane; American Express kartlarda 4 hane)',
  'CardVendor must not be empty': 'CardVendor boş olamaz',
  'CardVendor must be a whole number': 'CardVendor bir tam sayı olmalı',
  'AppSource is a numeric string': 'AppSource yalnızca rakamlardan oluşan bir metin olmalı',
  'give either Entity or EntityList': 'Entity ya da EntityList alanlarından yalnızca birini verin',
  'EntityPriceList must hold at least one row': 'EntityPriceList en az bir fiyat satırı içermeli',
  'List must hold at least one serial number': 'List en az bir seri numarası içermeli',
  'must be a VKN (10 digits) or a TCKN (11 digits)': '10 haneli bir vergi kimlik numarası (VKN) ya da 11 haneli bir TC kimlik numarası olmalı',
};
