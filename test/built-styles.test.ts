import { expect } from '@open-wc/testing';
import '../src/recovery-info-card/define.js';
import '../src/recovery-quote-carousel/define.js';
import '../src/recovery-support-finder/define.js';
import { until } from './support/helpers.js';

// The minifier rewrites the styles of the built files: a rule it breaks is
// dropped by the browser without a word (`a[href^='tel:']` came out as
// `a[href^=tel\:]` inside a template literal, where `\:` is read as `:`, and
// the print rule that writes numbers out was lost). Every rule of the source
// styles must reach the browser from the built classic script too.
const TAGS = ['recovery-info-card', 'recovery-quote-carousel', 'recovery-support-finder'];

/** Every selector and at-rule condition of an element's styles, in order. */
function rules(el: Element): string[] {
  const out: string[] = [];
  const walk = (list: CSSRuleList) => {
    for (const rule of Array.from(list)) {
      // Duck-typed: the built element's rules come from the frame's own CSSStyleRule.
      if ('selectorText' in rule) out.push((rule as CSSStyleRule).selectorText.replace(/\s+/g, ' ').replace(/"/g, "'"));
      else if ('cssRules' in rule) {
        out.push(`@${(rule as CSSMediaRule).conditionText}`);
        walk((rule as CSSGroupingRule).cssRules);
      }
    }
  };
  const root = el.shadowRoot!;
  for (const sheet of root.adoptedStyleSheets) walk(sheet.cssRules);
  for (const style of Array.from(root.querySelectorAll('style'))) walk(style.sheet!.cssRules);
  return out;
}

describe('the built styles', () => {
  it('keep every rule of the source styles, for each element', async () => {
    const iframe = document.createElement('iframe');
    iframe.srcdoc = `<!doctype html><html lang="en-GB"><head><title>Partner</title><script src="/dist/recovery-widgets.js"></script></head><body>${TAGS.map((t) => `<${t}></${t}>`).join('')}</body></html>`;
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    try {
      await loaded;
      const doc = iframe.contentDocument!;
      await until(() => TAGS.every((t) => doc.querySelector(t)?.shadowRoot?.querySelector('[part]')), 5000, 'the built widgets');
      for (const tag of TAGS) {
        const source = document.createElement(tag);
        document.body.append(source);
        try {
          await (source as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          const built = rules(doc.querySelector(tag)!);
          const expected = rules(source);
          expect(expected.length, `${tag}: source rules`).to.be.above(10);
          expect(expected.filter((r) => !built.includes(r)), `${tag}: rules lost in the build`).to.deep.equal([]);
        } finally {
          source.remove();
        }
      }
    } finally {
      iframe.remove();
    }
  });
});
