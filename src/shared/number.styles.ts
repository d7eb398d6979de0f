import { css } from 'lit';

/**
 * A phone number, for the card and the finder (the carousel has none): read
 * across two lines it is easy to misdial, so it moves to a line of its own
 * (breaking only if wider than that, a long number in very large text), and
 * it reads left to right under right-to-left strings or in a service
 * marked as written in a right-to-left language ("116 123", never
 * "123 116").
 */
export const number = css`
  /* Over a partner's Arabic service's own direction too (.root [lang|='ar']). */
  .root .number[class] {
    display: inline-block;
    max-width: 100%;
    direction: ltr;
    unicode-bidi: isolate;
  }
`;
