/** Kuruş as a Turkish shopper reads an amount on a bank page: `123456` → `₺1.234,56`. */
export function simTry(kurus: number): string {
  return new Intl.NumberFormat('tr-TR', { style: 'currency', currency: 'TRY' }).format(kurus / 100);
}
