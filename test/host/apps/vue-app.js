// A Vue 3 partner app: our elements from render functions (what Vue's
// template compiler produces for `<recovery-info-card @recovery-toggle=…>`),
// configured from reactive state, their `recovery-*` events handled with
// `onRecoveryToggle`-style listeners, partner quotes as children, and the
// widgets unmounted on demand. Bundled by the test server
// (test/support/host-pages.mjs).
import { createApp, h, ref } from 'vue';

createApp({
  setup() {
    const log = ref([]);
    const region = ref('GB');
    const theme = ref('light');
    const shown = ref(true);
    const record = (event) => log.value.push(`${event.type} ${JSON.stringify(event.detail)}`);
    return () =>
      h('main', [
        h('h1', 'Support'),
        h('p', [
          h('button', { id: 'ireland', onClick: () => (region.value = 'IE') }, 'Ireland'),
          h('button', { id: 'dark', onClick: () => (theme.value = 'dark') }, 'Dark'),
          h('button', { id: 'hide', onClick: () => (shown.value = false) }, 'Hide the widgets'),
        ]),
        ...(shown.value
          ? [
              h('h2', 'Living with self-harm'),
              h('recovery-info-card', {
                variant: 'compact',
                'heading-level': '3',
                region: region.value,
                theme: theme.value,
                onRecoveryToggle: record,
                onRecoveryLink: record,
              }),
              h('recovery-quote-carousel', { label: 'From our community', theme: theme.value, onRecoverySlideChange: record }, [
                h('blockquote', [h('p', 'A quote from our community, one.'), h('cite', 'Sam')]),
                h('figure', [h('blockquote', 'A quote from our community, two.'), h('figcaption', 'Alex')]),
              ]),
              h('recovery-support-finder', {
                region: region.value,
                theme: theme.value,
                'quick-exit': true,
                'quick-exit-url': '/host/pages/exit.html',
                onRecoveryFilterChange: record,
                onRecoveryRegionChange: record,
                onRecoveryContact: record,
              }),
            ]
          : []),
        h(
          'ol',
          { id: 'log' },
          log.value.map((line) => h('li', line)),
        ),
      ]);
  },
}).mount('#app');
