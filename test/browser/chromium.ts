// Debian's Chromium, headless, through playwright-core (its own browser downloads cannot run here). Screenshots of
// every step go to .artifacts/browser/ (ignored by git) for a person to look at.
import { mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = new URL('../../.artifacts/browser/', import.meta.url);

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Saves a full-page screenshot as `<flow>-<nn>-<step>.png`; returns the file name. */
export async function shot(page: Page, flow: string, step: number, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const file = `${flow}-${String(step).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path: new URL(file, SHOTS).pathname, fullPage: true });
  return file;
}
