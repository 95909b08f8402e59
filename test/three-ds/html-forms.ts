// What a browser does with the simulators' pages, done by hand: read a page's form and submit it. Deliberately plain
// (no DOM library): the pages are ours, and the test must see exactly the markup a browser gets.

/** One HTML form: where it posts and the fields it sends by itself (hidden inputs). */
export interface HtmlForm {
  action: string;
  method: string;
  fields: Record<string, string>;
}

const fromHtml = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');

/** The first form of a page, resolved against the page's URL. */
export function firstForm(html: string, pageUrl: string): HtmlForm {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error(`no form in the page: ${html.slice(0, 200)}`);
  const attrs = form[1] as string;
  const action = fromHtml(/\baction="([^"]*)"/i.exec(attrs)?.[1] ?? '');
  const method = (/\bmethod="([^"]*)"/i.exec(attrs)?.[1] ?? 'get').toUpperCase();
  const fields: Record<string, string> = {};
  for (const input of (form[2] as string).matchAll(/<input\b([^>]*)>/gi)) {
    const a = input[1] as string;
    if (!/type="hidden"/i.test(a)) continue;
    const name = /\bname="([^"]*)"/i.exec(a)?.[1];
    if (name) fields[fromHtml(name)] = fromHtml(/\bvalue="([^"]*)"/i.exec(a)?.[1] ?? '');
  }
  return { action: new URL(action, pageUrl).href, method, fields };
}

/** Submits a form as a browser does (`application/x-www-form-urlencoded`), with what the shopper typed or pressed. */
export function submit(form: HtmlForm, typed: Record<string, string> = {}): Request {
  const body = new URLSearchParams({ ...form.fields, ...typed }).toString();
  return new Request(form.action, { method: form.method, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
}
