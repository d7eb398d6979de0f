import { expect } from '@open-wc/testing';
import { expectNoAxeViolations, withFrame, set, type Frame } from './support/frame.js';
import { until } from './support/helpers.js';

// The partner site's working parts: the configurators, the content page's
// validator and preview, and the generated reference pages.
const SITE = '/dist/site/';
interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      attributes?: { name: string }[];
      events?: { name: string }[];
      slots?: { name: string }[];
      cssParts?: { name: string }[];
      cssProperties?: { name: string }[];
    }[];
  }[];
}
const manifest: Promise<Manifest> = fetch('/custom-elements.json').then((r) => r.json());
const declaration = async (tag: string) => (await manifest).modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;

const shadow = (el: Element | null) => el!.shadowRoot!;

const withPage = (page: string, test: (frame: Frame) => Promise<void>, width?: number) => withFrame(SITE + page, test, width);

describe('the configurators', function () {
  this.timeout(20000);

  for (const tag of ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder']) {
    const page = `${tag.replace('recovery-', '')}.html`;
    it(`${page}: a control for every attribute and --recovery-* property in custom-elements.json`, async () => {
      const decl = await declaration(tag);
      await withPage(page, async ({ doc }) => {
        const attrs = [...doc.querySelectorAll<HTMLElement>('[data-attr]')].map((c) => c.dataset.attr);
        const props = [...doc.querySelectorAll<HTMLElement>('[data-prop]')].map((c) => c.dataset.prop);
        expect(attrs).to.deep.equal(decl.attributes!.map((a) => a.name));
        expect(props).to.deep.equal(decl.cssProperties!.map((p) => p.name));
        // Every control has a visible label.
        for (const control of doc.querySelectorAll<HTMLInputElement>('[data-attr], [data-prop]')) {
          expect(control.labels?.[0]?.textContent?.trim(), control.id).to.be.ok;
        }
      });
    });
  }

  it('info-card.html: attributes change the live card and the embed snippet', async () => {
    await withPage('info-card.html', async ({ doc }) => {
      const card = doc.querySelector('#preview recovery-info-card')!;
      const snippet = doc.getElementById('snippet-html')!;
      const control = (name: string) => doc.querySelector<HTMLInputElement & HTMLSelectElement>(`[data-attr="${name}"]`)!;
      // For a browser that never runs the script: the title at the card's heading level, the summary,
      // and the region's emergency route, where the card puts its help strip.
      expect(snippet.textContent).to.match(
        /<recovery-info-card>\n  <h2 lang="en-GB">Living with and recovering from self-harm<\/h2>\n  <p lang="en-GB">[^<]+<\/p>\n  <p lang="en-GB">[^<]+call 999[^<]+<a href="tel:999">Call 999<\/a><\/p>\n<\/recovery-info-card>/,
      );
      set(control('region'), 'US');
      expect(snippet.textContent).to.contain('<a href="tel:911">Call 911</a></p>\n</recovery-info-card>');
      set(control('region'), 'GB');

      set(control('variant'), 'compact');
      expect(card.getAttribute('variant')).to.equal('compact');
      await until(() => shadow(card).querySelector('[part~="toggle"]'), 3000, 'the compact card');
      expect(snippet.textContent).to.contain('<recovery-info-card variant="compact">\n  <h2');

      set(control('hide-help'), true);
      expect(card.hasAttribute('hide-help')).to.equal(true);
      set(control('help-href'), '#support "now"');
      set(control('heading-level'), '3');
      expect(card.getAttribute('help-href')).to.equal('#support "now"');
      expect(snippet.textContent).to.contain('help-href="#support &quot;now&quot;"');
      expect(snippet.textContent).to.contain('\n    hide-help');
      expect(snippet.textContent).to.contain('\n  <h3 lang="en-GB">Living with and recovering from self-harm</h3>\n');
      // The help strip hidden: no emergency route in the fallback either.
      expect(snippet.textContent).not.to.contain('tel:999');
      // A card showing the partner's own document: no built-in words inside.
      set(control('content-src'), '/my-topic.json');
      expect(snippet.textContent).not.to.contain('<h3 lang="en-GB">');
      set(control('hide-help'), false);
      expect(snippet.textContent).to.contain('<a href="tel:999">Call 999</a>');
      set(control('hide-help'), true);
      set(control('content-src'), '');
      // Deeper than "Preview" allows: stand-ins for the partner's own headings keep the outline whole.
      set(control('heading-level'), '5');
      expect(Array.from(doc.querySelectorAll('#preview .outline'), (h) => h.localName)).to.deep.equal(['h3', 'h4']);
      set(control('heading-level'), '3');
      expect(doc.querySelectorAll('#preview .outline')).to.have.length(0);

      // Back to the default: left out of the snippet, removed from the element.
      set(control('variant'), 'full');
      expect(card.hasAttribute('variant')).to.equal(false);
      expect(snippet.textContent).not.to.contain('variant=');

      // The visitor opens the compact card: the form and the snippet follow.
      set(control('variant'), 'compact');
      await until(() => shadow(card).querySelector<HTMLElement>('[part~="toggle"]'), 3000, 'the toggle').then((t) => t.click());
      await until(() => control('expanded').checked, 3000, 'the expanded box');
      expect(snippet.textContent).to.contain('expanded');
      expect(doc.getElementById('events')!.textContent).to.contain('recovery-toggle {"expanded":true}');
    });
  });

  it('checks only the colour pairs each element draws', async () => {
    const pairs = async (page: string) => {
      let out: string[] = [];
      await withPage(page, async ({ doc }) => {
        out = Array.from(doc.querySelectorAll('#contrast-list li'), (li) => li.textContent!.split(':')[0]);
      });
      return out;
    };
    const carousel = await pairs('quote-carousel.html');
    expect(carousel).to.include('Control borders');
    expect(carousel.filter((p) => /emergency|Secondary text on panels|Links on panels/.test(p))).to.deep.equal([]);
    const card = await pairs('info-card.html');
    expect(card).to.include('Text on the emergency call button');
    expect(card.filter((p) => /banner|Control borders/.test(p))).to.deep.equal([]);
    expect(await pairs('support-finder.html')).to.include('Links in the emergency banner');
  });

  it('info-card.html: colours and font restyle the card, with a CSS snippet and a contrast check', async () => {
    await withPage('info-card.html', async ({ doc, win }) => {
      const card = doc.querySelector<HTMLElement>('#preview recovery-info-card')!;
      const css = doc.getElementById('snippet-css')!;
      const prop = (name: string) => doc.querySelector<HTMLInputElement & HTMLSelectElement>(`[data-prop="${name}"]`)!;
      const surface = () => win.getComputedStyle(shadow(card).querySelector('[part~="card"]')!).backgroundColor;
      expect(css.closest('.code')!.hasAttribute('hidden')).to.equal(true);
      const summary = doc.getElementById('contrast-summary')!;
      expect(summary.textContent).to.match(/^All \d+ colour pairs meet WCAG 2\.2 AA/);

      set(prop('--recovery-color-surface'), '#fff3e0');
      expect(card.style.getPropertyValue('--recovery-color-surface')).to.equal('#fff3e0');
      expect(surface()).to.equal('rgb(255, 243, 224)');
      set(prop('--recovery-font-family'), prop('--recovery-font-family').options[3].value);
      set(prop('--recovery-radius'), '20');
      expect(css.closest('.code')!.hasAttribute('hidden')).to.equal(false);
      expect(css.textContent).to.contain('recovery-info-card {\n  --recovery-font-family: ');
      expect(css.textContent).to.contain('  --recovery-color-surface: #fff3e0;\n');
      expect(css.textContent).to.contain('  --recovery-radius: 20px;\n}');

      // A pale accent on a white background fails, and says so.
      set(prop('--recovery-color-surface'), '#ffffff');
      set(prop('--recovery-color-accent'), '#a0d8e8');
      expect(summary.textContent).to.match(/^\d+ of \d+ colour pairs are below WCAG 2\.2 AA/);
      expect(doc.querySelector('#contrast-list .fail')!.textContent).to.match(/^Links and buttons on the background: 1\.\d:1, below 4\.5:1$/);
      set(prop('--recovery-color-accent'), '#00607a');
      // The call button's text is --recovery-color-on-emergency: the same red on red fails.
      set(prop('--recovery-color-on-emergency'), prop('--recovery-color-emergency').value);
      expect(Array.from(doc.querySelectorAll('#contrast-list .fail'), (li) => li.textContent)).to.deep.equal([
        'Text on the emergency call button: 1.0:1, below 4.5:1',
      ]);

      // Reset puts everything back.
      doc.querySelector<HTMLButtonElement>('button[type=reset]')!.click();
      await until(() => !card.style.getPropertyValue('--recovery-color-on-emergency'), 2000, 'the reset');
      expect(css.closest('.code')!.hasAttribute('hidden')).to.equal(true);

      // The check uses the theme the visitor will see: a dark grey text passes on the light
      // background, and fails on the dark one, which is what theme="dark" draws.
      set(prop('--recovery-color-text'), '#333333');
      expect(summary.textContent).to.match(/^All \d+ colour pairs meet WCAG 2\.2 AA in the light theme/);
      set(doc.querySelector<HTMLSelectElement>('[data-attr="theme"]')!, 'dark');
      expect(summary.textContent).to.match(/^\d+ of \d+ colour pairs are below WCAG 2\.2 AA in the dark theme/);
      expect(doc.querySelector('#contrast-list .fail')!.textContent).to.match(/^Text on the background: 1\.\d:1, below 4\.5:1$/);
      // "auto" may show either: both are checked.
      set(doc.querySelector<HTMLSelectElement>('[data-attr="theme"]')!, 'auto');
      expect(Array.from(doc.querySelectorAll('#contrast-list .fail'), (li) => li.textContent)).to.include('Text on the background (dark theme): 1.4:1, below 4.5:1');
      expect(summary.textContent).to.contain('in the light and dark themes');
      // Under the dark theme, white is a choice even though it is the light default.
      doc.querySelector<HTMLButtonElement>('button[type=reset]')!.click();
      await until(() => !card.style.getPropertyValue('--recovery-color-text'), 2000, 'the reset');
      set(doc.querySelector<HTMLSelectElement>('[data-attr="theme"]')!, 'dark');
      set(prop('--recovery-color-surface'), '#ffffff');
      expect(surface()).to.equal('rgb(255, 255, 255)');
      expect(css.textContent).to.contain('  --recovery-color-surface: #ffffff;\n');
      expect(doc.querySelector('#contrast-list .fail')!.textContent).to.match(/^Text on the background: 1\.\d:1, below 4\.5:1$/);
      // Sizes follow as they are typed, before the field is left.
      const radius = prop('--recovery-radius');
      radius.value = '12';
      radius.dispatchEvent(new Event('input', { bubbles: true }));
      expect(card.style.getPropertyValue('--recovery-radius')).to.equal('12px');
    });
  });

  it('support-finder.html: the snippet carries the integrity hash of the built script', async () => {
    const bytes = await (await fetch('/dist/recovery-widgets.js')).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    const hash = `sha384-${btoa(String.fromCharCode(...digest))}`;
    await withPage('support-finder.html', async ({ doc }) => {
      const finder = doc.querySelector('#preview recovery-support-finder')!;
      const snippet = doc.getElementById('snippet-html')!;
      // The script for the head, where blocking="render" holds, and the element apart.
      expect(snippet.textContent).to.match(/^<!-- In the page's <head>, once [^\n]*-->\n<script src="https:\/\/[^"]+@\d+\.\d+\.\d+\/dist\/recovery-widgets\.js"\n/);
      expect(snippet.textContent).to.contain('</script>\n\n<!-- Where the widget goes -->\n<recovery-support-finder');
      expect(snippet.textContent).to.contain(`integrity="${hash}"`);
      expect(snippet.textContent).to.contain('crossorigin="anonymous" defer blocking="render"></script>');
      // As first built, before any choice: Great Britain's route.
      expect(snippet.textContent).to.contain(
        '<recovery-support-finder>\n  <p lang="en-GB">If someone\'s life is at risk, or you have seriously hurt yourself, call 999 or go to A&amp;E. <a href="tel:999">Call 999</a></p>\n</recovery-support-finder>',
      );
      set(doc.querySelector<HTMLSelectElement>('[data-attr="region"]')!, 'IE');
      set(doc.querySelector<HTMLInputElement>('[data-attr="quick-exit"]')!, true);
      expect(finder.getAttribute('region')).to.equal('IE');
      await until(() => shadow(finder).querySelector('[part~="emergency"]')?.textContent?.includes('112'), 3000, 'the Irish emergency number');
      expect(shadow(finder).querySelector('[part~="exit"]')).to.exist;
      // Inside the element, the region's emergency route for a browser that never runs the script.
      expect(snippet.textContent).to.contain(
        '<recovery-support-finder region="IE" quick-exit>\n  <p lang="en-GB">In an emergency call 112 or 999, or go to your nearest emergency department. <a href="tel:112">Call 112</a></p>\n</recovery-support-finder>',
      );
      set(doc.querySelector<HTMLSelectElement>('[data-attr="region"]')!, 'GB-SCT');
      expect(snippet.textContent).to.contain('<a href="tel:999">Call 999</a>');
    });
  });

  it('support-finder.html: another setting keeps the region the visitor chose in the preview', async () => {
    await withPage('support-finder.html', async ({ doc }) => {
      const finder = doc.querySelector('#preview recovery-support-finder')!;
      const control = (name: string) => doc.querySelector<HTMLInputElement & HTMLSelectElement>(`[data-attr="${name}"]`)!;
      const emergency = () => shadow(finder).querySelector('[part~="emergency"]')?.textContent ?? '';
      set(control('region'), 'GB-SCT');
      await until(() => emergency().includes('999'), 3000, 'Scotland’s emergency number');
      // The visitor picks the United States in the preview's own list.
      const picker = shadow(finder).querySelector<HTMLSelectElement>('select#region')!;
      picker.value = 'US';
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => emergency().includes('911'), 3000, 'the US emergency number');
      // Another attribute, then a colour dragged: the partner's region is not written again.
      set(control('audience'), 'adults');
      const colour = doc.querySelector<HTMLInputElement>('[data-prop="--recovery-color-accent"]')!;
      colour.value = '#004e63';
      colour.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 100));
      expect(emergency()).to.contain('911');
      expect(picker.value).to.equal('US');
      expect(finder.getAttribute('audience')).to.equal('adults');
      // A new region from the partner still wins.
      set(control('region'), 'IE');
      await until(() => emergency().includes('112'), 3000, 'the Irish emergency number');
    });
  });

  it('quote-carousel.html: another setting keeps the quote the visitor moved to in the preview', async () => {
    await withPage('quote-carousel.html', async ({ doc }) => {
      const carousel = doc.querySelector<HTMLElement & { index: number; updateComplete: Promise<boolean> }>('#preview recovery-quote-carousel')!;
      set(doc.querySelector<HTMLInputElement>('[data-attr="index"]')!, '1');
      expect(carousel.index).to.equal(1);
      await carousel.updateComplete;
      shadow(carousel).querySelector<HTMLButtonElement>('[part~="next"]')!.click();
      await until(() => carousel.index === 0, 3000, 'the next quote');
      set(doc.querySelector<HTMLInputElement>('[data-attr="label"]')!, 'Words of hope');
      set(doc.querySelector<HTMLSelectElement>('[data-attr="theme"]')!, 'dark');
      await new Promise((r) => setTimeout(r, 100));
      expect(carousel.getAttribute('label')).to.equal('Words of hope');
      expect(carousel.index).to.equal(0);
    });
  });

  it('quote-carousel.html: a number out of range gives the snippet what the element would use', async () => {
    await withPage('quote-carousel.html', async ({ doc }) => {
      set(doc.querySelector<HTMLInputElement>('[data-attr="interval"]')!, '3000');
      expect(doc.getElementById('snippet-html')!.textContent).to.contain('interval="5000"');
      expect(doc.querySelector('#preview recovery-quote-carousel')!.getAttribute('interval')).to.equal('5000');
      // 0 or less: the element takes its default, so the snippet leaves it out.
      set(doc.querySelector<HTMLInputElement>('[data-attr="interval"]')!, '0');
      expect(doc.getElementById('snippet-html')!.textContent).not.to.contain('interval=');
      // An index past the last quote: the element shows the first, so the snippet leaves it out.
      set(doc.querySelector<HTMLInputElement>('[data-attr="index"]')!, '1');
      expect(doc.getElementById('snippet-html')!.textContent).to.contain('index="1"');
      set(doc.querySelector<HTMLInputElement>('[data-attr="index"]')!, '5');
      expect(doc.getElementById('snippet-html')!.textContent).not.to.contain('index=');
    });
  });

  it('quote-carousel.html: the snippet holds no value the element would correct, and the field says what became of it', async () => {
    await withPage('quote-carousel.html', async (frame) => {
      const { doc, win } = frame;
      const control = (name: string) => doc.querySelector<HTMLInputElement>(`[data-attr="${name}"]`)!;
      const snippet = () => doc.getElementById('snippet-html')!.textContent!;
      const carousel = doc.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('#preview recovery-quote-carousel')!;
      /** The field's note, which its aria-describedby names. */
      const note = (name: string) => {
        const field = control(name);
        const out = doc.getElementById(`${field.id}-note`)!;
        expect(field.getAttribute('aria-describedby')!.split(' ')).to.include(out.id);
        expect(out.getAttribute('role')).to.equal('status');
        return out.textContent;
      };
      // What the preview's element warns of: nothing, whatever was typed.
      const warned: string[] = [];
      const warn = win.console.warn;
      win.console.warn = (...args: unknown[]) => void warned.push(String(args[0]));
      try {
        // Longer than a timer keeps: the element's MAX_INTERVAL.
        set(control('interval'), '99999999999');
        expect(snippet()).to.contain('interval="2147483647"');
        expect(carousel.getAttribute('interval')).to.equal('2147483647');
        expect(note('interval')).to.equal('99999999999 is over the most the element takes, 2147483647: the snippet has 2147483647.');
        set(control('interval'), '3000');
        expect(snippet()).to.contain('interval="5000"');
        expect(note('interval')).to.equal('3000 is under the least the element takes, 5000: the snippet has 5000.');
        set(control('interval'), '-1');
        expect(snippet()).not.to.contain('interval=');
        expect(note('interval')).to.equal('The element takes from 5000 to 2147483647, not -1: left out of the snippet, so the element uses its default, 8000.');
        // Any number of milliseconds in the range is the element's as it is.
        set(control('interval'), '6500.5');
        expect(snippet()).to.contain('interval="6500.5"');
        expect(note('interval')).to.equal('');

        set(control('index'), '5');
        expect(snippet()).not.to.contain('index=');
        expect(note('index')).to.equal('The element takes a whole number from 0 to 1, not 5: left out of the snippet, so the element uses its default, 0.');
        set(control('index'), '0.5');
        expect(snippet()).not.to.contain('index=');
        expect(note('index')).to.match(/^The element takes a whole number from 0 to 1, not 0\.5: left out/);
        set(control('index'), '1');
        expect(snippet()).to.contain('index="1"');
        expect(note('index')).to.equal('');

        // The role's word comes out of the name, and the punctuation it leaves at either end.
        set(control('label'), 'My carousel');
        expect(snippet()).to.contain('label="My"');
        expect(note('label')).to.equal('Screen readers say “carousel” after the name, so the element takes the word out: the snippet has “My”.');
        set(control('label'), 'Carousel: voices of hope');
        expect(snippet()).to.contain('label="voices of hope"');
        set(control('label'), 'Carousel carousel');
        expect(snippet()).not.to.contain('label=');
        expect(note('label')).to.equal(
          'Screen readers say “carousel” after the name, so the element takes the word out, and nothing is left: left out of the snippet, so the element uses its own name, “Quotes about recovery”.',
        );
        // Part of another word stays.
        set(control('label'), 'Carousels of hope');
        expect(snippet()).to.contain('label="Carousels of hope"');
        expect(note('label')).to.equal('');

        set(control('lang'), 'en_GB');
        expect(snippet()).not.to.contain('lang=');
        expect(note('lang')).to.match(/^en_GB is not a language tag .*: left out of the snippet/);
        set(control('lang'), 'cy');
        expect(snippet()).to.contain('lang="cy"');
        expect(note('lang')).to.equal('');
        await carousel.updateComplete;
        expect(warned.filter((w) => w.startsWith('<recovery-quote-carousel>'))).to.deep.equal([]);
      } finally {
        win.console.warn = warn;
      }
      // Notes on screen: still no axe violation.
      set(control('interval'), '99999999999');
      set(control('label'), 'My carousel');
      // (once the slide the index moved to has faded in: axe reads a fading quote as faint)
      await carousel.updateComplete;
      await Promise.all(shadow(carousel).getAnimations().map((a) => a.finished));
      await expectNoAxeViolations(frame);
    });
  });

  it('quote-carousel.html: copy puts the snippet on the clipboard and says "Copied"', async () => {
    await withPage('quote-carousel.html', async ({ doc, win }) => {
      const copied: string[] = [];
      Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
      set(doc.querySelector<HTMLInputElement>('[data-attr="label"]')!, 'Words of hope');
      const button = doc.querySelector<HTMLButtonElement>('button[data-copy="snippet-html"]')!;
      const status = button.parentElement!.querySelector('[role="status"]')!;
      button.click();
      await until(() => status.textContent === 'Copied', 2000, '"Copied"');
      expect(copied).to.deep.equal([doc.getElementById('snippet-html')!.textContent]);
      expect(copied[0]).to.contain('<recovery-quote-carousel label="Words of hope"></recovery-quote-carousel>');
      expect(doc.activeElement).to.equal(button);
    });
  });

  it('quote-carousel.html: copy falls back to execCommand, then to selecting the code', async () => {
    await withPage('quote-carousel.html', async ({ doc, win }) => {
      Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      let works = true;
      const commands: string[] = [];
      doc.execCommand = (command: string) => (commands.push(command), works);
      const button = doc.querySelector<HTMLButtonElement>('button[data-copy="snippet-html"]')!;
      const status = button.parentElement!.querySelector('[role="status"]')!;
      button.click();
      await until(() => status.textContent === 'Copied', 2000, '"Copied" by execCommand');
      expect(commands).to.deep.equal(['copy']);
      works = false;
      button.click();
      await until(() => status.textContent!.startsWith('Selected'), 2000, 'the manual fallback');
      expect(win.getSelection()!.toString()).to.equal(doc.getElementById('snippet-html')!.textContent);
    });
  });
});

describe('the content page', function () {
  this.timeout(20000);

  const submit = (doc: Document, text: string) => {
    doc.querySelector<HTMLTextAreaElement>('#doc')!.value = text;
    doc.querySelector<HTMLButtonElement>('#validator button[type=submit]')!.click();
  };
  const finder = (doc: Document) => doc.querySelector('#content-preview recovery-support-finder')!;
  const names = (doc: Document) => {
    const root = shadow(finder(doc));
    return [...root.querySelectorAll('[part~="service"] article')].map((a) => root.getElementById(a.getAttribute('aria-labelledby')!)!.textContent!.trim());
  };

  it('shows the complete example in a live finder, and the schema', async () => {
    await withPage('content.html', async ({ doc }) => {
      expect(doc.getElementById('report-summary')!.textContent).to.match(/^Valid: 1 topic, 2 services, 1 emergency entry/);
      await until(() => names(doc).includes('Example: your local wellbeing service'), 5000, 'the example service');
      expect(finder(doc).getAttribute('region')).to.equal('GB-ENG');
      const schema = JSON.parse(doc.getElementById('schema')!.textContent!);
      expect(schema).to.deep.equal(await (await fetch('/dist/content.schema.json')).json());
      expect(JSON.parse(doc.getElementById('example')!.textContent!)).to.deep.equal(await (await fetch('/dist/site/example-content.json')).json());
    });
  });

  it('names the bad fields, and keeps partner text out of the HTML', async () => {
    await withPage('content.html', async ({ doc }) => {
      const errors = () => [...doc.querySelectorAll('#report-errors li')].map((li) => li.textContent);
      submit(doc, '{"version": 1, ');
      expect(errors()[0]).to.match(/^Not valid JSON: /);
      submit(doc, '{"version": 2}');
      expect(errors()).to.deep.equal(['version: must be 1']);
      expect(doc.getElementById('report-summary')!.textContent).to.match(/^1 error: the widgets would not use this document/);
      // The preview shows what the widgets would: the built-in content, not the last good document.
      await until(() => names(doc).includes('Samaritans'), 5000, 'the built-in services');
      expect(names(doc)).not.to.include('Example: your local wellbeing service');

      const service = {
        id: 'harbour-drop-in',
        name: '<img src=x onerror=alert(1)> Harbour drop-in',
        regions: ['GB'],
        description: 'A <b>local</b> service.',
        contacts: [{ method: 'web', display: 'example.org', href: 'https://www.example.org/' }],
        hours: null,
        audiences: ['all'],
        free: true,
        crisis: false,
        source: 'https://www.example.org/',
        verifiedAt: '2026-11-01',
      };
      const bad = { ...service, id: 'bad', contacts: [{ method: 'phone', display: '01632 960000', href: 'tel:01632 96000O' }] };
      doc.querySelector<HTMLInputElement>('#replace')!.checked = true;
      submit(doc, JSON.stringify({ version: 1, services: [service, bad] }));
      expect(errors()).to.deep.equal(['services[1].contacts[0].href: must be tel: and 2 to 15 digits, e.g. tel:116123 (left out)']);
      await until(() => names(doc).some((n) => n.includes('Harbour drop-in')), 5000, 'the partner service');
      const root = shadow(finder(doc));
      expect(root.querySelector('img, b')).to.equal(null);
      expect(names(doc)).to.include('<img src=x onerror=alert(1)> Harbour drop-in');
      expect(finder(doc).getAttribute('services-mode')).to.equal('replace');
      // The emergency banner stays whatever the partner's list holds.
      expect(root.querySelector('[part~="emergency"]')!.textContent).to.contain('999');

      // A field the document does not have is named: the widgets would ignore it without a word.
      submit(doc, JSON.stringify({ $schema: 'x', version: 1, servcies: [], services: [{ ...service, telephone: '0' }] }));
      expect(errors()).to.deep.equal([
        'servcies: not a field of the content document, so the widgets ignore it (a typo?)',
        'services[0].telephone: not a field of the content document, so the widgets ignore it (a typo?)',
      ]);
      expect(doc.getElementById('report-summary')!.textContent).to.contain('2 fields are ignored');

      // A string the widgets never ask for is named too; other plural forms and region names are not.
      submit(doc, JSON.stringify({ version: 1, lang: 'cy', strings: { finderTitel: 'x', 'results.few': '{n} gwasanaeth', 'regionName.DE': 'Yr Almaen' } }));
      expect(errors().filter((e) => !e.startsWith('strings: '))).to.deep.equal(['strings.finderTitel: not a field of the content document, so the widgets ignore it (a typo?)']);
      // Every service left out: nothing of it is used, and the summary does not say the finder shows it.
      submit(doc, JSON.stringify({ version: 1, services: [bad] }));
      expect(doc.getElementById('report-summary')!.textContent).to.match(/^Nothing usable: 1 entry was left out/);
      // Only misnamed fields: nothing left out, nothing used, and the summary says why.
      submit(doc, JSON.stringify({ version: 1, servcies: [service] }));
      expect(doc.getElementById('report-summary')!.textContent).to.match(/^Nothing usable: it has no topics, services, emergency entries or strings, so .* 1 field is ignored: see the list\.$/);
      // A rejected document also counts its entries with problems.
      submit(doc, JSON.stringify({ version: 1, topics: [{}], services: [bad] }));
      expect(doc.getElementById('report-summary')!.textContent).to.match(/^\d+ errors? \(and 1 entry with problems\): the widgets would not use/);
    });
  });

  it('names a translation the widgets throw away for a placeholder it lost, as the widgets judge it', async () => {
    await withPage('content.html', async ({ doc, win }) => {
      const errors = () => [...doc.querySelectorAll('#report-errors li')].map((li) => li.textContent);
      const summary = () => doc.getElementById('report-summary')!.textContent;
      // The element's own verdict: the keys its console warnings name.
      let warned: string[] = [];
      const warn = win.console.warn;
      win.console.warn = (...args: unknown[]) => void warned.push(String(args[0]));
      const refused = async (count: number) => {
        await until(() => warned.filter((w) => w.includes(': strings.')).length >= count, 5000, 'the finder’s warnings');
        const keys = warned.map((w) => /: strings\.([\w.]+)=/.exec(w)?.[1]).filter(Boolean);
        warned = [];
        return keys.sort();
      };
      try {
        submit(doc, '{"version":1,"lang":"cy","strings":{"call":"Ffoniwch","finderTitle":"Dod o hyd i gymorth"}}');
        expect(errors()[0]).to.equal('strings.call: must keep {number} (left out: the widgets use the built-in words, “Call {number}”)');
        // And a translation that is not whole: each element it leaves in English, with the keys it lacks.
        expect(errors().slice(1, 3)).to.deep.equal([
          'strings: has none of <recovery-info-card>’s: given this document, it speaks English, not cy',
          'strings: has none of <recovery-quote-carousel>’s: given this document, it speaks English, not cy',
        ]);
        expect(errors()[3]).to.match(/^strings: lacks 77 strings \(emergencyHeading, emergencyUnknown, call, lineNow, .*, regionName\.ZZ\) of <recovery-support-finder>’s: given this document, it speaks English, not cy$/);
        expect(summary()).to.contain('The translation is not whole: 3 elements would speak English (see the list).');
        // The finder's own verdict, in its console: English.
        await until(() => warned.some((w) => w.includes('strings in "cy" lack')), 5000, 'the finder’s warning');
        expect(warned.find((w) => w.includes('strings in "cy" lack'))).to.match(/^<recovery-support-finder>: strings in "cy" lack emergencyHeading, .*; using English\.$/);
        expect(summary()).to.match(/^Usable, but 1 string was left out: 0 topics, 0 services, 0 emergency entries used\./);
        expect(await refused(1)).to.deep.equal(['call']);

        const strings = {
          call: 'Ffoniwch {rhif}',
          callOn: 'Ffoniwch {name} ar {number}',
          finderTitle: 'Dod o hyd i {lle}',
          checked: 'Gwiriwyd {date}',
          // A plural form may leave out {n}, and is held to `.other`.
          'results.one': 'un gwasanaeth',
          'results.few': '{n} gwasanaeth',
          'results.two': '{x} wasanaeth',
          'regionName.DE': 'Yr Almaen',
        };
        submit(doc, JSON.stringify({ version: 1, lang: 'cy', strings }));
        expect(errors().filter((e) => !e.startsWith('strings: '))).to.deep.equal([
          'strings.call: must keep {number} and must not add {rhif} (left out: the widgets use the built-in words, “Call {number}”)',
          'strings.finderTitle: must not add {lle} (left out: the widgets use the built-in words, “Find support”)',
          'strings.results.two: must not add {x} (left out: the widgets use the built-in words, “{n} services”)',
        ]);
        expect(summary()).to.match(/^Usable, but 3 strings were left out/);
        expect(await refused(3)).to.deep.equal(['call', 'finderTitle', 'results.two']);
      } finally {
        win.console.warn = warn;
      }
      // Nothing thrown away: valid (in English, a string may stand alone; the rest are the built-in ones).
      submit(doc, JSON.stringify({ version: 1, lang: 'en-GB', strings: { call: 'Ring {number}', 'results.one': 'one service' } }));
      expect(errors()).to.deep.equal([]);
      expect(summary()).to.match(/^Valid: /);
    });
  });
});

describe('the reference pages', function () {
  this.timeout(20000);

  it('api.html lists every attribute, event, slot, part and CSS property of each element', async () => {
    const decls = await Promise.all(['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder'].map(declaration));
    await withPage('api.html', async ({ doc }) => {
      for (const d of decls) {
        const terms = (kind: string) => [...doc.querySelectorAll(`#${d.tagName}-${kind} + dl dt > code:first-child`)].map((c) => c.textContent);
        expect(terms('attributes')).to.deep.equal(d.attributes!.map((a) => a.name));
        expect(terms('events')).to.deep.equal(d.events!.map((e) => e.name));
        expect(terms('parts')).to.deep.equal(d.cssParts!.map((p) => `::part(${p.name})`));
        expect(terms('css')).to.deep.equal(d.cssProperties!.map((p) => p.name));
        expect(doc.querySelectorAll(`#${d.tagName}-slots + dl > div`)).to.have.length(d.slots?.length ?? 0);
      }
      expect(doc.body.textContent).to.contain('React onRecoverySlideChange');
    });
  });

  it('privacy.html has a row, source and check date for every record of the checked data', async () => {
    const data = await (await fetch('/data/support-services.json')).json();
    await withPage('privacy.html', async ({ doc }) => {
      const rows = [...doc.querySelectorAll('#services-caption ~ tbody tr')];
      expect(rows.map((r) => r.querySelector('th')!.textContent)).to.deep.equal(data.services.map((s: { name: string }) => s.name));
      for (const [i, row] of rows.entries()) {
        expect(row.querySelector('a')!.getAttribute('href')).to.equal(data.services[i].source);
        expect(row.querySelector('time')!.getAttribute('datetime')).to.equal(data.services[i].verifiedAt);
      }
      expect(doc.querySelectorAll('#emergency-caption ~ tbody tr')).to.have.length(data.emergency.length);
      // The README's "Privacy" section, quoted.
      expect(doc.querySelector('blockquote')!.textContent).to.contain('never asks for geolocation');
    });
  });

  it('theming.html restyles the second card completely through --recovery-* properties', async () => {
    await withPage('theming.html', async ({ doc, win }) => {
      const [plain, brand] = [...doc.querySelectorAll('.brands recovery-info-card')].map((c) => win.getComputedStyle(shadow(c).querySelector('[part~="card"]')!));
      for (const key of ['fontFamily', 'fontSize', 'backgroundColor', 'color', 'borderTopLeftRadius', 'paddingTop'] as const) {
        expect(brand[key], key).not.to.equal(plain[key]);
      }
      expect(doc.querySelector('.code code')!.textContent).to.contain('.brand-harbour recovery-info-card {');
    });
  });
});
