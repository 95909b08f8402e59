import { catalogsOf, type Locale, localizeError, parseOrThrow } from '@odeme/core';
import type * as z from 'zod/mini';
import { getLimitForm, transactionForm, transactionMobileForm } from './schemas/browser.js';
import { checkShadowing, extraPairs, schemaFieldNames } from './shadowing.js';

/** Paths of HASO's browser (form-post) flows; they carry a `Token` from `/Index/GetToken`, not a `requestToken`. */
export const HASO_BROWSER_PATHS = {
  /** [S] 5.3 store / QR flow. */
  transactionMobile: '/ServletV2/TransactionMobile',
  /** [D] web checkout in HASO's screens. */
  transaction: '/ServletV2/Transaction',
  /** [D] limit-only onboarding. */
  getLimit: '/ServletV2/GetLimit',
} as const;

/** A form to post from the shopper's browser. */
export interface HasoBrowserForm {
  /** Absolute URL to post to. */
  action: string;
  /** Always `POST`. */
  method: 'POST';
  /** The form fields, in order, as strings. */
  fields: Record<string, string>;
  /**
   * A complete HTML page that posts the form: a visible button always, and an automatic post when a `nonce` of your
   * Content-Security-Policy is given (no inline event handler, so a strict policy never leaves the shopper stuck).
   */
  html: string;
}

/** Options of a browser form. */
export interface HasoBrowserFormOptions {
  /** Your page's CSP nonce: the page then posts by itself with a `<script nonce>`; without it the shopper presses the button. */
  nonce?: string;
}

/** What {@link HasoBrowserFlows.transactionMobile} takes: the store / QR order, `orderAmount` in integer kuruş. */
export interface HasoTransactionMobileInput extends z.input<typeof transactionMobileForm> {}
/** What {@link HasoBrowserFlows.transaction} takes: the web order, `orderAmount` in integer kuruş. */
export interface HasoTransactionInput extends z.input<typeof transactionForm> {}
/** What {@link HasoBrowserFlows.getLimit} takes: limit-only onboarding. */
export interface HasoGetLimitInput extends z.input<typeof getLimitForm> {}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/**
 * An HTML page that posts `fields` to `action`: a visible button, and with `nonce` a script carrying it that posts at
 * once. No inline event handler or style, which a Content-Security-Policy without `'unsafe-inline'` would block.
 */
export function autoSubmitHtml(action: string, fields: Record<string, string>, options: HasoBrowserFormOptions = {}): string {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('\n    ');
  const script = options.nonce ? `\n  <script nonce="${escapeHtml(options.nonce)}">document.forms[0].submit();</script>` : '';
  return `<!doctype html>
<html lang="tr">
<head><meta charset="utf-8"><title>HASO</title></head>
<body>
  <form method="POST" action="${escapeHtml(action)}">
    <p>HASO ile ödemeye devam etmek için düğmeye basın.</p>
    ${inputs}
    <button type="submit">Devam et / Continue</button>
  </form>${script}
</body>
</html>
`;
}

/** Form fields in order; an `extra` field that names (in any case) a checked or SDK-set field is refused first. */
function toFields(values: Record<string, unknown>, schema: unknown, operation: string): Record<string, string> {
  const { extra, ...rest } = values;
  checkShadowing([...schemaFieldNames(schema).filter((k) => k !== 'extra'), ...Object.keys(rest)], extraPairs(extra), { provider: 'haso', operation });
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...rest, ...(extra as Record<string, unknown> | undefined) })) {
    if (v === undefined || v === null) continue;
    out[k] = typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  return out;
}

/** Builds the signed form posts of HASO's browser flows (the `Token` is the signature). */
export class HasoBrowserFlows {
  constructor(private readonly config: { baseUrl: string; merchantId: string; ipAddress?: string | undefined; locale?: Locale | undefined }) {}

  private form(path: string, schema: unknown, operation: string, merchantIdFirst: Record<string, unknown>, options: HasoBrowserFormOptions): HasoBrowserForm {
    const action = this.config.baseUrl.replace(/\/+$/, '') + path;
    const fields = this.localized(() => toFields(merchantIdFirst, schema, operation));
    return { action, method: 'POST', fields, html: autoSubmitHtml(action, fields, options) };
  }

  /** Runs `build`; its refusal is in the client's language (no Transport translates these forms). */
  private localized<T>(build: () => T): T {
    try {
      return build();
    } catch (error) {
      const catalogs = catalogsOf(this.config.locale);
      if (catalogs) localizeError(error, catalogs);
      throw error;
    }
  }

  /** [S] 5.3 `/ServletV2/TransactionMobile` (store / QR flow). */
  transactionMobile(input: HasoTransactionMobileInput, options: HasoBrowserFormOptions = {}): HasoBrowserForm {
    const v = this.localized(() => parseOrThrow(transactionMobileForm, input, { provider: 'haso', operation: 'browser.transactionMobile' }));
    const { Token, ipAddress, ...rest } = v;
    return this.form(
      HASO_BROWSER_PATHS.transactionMobile,
      transactionMobileForm,
      'browser.transactionMobile',
      {
        Token,
        merchantId: this.config.merchantId,
        ipAddress: ipAddress ?? this.config.ipAddress,
        ...rest,
      },
      options,
    );
  }

  /** [D] `/ServletV2/Transaction` (web checkout in HASO's screens). */
  transaction(input: HasoTransactionInput, options: HasoBrowserFormOptions = {}): HasoBrowserForm {
    const v = this.localized(() => parseOrThrow(transactionForm, input, { provider: 'haso', operation: 'browser.transaction' }));
    const { token, IpAddress, ...rest } = v;
    return this.form(
      HASO_BROWSER_PATHS.transaction,
      transactionForm,
      'browser.transaction',
      {
        token,
        merchantId: this.config.merchantId,
        IpAddress: IpAddress ?? this.config.ipAddress,
        ...rest,
      },
      options,
    );
  }

  /** [D] `/ServletV2/GetLimit` (limit-only onboarding). */
  getLimit(input: HasoGetLimitInput, options: HasoBrowserFormOptions = {}): HasoBrowserForm {
    const v = this.localized(() => parseOrThrow(getLimitForm, input, { provider: 'haso', operation: 'browser.getLimit' }));
    const { token, IpAddress, ...rest } = v;
    return this.form(
      HASO_BROWSER_PATHS.getLimit,
      getLimitForm,
      'browser.getLimit',
      {
        token,
        merchantId: this.config.merchantId,
        IpAddress: IpAddress ?? this.config.ipAddress,
        ...rest,
      },
      options,
    );
  }
}
