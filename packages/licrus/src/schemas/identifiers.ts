import { issueMessage, tckn, turkishMobile, vkn } from '@odeme/core';
import * as z from 'zod/mini';

/**
 * A tax number: a VKN (10 digits) or, for a sole trader, a TCKN (11 digits), each checked by core's rule for its
 * length; outputs the digits. Messages state the rule and never quote the value.
 */
/* @__NO_SIDE_EFFECTS__ */
export function taxIdNumber() {
  const asVkn = vkn();
  const asTckn = tckn();
  return z.pipe(
    z.string(),
    z.transform((value: string, ctx) => {
      const digits = value.trim();
      if (!/^\d{10,11}$/.test(digits)) {
        ctx.issues.push({ code: 'custom', message: 'must be a VKN (10 digits) or a TCKN (11 digits)', input: value });
        return z.NEVER;
      }
      const checked = z.safeParse(digits.length === 10 ? asVkn : asTckn, digits, { error: issueMessage });
      if (checked.success) return checked.data;
      for (const issue of checked.error.issues) ctx.issues.push({ code: 'custom', message: issue.message, input: value });
      return z.NEVER;
    }),
  );
}

/**
 * A Turkish mobile number in any common writing (`0532 123 45 67`, `+90 532…`), sent as Licrus's published sample
 * writes one: 10 digits without a prefix (`"CustomerMobilePhone": "5301231212"`, web form page).
 */
/* @__NO_SIDE_EFFECTS__ */
export function licrusMobile() {
  return z.pipe(
    turkishMobile(),
    z.transform((international: string) => international.slice(2)),
  );
}

/**
 * `schema`, or an empty string sent as it is: Licrus's own samples send `""` for a field they leave blank
 * (`"DealerWorkPhone": ""`, web form page).
 */
/* @__NO_SIDE_EFFECTS__ */
export function blankOr<T extends z.core.$ZodType<unknown, string>>(schema: T) {
  return z.pipe(
    z.string(),
    z.transform((value: string, ctx): z.output<T> | '' => {
      if (value.trim() === '') return '';
      const checked = z.safeParse(schema, value, { error: issueMessage });
      if (checked.success) return checked.data;
      for (const issue of checked.error.issues) ctx.issues.push({ code: 'custom', message: issue.message, input: value });
      return z.NEVER;
    }),
  );
}
