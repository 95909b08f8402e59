/**
 * Form encoding in the shape ASP.NET model binding reads (HASO is a .NET service): lists as `name[0]`,
 * list items' fields as `name[0].field`, booleans as `true`/`false`. The exact form HASO expects is
 * not documented (spec §2.3), which is why JSON is the default encoding.
 */
export function toDotNetForm(body: Record<string, unknown>): string {
  const params = new URLSearchParams();
  const add = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        add(`${key}[${i}]`, v);
      });
    } else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) add(`${key}.${k}`, v);
    else params.append(key, String(value));
  };
  for (const [k, v] of Object.entries(body)) add(k, v);
  return params.toString();
}
