// Valid partner data for tests and benchmarks, in the content document's shape.

/** Partner service `i`: valid, weekdays 09:00–17:00 in London, with its own number. */
export function partnerService(i, extra = {}) {
  const digits = String(i).padStart(4, '0');
  return {
    id: `partner-${i}`,
    name: `Partner service ${i}`,
    regions: ['GB'],
    description: 'A local service.',
    contacts: [{ method: 'phone', display: `0100 000 ${digits}`, href: `tel:0100000${digits}` }],
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
