import { PaymentDeclinedError, ProviderError } from '@odeme/core';
import { PAYWALL_SIM_CARDS, PAYWALL_SIM_VERSION } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { card, creds, customer, directPayment, makeClient, makeSim, threeDPayment, uniqueCode } from './helpers';

const DAY = 86_400_000;

describe('PayWall flows against the simulator', () => {
  it('direct payment → partial refund → query', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const code = uniqueCode();
    const started = await pw.payments.startDirect(directPayment(code));
    expect(started.Payment?.MerchantUniqueKey).toBe(code);
    expect(started.reference).toBe(code);
    const refund = await pw.refunds.partial({ MerchantUniqueCode: code, Amount: '5.25' });
    expect(refund).toEqual({ reference: code });
    const q = await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: code });
    expect(q.Paywall.StatusId).toBe(4);
    expect(q.Paywall.AnySuccessPartialRefund).toBe(true);
    expect(q.Paywall.PaymentAmount).toBe(15.5);
    expect(sim.byMerchantCode(code)?.refundedKurus).toBe(525);
    // Refunds are bounded by what was captured and not refunded yet (10.25 left).
    const tooMuch = await pw.refunds.partial({ MerchantUniqueCode: code, Amount: '10.26' }).catch((e: unknown) => e);
    expect(tooMuch).toBeInstanceOf(ProviderError);
    expect((tooMuch as ProviderError).providerCode).toBe('112');
    expect((tooMuch as ProviderError).group).toBe('PaymentAmountNotConvenient');
    await pw.refunds.create({ MerchantUniqueCode: code });
    const after = await pw.queries.byPaymentId({ PaymentId: started.Payment?.PaymentId as number });
    expect(after.Paywall.AnySuccessRefund).toBe(true);
    const again = await pw.refunds.create({ MerchantUniqueCode: code }).catch((e: unknown) => e);
    expect((again as ProviderError).providerCode).toBe('93');
  });

  it('3D start → browser step → verified return post → query', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const code = uniqueCode('3d');
    const started = await pw.payments.start3d(threeDPayment(code));
    expect(started.RedirectUrl).toMatch(/^https:\/\/test-payment-api\.itspaywall\.com\/sim\/paywall\/3d\//);
    expect((await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: code })).Paywall.StatusId).toBe(1);
    const post = await sim.completeThreeD(started.RedirectUrl as string);
    expect(post.url).toBe('https://shop.example/paywall/ok');
    const ret = await pw.callbacks.verifyThreeDReturn(post.toRequest());
    expect(ret.unverified.success).toBe(true);
    expect(ret.verified).toEqual({ merchantUniqueCode: code, amount: '15.50', amountKurus: 1550, installment: 1, paymentId: started.Payment?.PaymentId });
    expect((await pw.queries.byPaymentId({ PaymentId: ret.verified.paymentId as number })).Paywall.StatusId).toBe(4);
    expect((await pw.queries.byUniqueCode({ UniqueCode: ret.unverified.paymentCode as string })).Paywall.StatusId).toBe(4);
    // A tampered amount fails verification.
    const forged = new URLSearchParams(post.body);
    forged.set('amount', '1.00');
    await expect(pw.callbacks.verifyThreeDReturn(forged)).rejects.toMatchObject({ code: 'signature_verification_failed' });
  });

  it('3D failure posts to the fail URL with Base64 texts decoded', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const started = await pw.payments.start3d(threeDPayment(uniqueCode('3df'), PAYWALL_SIM_CARDS.insufficientFunds));
    const post = await sim.completeThreeD(started.RedirectUrl as string);
    expect(post.url).toBe('https://shop.example/paywall/fail');
    const ret = await pw.callbacks.verifyThreeDReturn(post.body);
    expect(ret.unverified.success).toBe(false);
    expect(ret.unverified.errorMessage).toBe('Bakiye yetersiz — İşlem onaylanmadı');
    expect(ret.unverified.providerErrorMessage).toBe('Yetersiz bakiye: kartın kullanılabilir limiti aşıldı');
  });

  it('Half3D → end3d completes the payment', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const code = uniqueCode('h3d');
    const body = threeDPayment(code);
    const started = await pw.payments.start3d({ ...body, PaymentDetail: { ...body.PaymentDetail, Half3D: true } });
    await sim.completeThreeD(started.RedirectUrl as string);
    expect(sim.byMerchantCode(code)?.statusId).toBe(3);
    await pw.payments.end3d({ MerchantUniqueCode: code });
    expect(sim.byMerchantCode(code)?.statusId).toBe(4);
  });

  it('pre-auth → partial capture; pre-auth → cancel', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const code = uniqueCode('pa');
    const body = directPayment(code);
    await pw.payments.startDirect({ ...body, PaymentDetail: { ...body.PaymentDetail, Half2D: true } });
    expect((await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: code })).Paywall.StatusId).toBe(3);
    await pw.payments.captureProvision({ MerchantUniqueCode: code, ProvisionAmount: '10.00' });
    const p = sim.byMerchantCode(code);
    expect(p?.statusId).toBe(4);
    expect(p?.capturedKurus).toBe(1000);
    const twice = await pw.payments.captureProvision({ MerchantUniqueCode: code }).catch((e: unknown) => e);
    expect((twice as ProviderError).providerCode).toBe('7');
    expect((twice as ProviderError).group).toBe('payment already finalised');

    const code2 = uniqueCode('pa');
    const b2 = directPayment(code2);
    await pw.payments.startDirect({ ...b2, PaymentDetail: { ...b2.PaymentDetail, Half2D: true } });
    await pw.payments.cancelProvision({ MerchantUniqueCode: code2 });
    expect((await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: code2 })).Paywall.AnySuccessCancel).toBe(true);
  });

  it('stored card: save → list → pay with UniqueCode; a rotated code is refused', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const saved = await pw.cardWall.save({
      RelationalId1: 'user-42',
      IncludeDetails: true,
      Card: { Nickname: 'İş kartım', HolderName: 'Ayşe Yılmaz', Number: PAYWALL_SIM_CARDS.troy, Month: 12, Year: 2030 },
    });
    expect(saved.CardNumber).toBe('979204******0009');
    expect(saved.Details?.CardBrand).toBe('Troy');
    const [listed] = await pw.cardWall.list({ RelationalId1: 'user-42' });
    const code = uniqueCode('stored');
    const body = directPayment(code);
    await pw.payments.startDirect({ ...body, Card: { UniqueCode: listed?.UniqueCode as string } });
    expect(sim.byMerchantCode(code)?.card.number).toBe(PAYWALL_SIM_CARDS.troy);

    sim.rotateCardCodes();
    const stale = await pw.payments.startDirect({ ...directPayment(), Card: { UniqueCode: listed?.UniqueCode as string } }).catch((e: unknown) => e);
    expect((stale as ProviderError).providerCode).toBe('21');
    const [fresh] = await pw.cardWall.list({ RelationalId1: 'user-42' });
    expect(fresh?.UniqueCode).not.toBe(listed?.UniqueCode);
    await pw.cardWall.update({ RelationalId1: 'user-42', UniqueCode: fresh?.UniqueCode as string, Month: 1, Year: 2031 });
    expect((await pw.cardWall.list({ RelationalId1: 'user-42' }))[0]?.Year).toBe(2031);
    await pw.cardWall.remove({ RelationalId1: 'user-42', UniqueCode: fresh?.UniqueCode as string });
    expect(await pw.cardWall.list({ RelationalId1: 'user-42' })).toEqual([]);
  });

  it('UniqueCode rotates on its own after the TTL', async () => {
    const sim = makeSim({ cardCodeTtlMs: 60_000 });
    const pw = makeClient(sim);
    const saved = await pw.cardWall.save({ RelationalId1: 'u1', Card: { HolderName: 'A B', Number: PAYWALL_SIM_CARDS.success, Month: 12, Year: 2030 } });
    sim.advanceTime(61_000);
    const [listed] = await pw.cardWall.list({ RelationalId1: 'u1' });
    expect(listed?.UniqueCode).not.toBe(saved.UniqueCode);
  });

  it('CardSave during a 3D payment returns the stored card code', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const body = threeDPayment(uniqueCode('save'));
    const started = await pw.payments.start3d({ ...body, Card: { ...card(), CardSave: { RelationalId1: 'user-7', Save: true } } });
    const ret = await pw.callbacks.verifyThreeDReturn(await sim.completeThreeD(started.RedirectUrl as string).then((p) => p.fields));
    expect(ret.unverified.cardSaved).toBe(true);
    const [stored] = await pw.cardWall.list({ RelationalId1: 'user-7' });
    expect(stored?.UniqueCode).toBe(ret.unverified.cardSavedUniqueCode);
  });

  it('insurance cards: CardWall and the insurance direct payment', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const saved = await pw.cardWall.insurance.save({
      RelationalId1: 'policy-9',
      Card: { HolderName: 'Mehmet Öz', CardBin: '48249048', CardLastFour: '8012', Identity: '21234567890', Month: 12, Year: 2030 },
    });
    expect(saved.Identity).toBe('21234567890');
    const [listed] = await pw.cardWall.insurance.list({ RelationalId1: 'policy-9' });
    const code = uniqueCode('ins');
    const body = directPayment(code);
    await pw.payments.startDirectInsurance({ ...body, Card: { UniqueCode: listed?.UniqueCode as string } });
    const code2 = uniqueCode('ins');
    await pw.payments.startDirectInsurance({
      ...directPayment(code2),
      Card: { OwnerName: 'Mehmet Öz', CardNoFirst: '48249048', CardNoLast: '8012', IdentityNumber: '21234567890', ExpireMonth: '12', ExpireYear: '2030' },
    });
    expect(sim.byMerchantCode(code2)?.card.insurance).toBe(true);
    await pw.cardWall.insurance.update({ RelationalId1: 'policy-9', UniqueCode: listed?.UniqueCode as string, Month: 6, Year: 2031 });
    await pw.cardWall.insurance.remove({ RelationalId1: 'policy-9', UniqueCode: listed?.UniqueCode as string });
    expect(await pw.cardWall.insurance.list({ RelationalId1: 'policy-9' })).toEqual([]);
  });

  it('revert cancels on the same day and refunds on a later day', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const today = uniqueCode('rv');
    await pw.payments.startDirect(directPayment(today));
    await pw.reverts.create({ MerchantUniqueCode: today, Amount: 0 });
    expect(sim.byMerchantCode(today)?.cancelled).toBe(true);

    const later = uniqueCode('rv');
    const started = await pw.payments.startDirect(directPayment(later));
    sim.advanceTime(DAY);
    const cancelLater = await pw.cancels.create({ MerchantUniqueCode: later }).catch((e: unknown) => e);
    expect((cancelLater as ProviderError).providerCode).toBe('92');
    await pw.reverts.byPaymentId({ PaymentId: started.Payment?.PaymentId as number, Amount: '15.50' });
    const p = sim.byMerchantCode(later);
    expect(p?.cancelled).toBe(false);
    expect(p?.refundedKurus).toBe(1550);

    const partial = uniqueCode('rv');
    await pw.payments.startDirect(directPayment(partial));
    await pw.reverts.create({ MerchantUniqueCode: partial, Amount: 2 });
    expect(sim.byMerchantCode(partial)?.refundedKurus).toBe(200);
  });

  it('cancels and partial refunds by PayWall ids', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const a = await pw.payments.startDirect(directPayment());
    await pw.refunds.partialByPaymentId({ PaymentId: a.Payment?.PaymentId as number, Amount: 1 });
    await pw.refunds.partialByUniqueCode({ UniqueCode: a.Payment?.UniqueCode as string, Amount: '0.50' });
    expect(sim.payments.get(a.Payment?.PaymentId as number)?.refundedKurus).toBe(150);
    const b = await pw.payments.startDirect(directPayment());
    await pw.cancels.byUniqueCode({ UniqueCode: b.Payment?.UniqueCode as string });
    const c = await pw.payments.startDirect(directPayment());
    await pw.cancels.byPaymentId({ PaymentId: c.Payment?.PaymentId as number });
    expect(sim.payments.get(c.Payment?.PaymentId as number)?.cancelled).toBe(true);
    const refundCancelled = await pw.refunds
      .create({ MerchantUniqueCode: sim.payments.get(c.Payment?.PaymentId as number)?.merchantUniqueCode as string })
      .catch((e: unknown) => e);
    expect((refundCancelled as ProviderError).providerCode).toBe('94');
    const unknown = await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: 'nope' }).catch((e: unknown) => e);
    expect(unknown).toMatchObject({ providerCode: '56', group: 'PaymentNotFound' });
  });

  it('a bank decline is a PaymentDeclinedError with decoded UTF-8 texts', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const code = uniqueCode('dec');
    const err = await pw.payments.startDirect(directPayment(code, PAYWALL_SIM_CARDS.insufficientFunds)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PaymentDeclinedError);
    const e = err as PaymentDeclinedError;
    expect(e.providerCode).toBe('1');
    expect(e.details).toMatchObject({ bankErrorCode: '51', bankErrorMessage: 'Bakiye yetersiz — İşlem onaylanmadı', providerErrorCode: '10051' });
    expect(e.message).toContain('İşlem onaylanmadı');
    expect(sim.byMerchantCode(code)?.statusId).toBe(5);
    const dup = await pw.payments.startDirect(directPayment(code)).catch((x: unknown) => x);
    expect(dup).toMatchObject({ providerCode: '4', group: 'MerchantUniqueCode already used' });
  });

  it('temp token → temp card → pay with TempCardToken', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const t = await pw.clientSide.createTempToken({ ClientCardSave: false, ThreeDSession: false, ExpiryMin: 5 });
    const tc = await pw.clientSide.createTempCard({
      token: t.Token,
      CardType: 1,
      CardOwnerName: 'Ayşe Yılmaz',
      CardNumber: PAYWALL_SIM_CARDS.success,
      CardCvv: '123',
      CardExpiryMonth: '12',
      CardExpiryYear: '2030',
      ExpiryMin: 5,
    });
    const code = uniqueCode('tmp');
    await pw.payments.startDirect({ ...directPayment(code), Card: { TempCardToken: tc.CardToken } });
    expect(sim.byMerchantCode(code)?.statusId).toBe(4);
    const last = sim.requests.at(-2);
    expect(last?.headers.token).toBe(t.Token);
    expect(last?.headers.apikeypublic).toBe(creds.apiKeyPublic);
  });

  it('installments, BIN inquiry, version', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const bin = await pw.bin.inquiry({ BinNumber: '48249048' });
    expect(bin).toMatchObject({ IsMatchedByEightDigitBin: true, CardBank: 'Sim Insurance Bank' });
    const forBin = await pw.installments.list({ CurrencyId: 1, Amount: '100.00', BinNumber: '454360' });
    expect(Array.isArray(forBin)).toBe(false);
    if (!Array.isArray(forBin)) expect(forBin.Options?.map((o) => o.Installment)).toEqual([1]);
    const all = await pw.installments.list({ CurrencyId: 1, Amount: 100 });
    expect(Array.isArray(all) && all.length).toBeGreaterThan(0);
    const nope = await pw.bin.inquiry({ BinNumber: '111111' }).catch((e: unknown) => e);
    expect((nope as ProviderError).providerCode).toBe('-1');
    expect(await pw.payments.version()).toBe(PAYWALL_SIM_VERSION);
    // A debit card in installments is refused by PayWall with 9.
    const d = directPayment(uniqueCode(), PAYWALL_SIM_CARDS.debit);
    const inst = await pw.payments.startDirect({ ...d, PaymentDetail: { ...d.PaymentDetail, Installment: 3 } }).catch((e: unknown) => e);
    expect((inst as ProviderError).providerCode).toBe('9');
  });

  it('split payment pays each part', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const code = uniqueCode('split');
    const res = (await pw.payments.startSplit({
      PaymentDetail: {
        Amount: 30,
        MerchantUniqueCode: code,
        CurrencyId: 1,
        Installment: 1,
        ClientIP: '203.0.113.9',
        CallbackAddress: 'https://shop.example/split',
      },
      CardModel: 1,
      Payments: [
        { Customer: customer, Product: { ProductId: 'a', ProductName: 'A', ProductAmount: 10 }, Card: card() },
        { Customer: customer, Product: { ProductId: 'b', ProductName: 'B', ProductAmount: 20 }, Card: card(PAYWALL_SIM_CARDS.troy) },
      ],
    })) as unknown as { Payments: { Result: boolean }[] };
    expect(res.Payments.map((p) => p.Result)).toEqual([true, true]);
    expect(sim.byMerchantCode(`${code}-2`)?.amountKurus).toBe(2000);
  });

  it('reconciliation: end of day counters, reconcile, read back, list', async () => {
    const sim = makeSim({ now: () => new Date('2026-03-10T09:00:00Z') });
    const pw = makeClient(sim);
    const code = uniqueCode('rec');
    await pw.payments.startDirect(directPayment(code));
    await pw.refunds.partial({ MerchantUniqueCode: code, Amount: 1 });
    const eod = await pw.vpos.endOfDay({ EndOfDayDate: '2026-03-10' });
    expect(eod).toMatchObject({ SuccessfulCount: 1, SuccessfulAmount: 15.5, PartialRefundCount: 1, PartialRefundAmount: 1 });
    const counters = {
      TotalCount: 1,
      TotalAmount: '15.50',
      SuccessfulCount: 1,
      SuccessfulAmount: '15.50',
      UnsuccessfulCount: 0,
      UnsuccessfulAmount: 0,
      RefundCount: 0,
      RefundAmount: 0,
      PartialRefundCount: 1,
      PartialRefundAmount: '1.00',
      CancelCount: 0,
      CancelAmount: 0,
    };
    const rec = await pw.vpos.reconcile({ Date: '2026-03-10', ...counters });
    expect(rec.IsReconciled).toBe(true);
    const wrong = await pw.vpos.reconcile({ Date: '2026-03-10', ...counters, TotalAmount: '15.49' });
    expect(wrong.IsReconciled).toBe(false);
    expect((await pw.vpos.reconciliation({ ReconciliationDate: new Date('2026-03-10T12:00:00Z') })).IsReconciled).toBe(false);
    const list = await pw.vpos.reconciliationList({ DateFrom: '2026-03-01', DateTo: '2026-03-31', Start: 0, Length: 10, SortValue: 'desc' });
    expect(list.TotalRecord).toBe(1);
    sim.advanceTime(DAY);
    const txs = (await pw.vpos.transactionList({})) as unknown[];
    expect(txs).toHaveLength(1);
  });

  it('queries by product id and tracking code', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const body = directPayment();
    await pw.payments.startDirect({ ...body, PaymentDetail: { ...body.PaymentDetail, TrackingCode: 'trk-1' } });
    expect(await pw.queries.byTrackingCode({ TrackingCode: 'trk-1' })).toHaveLength(1);
    expect((await pw.queries.byProductId({ ProductId: 'p-2' })).length).toBeGreaterThan(0);
  });

  it('the simulator posts a verifiable general callback', async () => {
    const sim = makeSim();
    const pw = makeClient(sim);
    const code = uniqueCode('cb');
    await pw.payments.startDirect(directPayment(code));
    await pw.refunds.partial({ MerchantUniqueCode: code, Amount: '2.50' });
    let received: Request | undefined;
    const { response } = await sim.sendGeneralCallback('https://shop.example/paywall/webhook', { merchantUniqueCode: code }, async (url, init) => {
      received = new Request(url, init);
      return new Response('OK');
    });
    expect(response.status).toBe(200);
    const text = await (received as Request).text();
    expect(text).toContain('"Amount":15.50');
    const cb = await pw.callbacks.verifyGeneralCallback(text);
    expect(cb.verified).toMatchObject({ amount: '15.50', amountKurus: 1550, merchantUniqueCode: code });
    expect(cb.unverified).toMatchObject({ type: 4, typeName: 'VPosPartialRefund', operationAmountKurus: 250 });
    // What happened is read from PayWall, by the verified payment id.
    const { Paywall } = await pw.queries.byPaymentId({ PaymentId: cb.verified.paymentId as number });
    expect(Paywall.AnySuccessPartialRefund).toBe(true);
  });

  it('answers 401 for a wrong key pair', async () => {
    const sim = makeSim();
    const pw = makeClient(sim, { apiKeyPrivate: 'wrong-private-key' });
    const err = await pw.queries.byMerchantUniqueCode({ MerchantUniqueCode: 'x' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 401, providerCode: '401' });
    expect(JSON.stringify(err)).not.toContain('wrong-private-key');
  });
});
