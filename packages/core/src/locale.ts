import { AuthenticationError, isOdemeError, type OdemeError, ValidationError } from './errors.js';

/** The languages the SDK writes its messages in: `en` (the default) or `tr`. */
export type Language = 'en' | 'tr';

/**
 * A language's messages for a client, passed as its `locale`. Kept out of the client's own bundle: only an app that
 * imports them (`import { tr } from '@odeme/oderopay/tr'`) carries the Turkish text.
 */
export interface LocaleMessages {
  /** The language the catalogs write. */
  readonly language: Language;
  /** The catalogs to translate with, first match wins: the provider's own, then core's. */
  readonly catalogs: readonly MessageCatalog[];
}

/** The client option `locale`: `'en'` (the default) or a language's messages (`tr` from `@odeme/<provider>/tr`). */
export type Locale = 'en' | LocaleMessages;

/** The catalogs a `locale` option translates with; `undefined` for English. */
export function catalogsOf(locale: Locale | undefined): readonly MessageCatalog[] | undefined {
  return typeof locale === 'object' && locale !== null && locale.language !== 'en' ? locale.catalogs : undefined;
}

/** The language a `locale` option names (`en` when absent), e.g. for a provider that also sends it as a header. */
export function languageOf(locale: Locale | undefined): Language {
  return typeof locale === 'object' && locale !== null ? locale.language : 'en';
}

/**
 * English message templates mapped to their Turkish text. A template matches a whole message; each `{name}` stands
 * for any text (possibly empty), which carries over into the Turkish text by name. Entries are tried in order, so a
 * catalog lists specific templates before general ones.
 *
 * @example
 * const tr: MessageCatalog = { '{op}: the card was refused ({code})': '{op}: kart reddedildi ({code})' };
 */
export type MessageCatalog = Readonly<Record<string, string>>;

interface Template {
  exact: string | undefined;
  pattern: RegExp | undefined;
  names: string[];
  turkish: string;
}

const compiled = new WeakMap<MessageCatalog, Template[]>();

function compile(catalog: MessageCatalog): Template[] {
  let out = compiled.get(catalog);
  if (out) return out;
  out = [];
  for (const [english, turkish] of Object.entries(catalog)) {
    const names: string[] = [];
    if (!english.includes('{')) {
      out.push({ exact: english, pattern: undefined, names, turkish });
      continue;
    }
    const source = english.replace(/\{(\w+)\}|[.*+?^${}()|[\]\\]/g, (token, name: string | undefined) => {
      if (name === undefined) return `\\${token}`;
      names.push(name);
      return '([\\s\\S]*?)';
    });
    out.push({ exact: undefined, pattern: new RegExp(`^${source}$`), names, turkish });
  }
  compiled.set(catalog, out);
  return out;
}

/**
 * The Turkish text of an English message, from the first catalog entry that matches it, with each placeholder's text
 * translated in turn; the message itself when nothing matches (an untranslated message stays readable).
 */
export function translate(message: string, catalogs: readonly MessageCatalog[], depth = 0): string {
  if (message === '') return message;
  for (const catalog of catalogs) {
    for (const t of compile(catalog)) {
      if (t.exact !== undefined) {
        if (t.exact === message) return t.turkish;
        continue;
      }
      const m = (t.pattern as RegExp).exec(message);
      if (!m) continue;
      // A placeholder's text may be a message of its own (`{problem}`); each is strictly shorter, so this ends.
      const values = new Map(t.names.map((name, i) => [name, depth < 4 ? translate(m[i + 1] ?? '', catalogs, depth + 1) : (m[i + 1] ?? '')]));
      return t.turkish.replace(/\{(\w+)\}/g, (token, name: string) => values.get(name) ?? token);
    }
  }
  return message;
}

/** True when a catalog has an entry for the message (for tests that prove every message is translated). */
export function isTranslated(message: string, catalogs: readonly MessageCatalog[]): boolean {
  return catalogs.some((c) => compile(c).some((t) => (t.exact !== undefined ? t.exact === message : (t.pattern as RegExp).test(message))));
}

const AUTH_HINT_EN = ': check your keys and environment (sandbox or production)';
const AUTH_HINT_TR = ': API anahtarlarınızı ve ortamı (sandbox ya da canlı) kontrol edin';

/**
 * Rewrites an error's message (and a `ValidationError`'s issue messages) in the catalogs' language, in place. The
 * parts core adds itself (a request's method and URL, the authentication hint) are kept out of the match and put back
 * in Turkish, so a provider's catalog only has to know its own wording.
 */
export function localizeError(error: unknown, catalogs: readonly MessageCatalog[]): void {
  if (!isOdemeError(error)) return;
  const e = error as OdemeError;
  if (e instanceof ValidationError) {
    for (const issue of e.issues) issue.message = translate(issue.message, catalogs);
    const list = e.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    setMessage(e, `Geçersiz istek${e.operation ? ` (${e.operation})` : ''}: ${list}`);
    return;
  }
  let text = e.message;
  let tail = '';
  const { method, url } = e as { method?: unknown; url?: unknown };
  if (typeof method === 'string' && typeof url === 'string') {
    const shown = ` (${method} ${url})`;
    if (text.endsWith(shown)) {
      text = text.slice(0, -shown.length);
      tail = shown;
    }
  }
  if (e instanceof AuthenticationError && text.endsWith(AUTH_HINT_EN)) {
    text = text.slice(0, -AUTH_HINT_EN.length);
    tail = AUTH_HINT_TR + tail;
  }
  setMessage(e, translate(text, catalogs) + tail);
}

function setMessage(error: Error, message: string): void {
  Object.defineProperty(error, 'message', { value: message, enumerable: false, writable: true, configurable: true });
}
