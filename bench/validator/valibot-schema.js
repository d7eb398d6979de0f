// The content document's rules written with valibot, as close as valibot allows to
// src/content/validate.ts, to weigh the two. Not shipped: see bench/validator.mjs.
import * as v from 'valibot';
const text = (max) => v.pipe(v.string(), v.regex(/\S/, 'must not be empty'), v.maxLength(max));
const date = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD'));
const time = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time written HH:MM'));
const webUrl = v.pipe(v.string(), v.maxLength(2048), v.regex(/^https?:\/\/\S+$/i, 'must be an http: or https: URL'));
const region = v.pipe(v.string(), v.regex(/^[A-Z]{2}(-[A-Z\d]{1,3})?$/));
const id = v.pipe(v.string(), v.maxLength(80), v.regex(/^[a-z\d][a-z\d-]*$/));
const tz = v.pipe(v.string(), v.maxLength(64), v.check((s) => { try { new Intl.DateTimeFormat('en', { timeZone: s }); return true; } catch { return false; } }, 'must be an IANA time zone'));
const lang = v.pipe(v.string(), v.maxLength(35), v.check((s) => { try { Intl.getCanonicalLocales(s); return true; } catch { return false; } }));
const HREF = { phone: /^tel:\+?\d{2,15}$/, sms: /^sms:\+?\d{2,15}(\?body=[A-Za-z\d%+]{1,40})?$/, email: /^mailto:[^\s@:/?#]+@[^\s@:/?#]+$/, chat: /^https?:\/\/\S+$/i, web: /^https?:\/\/\S+$/i };
const contact = v.pipe(v.object({ method: v.picklist(['phone', 'sms', 'chat', 'email', 'web']), display: text(80), href: v.pipe(v.string(), v.maxLength(512)) }),
  v.forward(v.check((c) => HREF[c.method].test(c.href), 'must be tel:, sms:, mailto:, http: or https:'), ['href']));
const weekly = v.pipe(v.array(v.object({ days: v.pipe(v.array(v.picklist(['mon','tue','wed','thu','fri','sat','sun'])), v.minLength(1), v.maxLength(7)), open: time, close: time })), v.minLength(1), v.maxLength(21));
const hours = v.nullable(v.union([v.object({ timeZone: tz, alwaysOpen: v.literal(true) }), v.object({ timeZone: tz, weekly })]));
const service = v.object({
  id, name: text(120), regions: v.pipe(v.array(region), v.minLength(1), v.maxLength(50)), description: text(600),
  contacts: v.pipe(v.array(contact), v.minLength(1), v.maxLength(10)), website: v.optional(webUrl), hours,
  audiences: v.pipe(v.array(v.picklist(['all', 'young-people', 'adults', 'worried-about-someone'])), v.minLength(1), v.maxLength(4)),
  ageRange: v.optional(v.tuple([v.pipe(v.number(), v.integer()), v.pipe(v.number(), v.integer())])),
  topics: v.pipe(v.array(text(40)), v.maxLength(20)), free: v.boolean(), crisis: v.boolean(), languages: v.optional(v.array(lang)),
  note: v.optional(text(300)), source: webUrl, verifiedAt: date });
const emergency = v.object({ region, number: v.pipe(v.string(), v.regex(/^\+?\d{2,15}$/)), alt: v.optional(v.pipe(v.string(), v.regex(/^\+?\d{2,15}$/))), text: text(300), source: webUrl, verifiedAt: v.optional(date) });
const link = v.object({ title: text(200), url: webUrl, description: v.optional(text(400)) });
const topic = v.object({ id, title: text(200), summary: text(600),
  sections: v.pipe(v.array(v.object({ heading: text(200), paragraphs: v.pipe(v.array(text(2000)), v.minLength(1), v.maxLength(20)) })), v.maxLength(20)),
  quotes: v.pipe(v.array(v.object({ text: text(800), attribution: text(200), source: v.optional(link) })), v.maxLength(50)),
  source: v.object({ publisher: text(200), title: text(200), url: webUrl }), reviewed: date, nextReview: date, related: v.optional(v.array(link)) });
const doc = v.object({ version: v.literal(1), lang: v.optional(lang), strings: v.optional(v.record(v.string(), text(300))), topics: v.optional(v.array(topic)) });
export function validateDocument(input) {
  const errors = []; const skipped = [];
  const r = v.safeParse(doc, input);
  if (!r.success) return { errors: r.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`), skipped };
  const records = (key, schema) => (Array.isArray(input[key]) ? input[key].flatMap((x, n) => { const s = v.safeParse(schema, x); if (s.success) return [s.output]; skipped.push(...s.issues.map((i) => `${key}[${n}].${v.getDotPath(i)}: ${i.message}`)); return []; }) : undefined);
  return { document: { ...r.output, services: records('services', service), emergency: records('emergency', emergency) }, errors, skipped };
}
