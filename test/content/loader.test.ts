import { expect, fixture, html } from '@open-wc/testing';
import { loaderOptions } from '../../src/content/loader.js';
import '../../src/recovery-info-card/define.js';
import type { RecoveryInfoCard } from '../../src/recovery-info-card/recovery-info-card.js';
import type { RecoveryErrorDetail } from '../../src/shared/events.js';
import { partnerTopic as topic } from '../support/fixtures.mjs';
import { $, captureConsole, nextEvent, until } from '../support/helpers.js';

const BUILT_IN = 'Living with and recovering from self-harm';
const title = (el: Element) => $(el, '#title')?.textContent;
const echo = (body: unknown) => `/test-api/echo?body=${encodeURIComponent(typeof body == 'string' ? body : JSON.stringify(body))}`;

const partnerTopic = { ...topic('Self-harm: our guide'), quotes: [] };

async function failing(src: string) {
  const log = captureConsole();
  try {
    const el = document.createElement('recovery-info-card') as RecoveryInfoCard;
    const error = nextEvent<RecoveryErrorDetail>(el, 'recovery-error');
    el.setAttribute('content-src', src);
    await fixture(html`<div></div>`).then((div) => div.append(el));
    const { detail } = await error;
    await el.updateComplete;
    return { el, detail, errors: [...log.errors] };
  } finally {
    log.restore();
  }
}

describe('content loading', () => {
  it('shows a valid content-src document', async () => {
    const el = await fixture<RecoveryInfoCard>(html`<recovery-info-card content-src=${echo({ version: 1, topics: [partnerTopic] })}></recovery-info-card>`);
    expect(title(el)).to.equal(BUILT_IN);
    await until(() => title(el) == 'Self-harm: our guide', 5000, 'partner title');
  });

  for (const [name, src, reason] of [
    ['a missing document (404)', '/test-api/status/404', /^the server answered 404/],
    ['a server error (500)', '/test-api/status/500', /^the server answered 500/],
    ['invalid JSON', echo('{"version": 1, '), /^it is not valid JSON$/],
    ['valid JSON that fails the schema', echo({ version: 1, topics: [{ ...partnerTopic, reviewed: 'last week' }] }), /^it is not a valid content document$/],
    ['an unreachable server', 'http://127.0.0.1:9/content.json', /^the request failed/],
  ] as const) {
    it(`keeps the built-in content after ${name}, with one console.error and one recovery-error`, async () => {
      const { el, detail, errors } = await failing(src);
      expect(detail.source).to.equal('content-src');
      expect(detail.url).to.equal(src);
      expect(detail.reason).to.match(reason);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<recovery-info-card>: could not use content-src');
      expect(errors[0]).to.contain('Showing the built-in content instead.');
      expect(title(el)).to.equal(BUILT_IN);
    });
  }

  it('names the bad fields of an invalid document', async () => {
    const { detail, errors } = await failing(echo({ version: 1, topics: [{ ...partnerTopic, reviewed: 'last week' }] }));
    expect(detail.errors).to.deep.equal(['topics[0].reviewed: must be a date, YYYY-MM-DD']);
    expect(errors[0]).to.contain('topics[0].reviewed: must be a date, YYYY-MM-DD');
  });

  it('gives up on a slow server after the timeout', async () => {
    const log = captureConsole();
    const timeout = loaderOptions.timeout;
    loaderOptions.timeout = 300;
    try {
      const el = await fixture<RecoveryInfoCard>(html`<recovery-info-card content-src="/test-api/slow"></recovery-info-card>`);
      const { detail } = await nextEvent<RecoveryErrorDetail>(el, 'recovery-error');
      expect(detail.reason).to.equal('there was no answer within 0.3 s');
      expect(log.errors).to.have.length(1);
      expect(title(el)).to.equal(BUILT_IN);
    } finally {
      loaderOptions.timeout = timeout;
      log.restore();
    }
  });

  it('loads a content-src set while the element is off the page, once it is back', async () => {
    const doc = (title: string) => echo({ version: 1, topics: [{ ...partnerTopic, title }] });
    const el = await fixture<RecoveryInfoCard>(html`<recovery-info-card content-src=${doc('Title A')}></recovery-info-card>`);
    await until(() => title(el) == 'Title A', 5000, 'the first document');
    const parent = el.parentElement!;
    el.remove();
    el.setAttribute('content-src', doc('Title B'));
    await el.updateComplete;
    parent.append(el);
    await until(() => title(el) == 'Title B', 5000, 'the second document');
  });

  it('keeps the document on screen while the next content-src loads, and the built-in one if that fails', async () => {
    const doc = (title: string) => echo({ version: 1, topics: [{ ...partnerTopic, title }] });
    const el = await fixture<RecoveryInfoCard>(html`<recovery-info-card content-src=${doc('Title A')}></recovery-info-card>`);
    await until(() => title(el) == 'Title A', 5000, 'the first document');
    const seen = new Set<string | undefined>();
    const watch = new MutationObserver(() => seen.add(title(el)));
    watch.observe(el.shadowRoot!, { subtree: true, characterData: true, childList: true });
    el.setAttribute('content-src', `${doc('Title B')}&delay=300`);
    await until(() => title(el) == 'Title B', 5000, 'the second document');
    watch.disconnect();
    // No flash of the built-in English in between.
    expect([...seen]).to.deep.equal(['Title B']);
    const log = captureConsole();
    try {
      const failed = nextEvent(el, 'recovery-error');
      el.setAttribute('content-src', '/test-api/status/404');
      await el.updateComplete;
      expect(title(el)).to.equal('Title B');
      await failed;
      await el.updateComplete;
      expect(title(el)).to.equal(BUILT_IN);
    } finally {
      log.restore();
    }
  });

  it('reads an inline document again when a framework rewrites its text in place', async () => {
    const doc = (title: string) => JSON.stringify({ version: 1, topics: [{ ...partnerTopic, title }] });
    const el = await fixture<RecoveryInfoCard>(
      html`<recovery-info-card><script type="application/json" slot="content">${doc('Inline 1')}</script></recovery-info-card>`,
    );
    await until(() => title(el) == 'Inline 1', 2000, 'the inline title');
    const script = el.querySelector('script')!;
    script.textContent = doc('Inline 2');
    await until(() => title(el) == 'Inline 2', 2000, 'the rewritten title');
    (script.firstChild as Text).data = doc('Inline 3');
    await until(() => title(el) == 'Inline 3', 2000, 'the edited title');
    // The partner's own slotted content changing is none of its business: no update.
    const cta = Object.assign(document.createElement('p'), { slot: 'cta', textContent: '0 people helped' });
    el.append(cta);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    let updates = 0;
    const update = (el as unknown as { update: (c: unknown) => void }).update;
    (el as unknown as { update: (c: unknown) => void }).update = function (this: unknown, c: unknown) {
      updates++;
      return update.call(this, c);
    };
    for (let i = 1; i <= 10; i++) cta.textContent = `${i} people helped`;
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(updates).to.equal(0);
  });

  it('calls an empty answer (204) not valid JSON, not a network error', async () => {
    const { detail } = await failing('/test-api/status/204');
    expect(detail.reason).to.equal('it is not valid JSON');
  });

  it('reports a failure once, however often the element is moved afterwards', async () => {
    const tag = `moved-${Math.random().toString(36).slice(2)}`;
    const { el, errors } = await failing(`/test-api/status/404?tag=${tag}`);
    expect(errors).to.have.length(1);
    const log = captureConsole();
    try {
      let events = 0;
      el.addEventListener('recovery-error', () => events++);
      for (let i = 0; i < 2; i++) {
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        await el.updateComplete;
      }
      await new Promise((r) => setTimeout(r, 300));
      expect([events, log.errors.length]).to.deep.equal([0, 0]);
      const requests = await (await fetch(`/test-api/requests?tag=${tag}`)).json();
      expect(requests).to.have.length(1);
    } finally {
      log.restore();
    }
  });

  it('refuses an answer larger than the limit as it arrives, declared or not', async () => {
    const max = loaderOptions.maxBytes;
    loaderOptions.maxBytes = 1000;
    try {
      const big = { version: 1, topics: [{ ...partnerTopic, summary: 'x'.repeat(2000) }] };
      const { detail } = await failing(echo(big));
      expect(detail.reason).to.equal('it is larger than 1000 bytes');
      // Multi-byte text counts in bytes, not characters: 400 × "é" is 800 bytes of summary.
      const { detail: bytes } = await failing(echo({ ...big, topics: [{ ...partnerTopic, summary: 'é'.repeat(400) }] }));
      expect(bytes.reason).to.equal('it is larger than 1000 bytes');
      // No length declared, and no end: refused once the limit is passed, not when the server stops.
      const { detail: endless } = await failing('/test-api/endless');
      expect(endless.reason).to.equal('it is larger than 1000 bytes');
    } finally {
      loaderOptions.maxBytes = max;
    }
  });

  it('aborts the request, quietly, when the element leaves the page', async () => {
    const log = captureConsole();
    try {
      const tag = Math.random().toString(36).slice(2);
      const abandoned = async () => (await fetch(`/test-api/abandoned?tag=${tag}`)).json();
      const el = await fixture<RecoveryInfoCard>(html`<recovery-info-card content-src="/test-api/slow?tag=${tag}"></recovery-info-card>`);
      let errors = 0;
      el.addEventListener('recovery-error', () => errors++);
      const request = await until(() => inFlight(el), 2000, 'the request');
      expect(request.aborted).to.equal(false);
      expect(await abandoned()).to.equal(false);
      el.remove();
      expect(request.aborted).to.equal(true);
      // The server sees the browser give the request up: the fetch itself was aborted.
      await until(abandoned, 3000, 'the request to close');
      await new Promise((r) => setTimeout(r, 200));
      expect(errors).to.equal(0);
      expect(log.errors).to.deep.equal([]);
    } finally {
      log.restore();
    }
  });

  it('reads an inline JSON document without any request', async () => {
    const doc = JSON.stringify({ version: 1, topics: [partnerTopic] });
    const el = await fixture<RecoveryInfoCard>(
      html`<recovery-info-card><script type="application/json" slot="content">${doc}</script></recovery-info-card>`,
    );
    await until(() => title(el) == 'Self-harm: our guide', 2000, 'inline title');
  });

  it('reports a broken inline document and keeps the built-in content', async () => {
    const log = captureConsole();
    try {
      const el = document.createElement('recovery-info-card');
      el.innerHTML = '<script type="application/json" slot="content">{"version": 1, "topics": [}</script>';
      const error = nextEvent<RecoveryErrorDetail>(el, 'recovery-error');
      document.body.append(el);
      const { detail } = await error;
      expect(detail).to.deep.equal({ source: 'inline', reason: 'it is not valid JSON', errors: [] });
      expect(log.errors).to.have.length(1);
      expect(title(el)).to.equal(BUILT_IN);
      el.remove();
    } finally {
      log.restore();
    }
  });

  it('sends no cookie and no referrer', async () => {
    document.cookie = 'visitor=secret; path=/';
    try {
      await fetch('/test-api/log/clear');
      await fixture<RecoveryInfoCard>(html`<recovery-info-card content-src=${echo({ version: 1 }) + '&privacy'}></recovery-info-card>`);
      const request = await until(async () => {
        const seen: { path: string; cookie: string | null; referer: string | null }[] = await (await fetch('/test-api/log')).json();
        return seen.find((r) => r.path.includes('privacy'));
      }, 3000, 'the request');
      expect(request.cookie).to.equal(null);
      expect(request.referer).to.equal(null);
    } finally {
      document.cookie = 'visitor=; path=/; max-age=0';
    }
  });
});

/** The signal of the element's request in flight, if there is one. */
function inFlight(el: Element): AbortSignal | undefined {
  const loader = (el as unknown as { _loaders: Record<string, { _abort?: AbortController }> })._loaders['content-src'];
  return loader && '_abort' in loader ? loader._abort?.signal : undefined;
}
