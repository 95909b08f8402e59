// What the simulator keeps of subscriptions (§4.8): plans, their cards, the charge schedule, the customer and item
// pools, and every callback it posted.

/** A card a subscription charges: a snapshot of a CardWall card when it was added. */
export interface PayWallSimSubscriptionCard {
  /** Id of the card on the subscription (`GET recurring/card`, `DELETE recurring/card`). */
  id: number;
  /** The CardWall card it came from. */
  storedCardId: number;
  /** Charge order: 1 first. */
  priority: number;
  /** Full number, charged as a payment would be (decline test cards decline). */
  number: string;
  /** Name on the card. */
  holderName: string;
  /** Expiry month. */
  month: number;
  /** Expiry year. */
  year: number;
}

/** One due charge of a subscription and its tries. */
export interface PayWallSimSubscriptionJob {
  /** When the charge is due (the next try's time while it is being retried). */
  dueAt: Date;
  /** The scheduled date, kept when tries move `dueAt`. */
  scheduledAt: Date;
  /** Done: charged, or declined with no tries left. */
  complete: boolean;
  /** Tries so far. */
  attempts: number;
  /** Payments of its tries, in order. */
  paymentIds: number[];
  /** Charged successfully. */
  success: boolean;
}

/** An item of a subscription (kuruş amounts). */
export interface PayWallSimSubscriptionItem {
  /** Its entry in the item pool. */
  poolId: number;
  /** 1 subscription, 2 product, 3 service. */
  type: number;
  /** Name. */
  name: string;
  /** Share of each charge, in kuruş. */
  amountKurus: number;
}

/** A subscription as the simulator keeps it. */
export interface PayWallSimSubscription {
  /** PayWall's `SubscriptionId`. */
  id: number;
  /** PayWall's `SubscriptionCode` (a UUID). */
  code: string;
  /** Your `SubscriptionMerchantCode`. */
  merchantCode: string;
  /** 1 unlimited, 2 count-limited. */
  type: number;
  /** `CurrencyId`. */
  currencyId: number;
  /** Each charge, in kuruş. */
  amountKurus: number;
  /** Where each try's result is posted (none when empty). */
  callbackUrl: string;
  /** Starts with a trial. */
  hasTrial: boolean;
  /** Trial days. */
  trialDay: number;
  /** `RecurringPeriodType` 1–8. */
  periodType: number;
  /** Count-limited: charges in all. */
  periodCount: number;
  /** Extra tries of a declined charge. */
  failAttempt: number;
  /** Hours between tries (0: the simulator's `retryPendingHours`). */
  failAttemptPendingHour: number;
  /** Its subscriber in the customer pool. */
  customerPoolId: number;
  /** What it charges for. */
  items: PayWallSimSubscriptionItem[];
  /** Cards, by priority. */
  cards: PayWallSimSubscriptionCard[];
  /** Charges made and the next one due. */
  jobs: PayWallSimSubscriptionJob[];
  /** Created, on the simulator's clock. */
  insertedAt: Date;
  /** Charging (false after `unsubscribe`). */
  active: boolean;
}

/** A subscriber of the customer pool. */
export interface PayWallSimPoolCustomer {
  /** Pool id. */
  id: number;
  /** First name. */
  name: string;
  /** Last name. */
  lastname: string;
  /** Phone. */
  phone: string;
  /** E-mail. */
  email: string;
  /** Country. */
  country: string;
  /** City. */
  city: string;
  /** Address. */
  address: string;
  /** Identity number (never set by a subscription; kept for the filters). */
  identity: string;
  /** Last change. */
  changedAt: Date;
}

/** An item of the item pool. */
export interface PayWallSimPoolItem {
  /** Pool id. */
  id: number;
  /** 1 subscription, 2 product, 3 service. */
  type: number;
  /** Name. */
  name: string;
  /** Amount in kuruş. */
  amountKurus: number;
  /** Last change. */
  changedAt: Date;
}

/** A recurring callback the simulator posted (or would have: see `PayWallSimRecurringOptions.deliver`). */
export interface PayWallSimRecurringCallback {
  /** The subscription's `CallbackUrl`. */
  url: string;
  /** The JSON text, amounts with two decimals. */
  body: string;
  /** The same, parsed. */
  fields: Record<string, unknown>;
}

/** How the simulator runs subscriptions. */
export interface PayWallSimRecurringOptions {
  /**
   * Field names the recurring callback's `Hash` covers, in order (with the System Webhook key, `###`-joined like
   * the published templates). PayWall has not published this template: the default,
   * `['SubscriptionId', 'SubscriptionMerchantCode', 'PaymentId', 'Amount', 'Attempt']`, is the simulator's choice.
   */
  hashTemplate?: readonly string[];
  /** Hours between tries when a subscription's `FailAttemptPendingHour` is 0 (default 24). */
  retryPendingHours?: number;
  /** Cards one subscription may have (default 5; more: PayWall error 350). */
  cardLimit?: number;
  /** Posts a callback (default: none, the callback is only recorded in `recurring.callbacks`). */
  deliver?: (url: string, init: RequestInit) => Promise<Response>;
}

/** The simulator's subscription state (`sim.recurring`). */
export class PayWallSimRecurringBook {
  /** Subscriptions by `SubscriptionId` (deleted ones are removed). */
  readonly subscriptions = new Map<number, PayWallSimSubscription>();
  /** The customer pool by id. */
  readonly customers = new Map<number, PayWallSimPoolCustomer>();
  /** The item pool by id. */
  readonly items = new Map<number, PayWallSimPoolItem>();
  /** Every callback, in the order posted. */
  readonly callbacks: PayWallSimRecurringCallback[] = [];
  // Callbacks are built (hashed) and posted one after another, in the order of the tries.
  private chain: Promise<void> = Promise.resolve();

  /** A subscription by your `SubscriptionMerchantCode`. */
  byMerchantCode(code: string): PayWallSimSubscription | undefined {
    for (const s of this.subscriptions.values()) if (s.merchantCode === code) return s;
    return undefined;
  }

  /** Runs `step` after every step queued before it (a failing step does not stop the later ones). */
  enqueue(step: () => Promise<void>): void {
    this.chain = this.chain.then(step).catch(() => undefined);
  }

  /** Waits until every callback queued so far is recorded (and posted, with `deliver`). */
  async settled(): Promise<void> {
    let last: Promise<void>;
    do {
      last = this.chain;
      await last;
    } while (last !== this.chain);
  }
}
