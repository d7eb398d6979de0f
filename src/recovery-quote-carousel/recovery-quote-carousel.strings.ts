/** Strings of `<recovery-quote-carousel>` (see `shared/strings.ts`). */
export const strings = {
  carouselLabel: 'Quotes about recovery',
  previous: 'Previous quote',
  next: 'Next quote',
  stopRotation: 'Stop rotating quotes',
  startRotation: 'Start rotating quotes',
  slide: '{n} of {total}',
  picker: 'Choose a quote to show',
};
