import { type Kurus, toKurus } from '@odeme/core';

/** Kuruş twin of an amount received in a callback; a decimal comma is read as a point. `undefined` when unreadable. */
export function callbackKurus(value: string | undefined): Kurus | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.includes('.') ? value : value.replace(',', '.');
  try {
    return toKurus(v);
  } catch {
    return undefined;
  }
}
