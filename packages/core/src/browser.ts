import { ConfigurationError } from './errors.js';

/** True in a page (window + document); false in Node, Deno, Bun, workers and Workers. */
export function isBrowser(): boolean {
  const g = globalThis as { window?: unknown; document?: unknown };
  return typeof g.window === 'object' && g.window !== null && typeof g.document === 'object' && g.document !== null;
}

/**
 * A client that holds secrets must not run where its users can read them. Refuses to start in a browser
 * unless the caller says it knows what it is doing (a test page, a trusted kiosk).
 */
export function assertServerSide(provider: string, dangerouslyAllowBrowser: boolean | undefined): void {
  if (isBrowser() && dangerouslyAllowBrowser !== true) {
    throw new ConfigurationError(
      `The ${provider} client holds secret credentials and refuses to run in a browser. Call it from your server, or pass dangerouslyAllowBrowser: true if the page is trusted.`,
      { provider },
    );
  }
}
