import type { MessageCatalog } from '@odeme/core';

/**
 * The marketplace's and payment product management's messages in Turkish (`schemas/marketplace*.ts`,
 * `schemas/payment-products.ts`, the rows' lookups, the `productHost` option), to be spread into `PAYWALL_TR`.
 * Field names stay as written.
 */
export const PAYWALL_MARKETPLACE_TR: MessageCatalog = {
  // Input rules.
  'ProductIds must name at least one product': 'ProductIds en az bir ürün içermeli',
  'Length is at most 50': 'Length en fazla 50 olabilir',
  'SortColumn must not be empty': 'SortColumn boş olmamalı',
  'ProductId is required': 'ProductId zorunludur',
  'DateFrom must not be after DateTo': 'DateFrom, DateTo tarihinden sonra olmamalı',
  'DateFrom and DateTo are at most 40 days apart': 'DateFrom ile DateTo arasında en fazla 40 gün olabilir',
  'DateTo must be yesterday or earlier (Turkey time) unless TestMode is true': 'TestMode true değilse DateTo en geç dünün tarihi olmalı (Türkiye saatiyle)',
  'ReflectionDate is required when ChangeReflectionDate is true': 'ChangeReflectionDate true ise ReflectionDate zorunludur',
  'JobId must be the id PayWall answered (visible ASCII, no spaces)': 'JobId, PayWall’ın döndürdüğü kimlik olmalı (görünür ASCII, boşluksuz)',
  // Bodies PayWall has not published (openBody, used by the approvals and the debt changes).
  'nested more than {max} levels deep': '{max} düzeyden daha derin iç içe',
  '{name} looks like a card or secret field; an unpublished body does not carry one':
    '{name} bir kart ya da gizli bilgi alanına benziyor; yayımlanmamış bir gövde böyle bir alan taşımaz',
  'holds what looks like a card number; an unpublished body does not carry one':
    'kart numarasına benzeyen bir değer içeriyor; yayımlanmamış bir gövde kart numarası taşımaz',
  'an amount is a number or decimal text': 'tutar bir sayı ya da ondalık metin olmalı',
  '{value} is not an amount exact to the kuruş': '{value} kuruşa kadar kesin bir tutar değil',
  // How to resolve an unknown outcome.
  'read marketplace.approvalReport({ PaymentId: Number(reference) }) and marketplace.earnings.byPayment({ PaymentId: Number(reference) }) before sending it again':
    'yeniden göndermeden önce marketplace.approvalReport({ PaymentId: Number(reference) }) ve marketplace.earnings.byPayment({ PaymentId: Number(reference) }) ile durumu okuyun',
  'read the debt with marketplace.debts.byProduct or marketplace.debts.byPayment before sending it again':
    'yeniden göndermeden önce borcu marketplace.debts.byProduct ya da marketplace.debts.byPayment ile okuyun',
  'read marketplace.manualTrigger.pending for the same DateFrom, DateTo and CurrencyId before starting it again':
    'yeniden başlatmadan önce aynı DateFrom, DateTo ve CurrencyId için marketplace.manualTrigger.pending ile havuzu okuyun',
  'read marketplace.manualTrigger.inquiry({ JobId: reference }) before sending it again':
    'yeniden göndermeden önce marketplace.manualTrigger.inquiry({ JobId: reference }) ile işi sorgulayın',
  'read marketplace.earnings.byProduct({ ProductId: Number(reference) }) before sending it again':
    'yeniden göndermeden önce marketplace.earnings.byProduct({ ProductId: Number(reference) }) ile hakedişleri okuyun',
  'read marketplace.earnings.byPayment({ PaymentId: Number(reference) }) before sending it again':
    'yeniden göndermeden önce marketplace.earnings.byPayment({ PaymentId: Number(reference) }) ile hakedişleri okuyun',
  'read marketplace.earnings.byId({ EarningId: Number(reference) }) before sending it again':
    'yeniden göndermeden önce marketplace.earnings.byId({ EarningId: Number(reference) }) ile hakedişi okuyun',
  'read paymentProducts.list({ PaymentId: Number(reference) }) and marketplace.earnings.byPayment before sending it again':
    'yeniden göndermeden önce paymentProducts.list({ PaymentId: Number(reference) }) ve marketplace.earnings.byPayment ile durumu okuyun',
  // Options.
  "PayWall: productHost must be 'private' or 'payment', got {value}": "PayWall: productHost 'private' ya da 'payment' olmalı ({value} verildi)",
};
