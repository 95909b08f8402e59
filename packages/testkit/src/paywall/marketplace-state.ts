import { caseless } from './caseless.js';
import { isInt, str } from './checks.js';
import { simKurus } from './money.js';
import type { PayWallSimulator } from './simulator.js';
import type { PayWallSimPayment } from './state.js';

// What the simulator keeps of the marketplace (§4.4, §4.5): per product of a paid marketplace payment a platform
// earning and a sub-merchant earning, the debts refunds leave behind, and manual-trigger jobs.
//
// PayWall publishes neither the earning status ids nor most of the rules below; each is the simulator's choice
// (INFERRED), stated here once:
// - A product is a marketplace product when it carries the `MemberId` of a member the simulator knows; other
//   products (and unknown members) get no earnings. Its id is PayWall's product id, `PaymentId × 100 + index`, the
//   `Id` the payment-start answer gives it.
// - Earnings are recorded when the payment succeeds (a direct sale, a completed 3D payment, a closed pre-auth), on
//   the products' amounts as sent (a partial capture is not pro-rated). The sub-merchant earns `MemberEarning` when
//   `MemberEarningCalculated`; otherwise the product amount less a commission of `MemberCommission` % when
//   `MemberCustomCommission`, else the member's value-date `Commission` % (0 without a value date). The sub-merchant's
//   share is rounded down to the kuruş: the remainder goes to the platform, and the two always add up to the amount.
// - Cargo (§5 CargoType), when `CargoCost` is in the payment's currency: 1 moves the cost from the platform to the
//   member, 2 from the member to the platform, 0 and 3 change nothing; neither share goes below zero. Discounts are
//   not applied: `ProductAmount` is taken as the price paid, whoever gave the discount.
// - Approval sets the reflection (payout) date of both earnings from the member's value date (§5): type 1 the
//   approval day + `CalculationValue` days, type 2 the first such weekday (1 Monday … 5 Friday) after the approval
//   day, type 3 that day of the following month (the month's last day when shorter). A type-1 date on a weekend
//   moves to the Monday. Without a value date: the next day. A reflection date is that day's 00:00 in Istanbul.
// - When the clock passes a reflection date, approved earnings are paid: a payout transaction id is set and the
//   status becomes paid. A sub-merchant transfer fails (status failed) when the member is gone, has no bank account
//   in the payment's currency, or its IBAN is one of `sim.payout.settings.failingReceivers`. With `manualTrigger`
//   on, platform earnings wait for a manual-trigger job instead.
// - A cancel, or a refund that reaches the captured amount, cancels every unpaid earning of the payment; a paid
//   sub-merchant earning becomes a debt of the member, per product. A partial refund changes no earning.

/** Earning status ids (PayWall's are unpublished; the docs show the text "Hesaplandı" for a calculated one). */
export const PAYWALL_SIM_EARNING_STATUS = {
  /** Calculated, waiting for approval ("Hesaplandı"). */
  calculated: 1,
  /** Approved: paid on its reflection date. */
  approved: 2,
  /** Paid out (a payout transaction id is set). */
  paid: 3,
  /** The transfer failed: retry it. */
  failed: 4,
  /** Cancelled with its payment. */
  cancelled: 5,
} as const;

/** Names of the earning statuses, as the reports write them. */
export const PAYWALL_SIM_EARNING_STATUS_NAMES: Readonly<Record<number, string>> = {
  1: 'Hesaplandı',
  2: 'Onaylandı',
  3: 'Ödendi',
  4: 'Başarısız',
  5: 'İptal Edildi',
};

/** How a sub-merchant earning was worked out (`CalculationCommissionType` of the member report; ids the simulator's). */
export const PAYWALL_SIM_COMMISSION_TYPE = {
  /** The member's value-date commission. */
  valueDate: 1,
  /** The product's `MemberCommission`. */
  custom: 2,
  /** You calculated the earning (`MemberEarningCalculated`, or a self approval). */
  self: 3,
} as const;

/** One earning: the platform's or the sub-merchant's share of one product. */
export interface PayWallSimEarning {
  /** PayWall's earning id. */
  id: number;
  /** The payment. */
  paymentId: number;
  /** PayWall's product id (`PaymentId × 100 + index`). */
  productId: number;
  /** The member, for a sub-merchant earning; `null` for the platform's. */
  memberId: number | null;
  /** A sub-merchant earning (else the platform's). */
  subMerchant: boolean;
  /** §5 `CurrencyId` of the payment. */
  currencyId: number;
  /** The earning, in kuruş. */
  earningKurus: number;
  /** `PAYWALL_SIM_COMMISSION_TYPE` of the calculation. */
  commissionType: number;
  /** The commission applied, in hundredths of a percent (0 for a self-calculated earning). */
  commissionHundredths: number;
  /** `PAYWALL_SIM_EARNING_STATUS`. */
  statusId: number;
  /** When it is paid out, once approved. */
  reflectionDate: Date | undefined;
  /** The transfer's id, once paid. */
  payoutTransactionId: number | null;
  /** Calculated, on the simulator's clock. */
  calculatedAt: Date;
}

/** A marketplace product of a payment, with its approval. */
export interface PayWallSimMarketplaceProduct {
  /** PayWall's product id (`PaymentId × 100 + index`). */
  id: number;
  /** The payment. */
  paymentId: number;
  /** Your `ProductId`. */
  externalId: string;
  /** Its name. */
  name: string;
  /** The sub-merchant. */
  memberId: number;
  /** `ProductAmount`, in kuruş. */
  amountKurus: number;
  /** Approved (with PayWall's calculation or yours). */
  approved: boolean;
  /** The platform's earning. */
  platformEarningId: number;
  /** The sub-merchant's earning. */
  memberEarningId: number;
}

/** What a sub-merchant owes back: a refund after its earning was paid. */
export interface PayWallSimDebt {
  /** PayWall's debt id. */
  id: number;
  /** The member who owes it. */
  memberId: number;
  /** The refunded payment. */
  paymentId: number;
  /** PayWall's product id. */
  productId: number;
  /** §5 `CurrencyId`. */
  currencyId: number;
  /** Owed, in kuruş. */
  amountKurus: number;
  /** Created, on the simulator's clock. */
  createdAt: Date;
  /** Last changed, on the simulator's clock. */
  updatedAt: Date | undefined;
}

/** A manual-trigger job: the platform earnings of a window, paid on request. */
export interface PayWallSimTriggerJob {
  /** The job id. */
  jobId: number;
  /** §5 `CurrencyId`. */
  currencyId: number;
  /** First reflection day, `yyyy-MM-dd`. */
  dateFrom: string;
  /** Last reflection day, `yyyy-MM-dd`. */
  dateTo: string;
  /** Started with `TestMode`. */
  testMode: boolean;
  /** Paid by its last run, in kuruş. */
  earningKurus: number;
  /** Earnings paid by its last run. */
  count: number;
  /** One line per earning of its last run. */
  results: {
    /** Paid. */
    Result: boolean;
    /** What happened. */
    ResultMessage: string;
  }[];
  /** Created, on the simulator's clock. */
  createdAt: Date;
}

/** Settings of the simulated marketplace. */
export interface PayWallSimMarketplaceSettings {
  /** The marketplace configuration's "Manual Trigger": platform earnings wait for a job (default off). */
  manualTrigger: boolean;
  /** The `MerchantId` the earning reports give the platform (default 1). */
  merchantId: number;
}

const DAY = 86_400_000;
const TR_OFFSET = 3 * 3_600_000;

/** The Istanbul day (`yyyy-MM-dd`) of an instant. */
export const trDay = (at: Date): string => new Date(at.getTime() + TR_OFFSET).toISOString().slice(0, 10);

/** 00:00 in Istanbul of a `yyyy-MM-dd` day. */
export const trMidnight = (day: string): Date => new Date(Date.parse(`${day}T00:00:00Z`) - TR_OFFSET);

/** The day `n` days after a `yyyy-MM-dd` day. */
export const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** The weekday of a `yyyy-MM-dd` day: 0 Sunday … 6 Saturday. */
export const weekday = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

/** The reflection day of an approval on `approvalDay` for a value date (see the rules above). */
export function reflectionDay(approvalDay: string, valueDate: { calculationType: number; calculationValue: number } | undefined): string {
  if (!valueDate) return addDays(approvalDay, 1);
  const { calculationType: type, calculationValue: value } = valueDate;
  if (type === 2) {
    let day = addDays(approvalDay, 1);
    while (weekday(day) !== value) day = addDays(day, 1);
    return day;
  }
  if (type === 3) {
    const [y, m] = approvalDay.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    return new Date(Date.UTC(y, m, Math.min(value, last))).toISOString().slice(0, 10);
  }
  const day = addDays(approvalDay, value);
  const wd = weekday(day);
  return wd === 6 ? addDays(day, 2) : wd === 0 ? addDays(day, 1) : day;
}

type Obj = Record<string, unknown>;

/** The marketplace ledger of one simulator: products, earnings, debts and manual-trigger jobs. */
export class PayWallSimMarketplaceDesk {
  /** Marketplace products by PayWall's product id. */
  readonly products = new Map<number, PayWallSimMarketplaceProduct>();
  /** Earnings by id. */
  readonly earnings = new Map<number, PayWallSimEarning>();
  /** Debts by id. */
  readonly debts = new Map<number, PayWallSimDebt>();
  /** Manual-trigger jobs by id. */
  readonly jobs = new Map<number, PayWallSimTriggerJob>();
  /** The settings in force. */
  readonly settings: PayWallSimMarketplaceSettings = { manualTrigger: false, merchantId: 1 };
  // Payments whose earnings were recorded (once) and those cancelled (once).
  private readonly recorded = new Set<number>();
  private readonly closed = new Set<number>();

  constructor(private readonly sim: PayWallSimulator) {}

  /** Changes settings (manual trigger, the platform's merchant id). */
  configure(settings: Partial<PayWallSimMarketplaceSettings>): this {
    Object.assign(this.settings, settings);
    return this;
  }

  /** The products of a payment, in basket order. */
  productsOf(paymentId: number): PayWallSimMarketplaceProduct[] {
    return [...this.products.values()].filter((x) => x.paymentId === paymentId);
  }

  /** A product's platform and sub-merchant earnings. */
  earningsOf(product: PayWallSimMarketplaceProduct): [platform: PayWallSimEarning, member: PayWallSimEarning] {
    return [this.earnings.get(product.platformEarningId) as PayWallSimEarning, this.earnings.get(product.memberEarningId) as PayWallSimEarning];
  }

  /** Follows a payment's state (called on each of its activities): records earnings on success, cancels them after. */
  paymentChanged(p: PayWallSimPayment): void {
    const over = p.cancelled || (p.capturedKurus > 0 && p.refundedKurus >= p.capturedKurus);
    if (p.statusId === 4 && !over && !this.recorded.has(p.paymentId)) this.record(p);
    if (over && this.recorded.has(p.paymentId) && !this.closed.has(p.paymentId)) this.close(p);
  }

  /** Pays every approved earning whose reflection date has come; called on each clock move and marketplace call. */
  tick(): void {
    const now = this.sim.now().getTime();
    for (const e of this.earnings.values()) {
      if (e.statusId !== PAYWALL_SIM_EARNING_STATUS.approved || !e.reflectionDate || e.reflectionDate.getTime() > now) continue;
      if (!e.subMerchant) {
        if (!this.settings.manualTrigger) this.pay(e);
      } else if (this.transferable(e)) this.pay(e);
      else e.statusId = PAYWALL_SIM_EARNING_STATUS.failed;
    }
  }

  /** Marks an earning paid with a new payout transaction id. */
  pay(e: PayWallSimEarning): void {
    e.statusId = PAYWALL_SIM_EARNING_STATUS.paid;
    e.payoutTransactionId = this.sim.nextId();
  }

  /** Approves a product: both earnings get a reflection date from the member's value date; `memberKurus` sets your own split. */
  approve(product: PayWallSimMarketplaceProduct, memberKurus?: number): void {
    const [platform, member] = this.earningsOf(product);
    if (memberKurus !== undefined) {
      member.earningKurus = memberKurus;
      member.commissionType = PAYWALL_SIM_COMMISSION_TYPE.self;
      member.commissionHundredths = 0;
      platform.earningKurus = product.amountKurus - memberKurus;
    }
    const day = reflectionDay(trDay(this.sim.now()), this.sim.members.get(product.memberId)?.valueDate);
    for (const e of [platform, member]) {
      e.statusId = PAYWALL_SIM_EARNING_STATUS.approved;
      e.reflectionDate = trMidnight(day);
    }
    product.approved = true;
  }

  /** Takes a product's approval back (before anything was paid). */
  unapprove(product: PayWallSimMarketplaceProduct): void {
    for (const e of this.earningsOf(product)) {
      e.statusId = PAYWALL_SIM_EARNING_STATUS.calculated;
      e.reflectionDate = undefined;
    }
    product.approved = false;
  }

  private transferable(e: PayWallSimEarning): boolean {
    const member = e.memberId === null ? undefined : this.sim.members.get(e.memberId);
    const account = member?.bankAccounts.find((a) => a.currencyId === e.currencyId);
    return account !== undefined && !this.sim.payout.settings.failingReceivers.has(account.iban);
  }

  private record(p: PayWallSimPayment): void {
    this.recorded.add(p.paymentId);
    p.products.forEach((raw, i) => {
      const x = caseless(raw) as Obj;
      const member = isInt(x.MemberId) ? this.sim.members.get(x.MemberId) : undefined;
      const amountKurus = simKurus(x.ProductAmount);
      if (!member || amountKurus === undefined) return;
      const split = memberShare(x, amountKurus, member.valueDate?.commissionHundredths ?? 0, p.currencyId);
      const earning = (subMerchant: boolean, kurus: number): PayWallSimEarning => {
        const e: PayWallSimEarning = {
          id: this.sim.nextId(),
          paymentId: p.paymentId,
          productId: p.paymentId * 100 + i,
          memberId: subMerchant ? member.id : null,
          subMerchant,
          currencyId: p.currencyId,
          earningKurus: kurus,
          commissionType: split.type,
          commissionHundredths: split.hundredths,
          statusId: PAYWALL_SIM_EARNING_STATUS.calculated,
          reflectionDate: undefined,
          payoutTransactionId: null,
          calculatedAt: this.sim.now(),
        };
        this.earnings.set(e.id, e);
        return e;
      };
      const platform = earning(false, amountKurus - split.memberKurus);
      const own = earning(true, split.memberKurus);
      this.products.set(p.paymentId * 100 + i, {
        id: p.paymentId * 100 + i,
        paymentId: p.paymentId,
        externalId: str(x.ProductId) || String(x.ProductId ?? ''),
        name: str(x.ProductName),
        memberId: member.id,
        amountKurus,
        approved: false,
        platformEarningId: platform.id,
        memberEarningId: own.id,
      });
    });
  }

  private close(p: PayWallSimPayment): void {
    this.closed.add(p.paymentId);
    for (const product of this.productsOf(p.paymentId))
      for (const e of this.earningsOf(product)) {
        if (e.statusId !== PAYWALL_SIM_EARNING_STATUS.paid) e.statusId = PAYWALL_SIM_EARNING_STATUS.cancelled;
        else if (e.subMerchant && e.memberId !== null && e.earningKurus > 0) {
          const debt: PayWallSimDebt = {
            id: this.sim.nextId(),
            memberId: e.memberId,
            paymentId: p.paymentId,
            productId: product.id,
            currencyId: e.currencyId,
            amountKurus: e.earningKurus,
            createdAt: this.sim.now(),
            updatedAt: undefined,
          };
          this.debts.set(debt.id, debt);
        }
      }
  }
}

/** The sub-merchant's share of a product, how it was worked out, and the commission applied. */
function memberShare(x: Obj, amountKurus: number, valueDateHundredths: number, currencyId: number) {
  let type: number = PAYWALL_SIM_COMMISSION_TYPE.valueDate;
  let hundredths = valueDateHundredths;
  let memberKurus: number;
  const own = simKurus(x.MemberEarning);
  if (x.MemberEarningCalculated === true && own !== undefined) {
    type = PAYWALL_SIM_COMMISSION_TYPE.self;
    hundredths = 0;
    memberKurus = own;
  } else {
    const custom = simKurus(x.MemberCommission);
    if (x.MemberCustomCommission === true && custom !== undefined) {
      type = PAYWALL_SIM_COMMISSION_TYPE.custom;
      hundredths = custom;
    }
    // Rounded down: the kuruş left over is the platform's.
    memberKurus = Number((BigInt(amountKurus) * BigInt(10_000 - hundredths)) / 10_000n);
  }
  const cost = simKurus(x.CargoCost) ?? 0;
  const cargoCurrency = isInt(x.CargoCurrencyId) && x.CargoCurrencyId > 0 ? x.CargoCurrencyId : currencyId;
  if (cost > 0 && cargoCurrency === currencyId) {
    const cargo = x.CargoType ?? x.CargoOwnerType;
    if (cargo === 1) memberKurus += cost;
    if (cargo === 2) memberKurus -= cost;
  }
  return { type, hundredths, memberKurus: Math.min(amountKurus, Math.max(0, memberKurus)) };
}
