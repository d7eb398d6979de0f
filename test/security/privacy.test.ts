import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';
import { exercise, open, problems, widgets, type Frame } from '../host/harness.js';

// Visitor privacy on a partner page: with its default configuration no widget
// makes any request but for our script, and with content-src and
// services-src exactly those, without cookies or referrer; nothing is stored
// anywhere, in any case (the host-matrix tests check storage on every page
// through problems(), this file in depth).

const paths = (frame: Frame) => frame.rec.requests.map((r) => new URL(r.url).pathname + new URL(r.url).search);
const settle = () => new Promise((r) => setTimeout(r, 300));

/** What the page stored, looked at directly rather than through the recorder. */
async function stored(frame: Frame) {
  const databases = (await frame.win.indexedDB.databases?.()) ?? [];
  return {
    localStorage: frame.win.localStorage.length,
    sessionStorage: frame.win.sessionStorage.length,
    indexedDB: databases.map((d) => d.name),
    caches: await frame.win.caches.keys(),
  };
}

describe('visitor privacy', function () {
  this.timeout(30_000);

  it('a default page requests nothing but our script, even while the visitor uses the widgets, and stores nothing', async () => {
    const frame = await open('/host/pages/widgets.html');
    try {
      const [, , finder] = await widgets(frame);
      await exercise(frame);
      const select = finder.shadowRoot!.querySelector('select')!;
      select.value = 'IE';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      finder.shadowRoot!.querySelector<HTMLButtonElement>('.more')?.click();
      await widgets(frame);
      await settle();
      // Besides the page's own files (under /host/): our script, nothing else.
      expect(paths(frame).filter((p) => !p.startsWith('/host/'))).to.deep.equal(['/dist/recovery-widgets.js']);
      expect(frame.rec.calls).to.deep.equal([]);
      expect(problems(frame)).to.deep.equal([]);
      expect(await stored(frame)).to.deep.equal({ localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] });
    } finally {
      frame.remove();
    }
  });

  it('with content-src and services-src, requests exactly those, with no cookie and no referrer', async () => {
    const tag = `privacy-${Math.random().toString(36).slice(2)}`;
    document.cookie = `${tag}=visitor; path=/`;
    const frame = await open(`/host/pages/partner-data.html?tag=${tag}`);
    try {
      const [card] = await widgets(frame);
      await until(() => card.shadowRoot!.querySelector('#title')!.textContent == `Partner title ${tag}`, 5000, 'the partner content');
      await settle();
      // Besides the page's own files: our script and the two partner URLs, nothing else.
      expect(paths(frame).filter((p) => !p.startsWith('/host/')).sort()).to.deep.equal(
        ['/dist/recovery-widgets.js', `/test-api/partner-content/${tag}`, `/test-api/services/3?tag=${tag}`].sort(),
      );
      const seen: { path: string; cookie: string | null; referer: string | null }[] = await (await fetch(`/test-api/requests?tag=${tag}`)).json();
      expect(seen.map((r) => [r.path, r.cookie, r.referer]).sort()).to.deep.equal([
        [`/test-api/partner-content/${tag}`, null, null],
        [`/test-api/services/3?tag=${tag}`, null, null],
      ]);
      expect(problems(frame)).to.deep.equal([]);
      expect(await stored(frame)).to.deep.equal({ localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] });
    } finally {
      document.cookie = `${tag}=; path=/; max-age=0`;
      frame.remove();
    }
  });

  it('the recorder sees a write, so a quiet page means nothing was written', async () => {
    const frame = await open('/host/pages/blank.html');
    try {
      frame.win.localStorage.setItem('probe', '1');
      frame.win.localStorage.removeItem('probe');
      frame.doc.cookie = 'probe=; max-age=0';
      frame.win.navigator.sendBeacon('/test-api/status/204?probe', '');
      expect(problems(frame)).to.deep.equal([
        'stored: Storage.setItem(probe)',
        'stored: Storage.removeItem(probe)',
        'stored: document.cookie=probe=; max-age=0',
        'called: sendBeacon(/test-api/status/204?probe)',
      ]);
    } finally {
      frame.remove();
    }
  });
});
