import { expect } from '@open-wc/testing';
import { cspReports, expectNoAxeViolations, open, type Frame } from './support/frame.js';
import { until } from './support/helpers.js';

// examples/react/: the app a partner would write with recovery-widgets/react,
// bundled by esbuild from the built package (web-test-runner.config.mjs builds
// it), served with the site's CSP. Every event prop reaches its React handler.
const TAGS = ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder'];

describe('the React example', function () {
  this.timeout(20000);
  let frame: Frame;

  beforeEach(async () => {
    frame = await open('/examples/react/index.html');
    await until(() => TAGS.every((t) => frame.doc.querySelector(t)?.shadowRoot?.querySelector('[part]')), 8000, 'the three widgets');
  });
  afterEach(() => frame.remove());

  const part = (tag: string, name: string) => frame.doc.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
  const events = () => [...frame.doc.querySelectorAll('#events li')].map((li) => li.textContent!);

  it('renders the three wrapped elements, with React props as element properties', async () => {
    const card = frame.doc.querySelector('recovery-info-card')!;
    expect(card.getAttribute('variant') ?? (card as unknown as { variant: string }).variant).to.equal('compact');
    expect(part('recovery-info-card', 'toggle')).to.exist;
    expect((frame.doc.querySelector('recovery-support-finder') as unknown as { headingLevel: number }).headingLevel).to.equal(2);
    expect(frame.doc.getElementById('events')!.textContent).to.equal('None yet: use the widgets above.');
    await expectNoAxeViolations(frame);
    expect(await cspReports(frame)).to.deep.equal([]);
  });

  it('passes every event to its React handler', async () => {
    const { doc } = frame;
    // Links would leave the page (or open a phone app): the widgets still report them.
    doc.addEventListener('click', (e) => e.composedPath().some((n) => (n as Element).localName === 'a') && e.preventDefault(), true);

    part('recovery-info-card', 'toggle').click();
    await until(() => part('recovery-info-card', 'source')?.querySelector('a'), 3000, 'the source link');
    part('recovery-info-card', 'source').querySelector('a')!.click();
    part('recovery-quote-carousel', 'next').click();
    part('recovery-support-finder', 'contact').click();
    part('recovery-support-finder', 'filters').querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    const region = part('recovery-support-finder', 'filters').querySelector('select')!;
    region.value = 'IE';
    region.dispatchEvent(new Event('change', { bubbles: true }));
    doc.querySelector('recovery-info-card')!.setAttribute('content-src', '/test-api/status/404');

    const expected = [
      /^recovery-toggle: expanded true$/,
      /^recovery-link: source$/,
      /^recovery-slide-change: 1 \(user\)$/,
      /^recovery-contact: samaritans by phone$/,
      /^recovery-filter-change: \{"methods":\["phone"\],/,
      /^recovery-region-change: IE$/,
      /^recovery-error: the server answered 404/,
    ];
    await until(() => events().length >= expected.length, 5000, 'seven events in the React list');
    expected.forEach((pattern, i) => expect(events()[i]).to.match(pattern));
  });
});
