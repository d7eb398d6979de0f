/** Strings of `<recovery-quote-carousel>` (see `shared/strings.ts`). */
export const strings = {
  carouselLabel: 'Quotes about recovery',
  // What a screen reader calls the carousel and each slide, in the strings' language.
  carouselRole: 'carousel',
  slideRole: 'slide',
  previous: 'Previous quote',
  next: 'Next quote',
  stopRotation: 'Stop rotating quotes',
  startRotation: 'Start rotating quotes',
  slide: '{n} of {total}',
  picker: 'Choose a quote to show',
};
