// HTML helpers for the partner site: escaping, a little inline Markdown for
// the manifest's and README's descriptions, code blocks with a copy button,
// and the page layout. Pages are static: every script is a file under demo/
// (the server sends `script-src 'self'; style-src 'self'`), nothing is inline.

/** Escapes text for HTML content and double-quoted attribute values. */
export const esc = (value) =>
  String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/**
 * Inline Markdown as the JSDoc and README write it: `code`, *emphasis*,
 * **strong** and [links](https://…). Everything else is escaped text.
 */
export function md(text) {
  const parts = String(text ?? '').split(/(`[^`]*`)/);
  return parts
    .map((part) => {
      if (/^`[^`]*`$/.test(part)) return `<code>${esc(part.slice(1, -1))}</code>`;
      return esc(part)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
        .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+|[\w#./-]+)\)/g, '<a href="$2">$1</a>')
        .replace(/&lt;(https?:\/\/[^&\s]+)&gt;/g, '<a href="$1">$1</a>');
    })
    .join('');
}

/**
 * Block Markdown for a README section: paragraphs, `-` lists, fenced code,
 * tables. Enough for the sections the site quotes; not a general parser.
 */
export function mdBlocks(text) {
  const out = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
    } else if (line.startsWith('```')) {
      const body = [];
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
      i++;
      out.push(`<pre><code>${esc(body.join('\n'))}</code></pre>`);
    } else if (/^\s*- /.test(line)) {
      const items = [];
      while (i < lines.length && lines[i].trim()) {
        if (/^\s*- /.test(lines[i])) items.push(lines[i].replace(/^\s*- /, ''));
        else items[items.length - 1] += ` ${lines[i].trim()}`;
        i++;
      }
      out.push(`<ul>${items.map((item) => `<li>${md(item)}</li>`).join('')}</ul>`);
    } else {
      const para = [];
      while (i < lines.length && lines[i].trim() && !lines[i].startsWith('```') && !/^\s*- /.test(lines[i])) para.push(lines[i++].trim());
      out.push(`<p>${md(para.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}

/** The text of a `## Heading` section of a Markdown file, without the heading. */
export function section(markdown, heading) {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section`);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

let blocks = 0;

/**
 * A code block with a copy button and a polite status that says "Copied"
 * (demo/site.js). `id` names the `<code>` for scripts that rewrite it.
 */
/**
 * An element as an embed snippet writes it: `attrs` (` region="GB"`) on the
 * tag, and `inner` (what shows without the script) indented inside.
 * demo/configure.js's markup() writes the same as the partner changes it.
 */
export const snippetElement = (tag, inner = '', attrs = '') =>
  inner ? `<${tag}${attrs}>\n  ${inner.replaceAll('\n', '\n  ')}\n</${tag}>` : `<${tag}${attrs}></${tag}>`;

export function codeBlock(code, { label, id = `code-${++blocks}`, hidden = false } = {}) {
  return `<div class="code"${hidden ? ' hidden' : ''}>
  <div class="code-bar"><span class="code-label" id="${id}-label">${esc(label)}</span>
    <button type="button" class="copy" data-copy="${id}" aria-describedby="${id}-label">Copy</button>
    <span class="copy-status" role="status"></span></div>
  <pre><code id="${id}">${esc(code)}</code></pre>
</div>`;
}

export const NAV = [
  ['index.html', 'Overview'],
  ['info-card.html', 'Info card'],
  ['quote-carousel.html', 'Quote carousel'],
  ['support-finder.html', 'Support finder'],
  ['theming.html', 'Theming'],
  ['content.html', 'Content document'],
  ['frameworks.html', 'React, Vue, HTML'],
  ['api.html', 'API reference'],
  ['privacy.html', 'Privacy and safety'],
];

/**
 * A whole page. `widgets` loads the classic script exactly as a partner
 * would (with its integrity hash); `scripts` are module files under demo/.
 */
export function layout({ file, title, description, body, facts, widgets = false, scripts = [], styles = [] }) {
  const nav = NAV.map(
    ([href, text]) => `<li><a href="${href}"${href === file ? ' aria-current="page"' : ''}>${esc(text)}</a></li>`,
  ).join('\n        ');
  const head = [
    `<link rel="stylesheet" href="site.css" />`,
    ...styles.map((href) => `<link rel="stylesheet" href="${esc(href)}" />`),
    widgets ? `<script src="/dist/recovery-widgets.js" integrity="${facts.script.integrity}" defer blocking="render"></script>` : '',
    `<script type="module" src="site.js"></script>`,
    ...scripts.map((src) => `<script type="module" src="${esc(src)}"></script>`),
  ].filter(Boolean);
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(title)} · recovery-widgets</title>
    <meta name="description" content="${esc(description)}" />
    <link rel="icon" href="data:," />
    ${head.join('\n    ')}
  </head>
  <body>
    <a class="skip" href="#main">Skip to content</a>
    <header class="site-header">
      <p class="brand"><a href="index.html">recovery-widgets</a> <span class="version">${esc(facts.version)}</span></p>
      <nav aria-label="Site">
        <ul>
        ${nav}
        </ul>
      </nav>
    </header>
    <main id="main" tabindex="-1">
${body}
    </main>
    <footer class="site-footer">
      <p>recovery-widgets ${esc(facts.version)}, MIT licence. This site sets no cookie, stores nothing and makes no request to anyone but its own server.</p>
    </footer>
  </body>
</html>
`;
}
