// Valid partner data for tests and benchmarks, in the content document's shape.

/**
 * A phone number no one answers, for partner services in tests: Ofcom keeps
 * 01632 960000-960999 for drama, and 07700 900000-900999 for mobiles (texts).
 * Never a helpline's number, and never one that could be someone's.
 */
export function fictional(i, kind = 'phone') {
  const n = String(i % 1000).padStart(3, '0');
  return kind == 'sms'
    ? { method: 'sms', display: `Text HELP to 07700 900${n}`, href: `sms:07700900${n}?body=HELP` }
    : { method: 'phone', display: `01632 960${n}`, href: `tel:01632960${n}` };
}

/** Partner service `i`: valid, weekdays 09:00–17:00 in London, with a fictional number of its own (the first thousand). */
export function partnerService(i, extra = {}) {
  return {
    id: `partner-${i}`,
    name: `Partner service ${i}`,
    regions: ['GB'],
    description: 'A local service.',
    contacts: [fictional(i)],
    hours: { timeZone: 'Europe/London', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }] },
    audiences: ['all'],
    topics: ['self-harm'],
    free: true,
    crisis: false,
    source: 'https://partner.example/services',
    verifiedAt: '2026-11-01',
    ...extra,
  };
}

/** `n` valid partner services. */
export function makeServices(n) {
  return Array.from({ length: n }, (_, i) => partnerService(i));
}

/** A valid topic for partner content documents. */
export function partnerTopic(title) {
  return {
    id: 'self-harm',
    title,
    summary: 'A partner summary.',
    sections: [{ heading: 'A partner section', paragraphs: ['A partner paragraph.'] }],
    quotes: [{ text: 'A partner quote.', attribution: 'A partner' }],
    source: { publisher: 'Northfield', title: 'Our guide', url: 'https://northfield.example/guide' },
    reviewed: '2026-11-01',
    nextReview: '2027-11-01',
  };
}

/**
 * A translation of every string of `table`, as a partner must give one in
 * another language: `words`, and the rest marked `[lang]` (placeholders
 * kept).
 */
export function translation(lang, table, words = {}) {
  return { ...Object.fromEntries(Object.entries(table).map(([key, text]) => [key, `[${lang}] ${text}`])), ...words };
}
