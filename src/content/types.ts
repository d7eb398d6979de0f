/**
 * The content document, version 1: one format for the built-in content,
 * `content-src`, an inline `<script type="application/json" slot="content">`
 * and `services-src`. The JSON Schema in `content.schema.json` describes the
 * same shape; `validate.ts` checks it at run time.
 */
export interface ContentDocument {
  version: 1;
  /** BCP 47 language of the document's text, e.g. `en-GB`. */
  lang?: string;
  /** Overrides for the widgets' interface strings, by key (see `strings.ts`). */
  strings?: Record<string, string>;
  topics?: Topic[];
  services?: Service[];
  emergency?: Emergency[];
}

export interface Topic {
  /** `self-harm` is the only topic for now. */
  id: string;
  title: string;
  summary: string;
  sections: Section[];
  quotes: Quote[];
  source: Source;
  /** ISO dates, `YYYY-MM-DD`. */
  reviewed: string;
  nextReview: string;
  related?: Link[];
}

export interface Section {
  heading: string;
  /** Paragraphs of plain text: never HTML. */
  paragraphs: string[];
}

export interface Quote {
  text: string;
  attribution: string;
  /** Where the quote was published. */
  source?: Link;
}

export interface Source {
  publisher: string;
  title: string;
  url: string;
}

export interface Link {
  title: string;
  url: string;
  description?: string;
}

export type ContactMethod = 'phone' | 'sms' | 'chat' | 'email' | 'web';
export type Audience = 'all' | 'young-people' | 'adults' | 'worried-about-someone';
export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface Contact {
  method: ContactMethod;
  /** What the visitor reads, e.g. `116 123` or `Text SHOUT to 85258`. */
  display: string;
  /** `tel:`, `sms:`, `mailto:`, `http:` or `https:`. */
  href: string;
}

export interface WeeklyRange {
  days: Day[];
  /** `HH:MM`, 24-hour clock (`00:00` to `23:59`), in the service's time zone. */
  open: string;
  /** `HH:MM`; `24:00` is midnight at the end of the day; earlier than `open` runs past midnight. */
  close: string;
}

export type Hours =
  | { timeZone: string; alwaysOpen: true }
  | { timeZone: string; weekly: WeeklyRange[] };

export interface Service {
  id: string;
  name: string;
  /** Region codes, e.g. `GB`, `GB-ENG`, `IE`. */
  regions: string[];
  description: string;
  contacts: Contact[];
  website?: string;
  /** `null` when the service has no opening hours (a website, a course). */
  hours: Hours | null;
  audiences: Audience[];
  ageRange?: [number, number];
  /** Subjects the service covers, e.g. `crisis`, `self-harm` (not shown). */
  topics?: string[];
  free: boolean;
  crisis: boolean;
  languages?: string[];
  /** A short fact the visitor needs, e.g. what a call costs. */
  note?: string;
  /** Where the facts were checked, and when (`YYYY-MM-DD`). */
  source: string;
  verifiedAt: string;
}

export interface Emergency {
  region: string;
  number: string;
  alt?: string;
  /** The sentence shown in the emergency banner. */
  text: string;
  source: string;
  verifiedAt?: string;
}

/** A 24/7 phone line, as the info card's help strip shows it, with where and when it was checked. */
export interface Helpline extends Pick<Service, 'id' | 'name' | 'regions' | 'source' | 'verifiedAt'> {
  phone: Contact;
}
