import { bare } from './bare.js';
import type { Quote, Topic } from './types.js';

const SOURCE = {
  publisher: 'Mental Health Today',
  title: 'Living with and recovering from self-harm',
  url: 'https://www.mentalhealthtoday.co.uk/disorders/self-harm/living-with-and-recovering-from-self-harm',
};

// The pull quotes have no named speaker on the page: attribute them to the
// article, never to an invented person.
const ATTRIBUTION = "Quoted in 'Living with and recovering from self-harm', Mental Health Today";

/** The article's two pull quotes: the quote carousel's built-in slides. */
export const quotes: Quote[] = /*@__PURE__*/ bare([
  {
    text: 'Recovery should be about resilience, being able to equip someone with the tools that help them deal with the underlying distress but also to manage and tolerate their emotional states. We want to encourage people to be whoever they want to be. They are not a ‘self-harmer’, they are a person with a name.',
    attribution: ATTRIBUTION,
    source: { title: SOURCE.title, url: SOURCE.url },
  },
  {
    text: 'Harm minimisation as a sole focus only considers the physical symptom rather than the underlying distress. Rather than telling someone you can change and there is hope, with harm minimisation you’re only saying – this is as good as it gets, you’ve just got to manage it.',
    attribution: ATTRIBUTION,
    source: { title: SOURCE.title, url: SOURCE.url },
  },
]);

/**
 * The self-harm topic, shortened and structured from the source article for
 * a card that can be read in a minute. It follows SAFE-MESSAGING.md: no method
 * detail, no harm-minimisation instructions, people-first language, hope
 * without promises.
 */
export const selfHarm: Topic = /*@__PURE__*/ bare({
  id: 'self-harm',
  title: 'Living with and recovering from self-harm',
  summary:
    'Self-harm is a way of coping with very difficult feelings or experiences. With the right support, many people find other ways to cope. Recovery can take time, and it is possible.',
  sections: [
    {
      heading: 'A way of coping with distress',
      paragraphs: [
        'Self-harm is a way some people cope with emotional distress or trauma that can be complex, deep-rooted and hard to live with.',
        'It is not a disorder in itself. It is a pattern of behaviour that can be damaging, even life-threatening, and can limit a person’s life, which is why it matters that people know they can get help and support to recover.',
      ],
    },
    {
      heading: 'Why stopping someone at once rarely helps',
      paragraphs: [
        'When you find out that someone you love is self-harming, it is natural to want them to stop straight away.',
        'Trying to stop someone at once very rarely helps them recover. What helps is support to find different ways of coping, and possibly also treatment for the feelings or experiences underneath.',
      ],
    },
    {
      heading: 'What recovery looks like',
      paragraphs: [
        'Recovery means finding other ways of coping, with support, and treatment where it is needed, for the distress underneath. A clinician can talk through ways to stay safer while those ways are found.',
        'The road to recovery can be long, and self-harm rarely stops overnight. It can lessen, and in time be replaced by healthier ways of managing distress. Many people who self-harm find different ways of coping.',
      ],
    },
    {
      heading: 'Getting support',
      paragraphs: [
        'There are treatment and support options both through the NHS and privately.',
        'Some people find that talking therapies help them with the trauma or feelings that lie underneath the urge to self-harm.',
      ],
    },
  ],
  quotes,
  source: SOURCE,
  reviewed: '2026-11-26',
  nextReview: '2027-11-26',
});
