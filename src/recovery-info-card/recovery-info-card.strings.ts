/** Strings of `<recovery-info-card>` (see `shared/strings.ts`). */
export const strings = {
  readMore: 'Read more',
  readLess: 'Read less',
  helpHeading: 'Need help now?',
  /** The finder's words for the same line: a name such as "Need to talk? 1737" cannot open a sentence. */
  helpAlwaysOpen: 'To talk to someone now, free, 24 hours, every day: {name},',
  helpMore: 'More ways to get support',
  emergencyUnknown: 'If someone’s life is at risk, or you have seriously hurt yourself, call your local emergency number now or go to the nearest hospital emergency department.',
  checked: 'Numbers checked {date}',
  call: 'Call {number}',
  /** The name of the 24/7 line's number link (its text is the number alone). */
  callOn: 'Call {number}: {name}',
  source: 'Source',
  sources: 'Sources',
  emergencyNumber: 'emergency number',
  reviewed: 'Last reviewed',
  nextReview: 'Next review due',
  related: 'Related reading',
};
