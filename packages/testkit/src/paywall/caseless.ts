// PayWall's server reads JSON names whatever their casing: the official .NET SDK posts camelCase bodies
// (`paymentDetail.merchantUniqueCode`), DELETE bodies in PascalCase, and the docs write PascalCase. The simulator's
// handlers read the docs' names; this view lets them find a member under any casing, at any depth.

const views = new WeakSet<object>();

function lookup(target: object, key: string): PropertyKey | undefined {
  if (key in target) return key;
  const lower = key.toLowerCase();
  return Object.keys(target).find((k) => k.toLowerCase() === lower);
}

/**
 * A read-only view of a parsed JSON value in which `view.PaymentDetail` also finds `paymentDetail` (an exact name
 * wins over another casing). Objects and arrays inside are viewed the same way; other values are returned as they are.
 */
export function caseless<T>(value: T): T {
  if (typeof value !== 'object' || value === null || views.has(value)) return value;
  const view = new Proxy(value, {
    get(target, key, receiver) {
      if (typeof key !== 'string' || Array.isArray(target)) return caseless(Reflect.get(target, key, receiver));
      const found = lookup(target, key);
      return found === undefined ? undefined : caseless(Reflect.get(target, found, receiver));
    },
    has(target, key) {
      return typeof key === 'string' && !Array.isArray(target) ? lookup(target, key) !== undefined : Reflect.has(target, key);
    },
    set: () => false,
    deleteProperty: () => false,
  });
  views.add(view);
  return view;
}

/** A plain copy of a (viewed) JSON value, names as sent: what the simulator keeps in its state. */
export function plainJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
