// The release's version in the files that name it, for `node scripts/build.mjs
// --release` (after `npm version`): the JSON Schema's `$id` (partners' editors
// fetch the schema by it, and test/node/schema.test.mjs holds it to the
// package's version), and every `recovery-widgets@x.y.z` in README.md and
// SECURITY.md (the embed snippets and install lines partners copy). Each file
// is rewritten in place, as text, so nothing else in it changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `recovery-widgets@0.1.0`, `recovery-widgets@1.0.0-rc.1`. */
const PINNED = /recovery-widgets@\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]*[0-9A-Za-z])?/g;

/** Writes `version` into the schema's `$id` and the README's and SECURITY.md's pinned versions under `root`; returns the files it changed. */
export function stampVersion(version, root = '.') {
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]*[0-9A-Za-z])?$/.test(version)) throw new Error(`"${version}" is no x.y.z version`);
  const pinned = `recovery-widgets@${version}`;
  const changed = [];
  const rewrite = (file, edit) => {
    const path = join(root, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after !== before) {
      writeFileSync(path, after);
      changed.push(file);
    }
  };
  rewrite('src/content/content.schema.json', (text) => {
    const id = /("\$id": "https:\/\/unpkg\.com\/)recovery-widgets@[^/"]+(\/dist\/content\.schema\.json")/;
    if (!id.test(text)) throw new Error('src/content/content.schema.json has no "$id": "https://unpkg.com/recovery-widgets@…/dist/content.schema.json"');
    return text.replace(id, (_, start, end) => `${start}${pinned}${end}`);
  });
  rewrite('README.md', (text) => {
    if (text.search(PINNED) < 0) throw new Error('README.md names no recovery-widgets@x.y.z');
    return text.replace(PINNED, pinned);
  });
  // Also the example of dist/sri.json, which names its version.
  rewrite('SECURITY.md', (text) => text.replace(PINNED, pinned).replace(/(\{ "version": ")[^"]+(", "algorithm")/, (_, start, end) => `${start}${version}${end}`));
  return changed;
}
