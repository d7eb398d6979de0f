// Maps a stack frame in a built file (dist/…) back to the source line, with
// the line's text, so a timer can be traced to the code that set it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { ROOT } from './paths.mjs';

const maps = new Map();
const sources = new Map();

function mapFor(pathname) {
  if (!maps.has(pathname)) {
    let map = null;
    try {
      if (pathname.startsWith('/dist/')) map = new TraceMap(readFileSync(join(ROOT, `${pathname}.map`), 'utf8'));
    } catch {}
    maps.set(pathname, map);
  }
  return maps.get(pathname);
}

function lineOf(file, line) {
  if (!sources.has(file)) {
    try {
      sources.set(file, readFileSync(join(ROOT, file), 'utf8').split('\n'));
    } catch {
      sources.set(file, null);
    }
  }
  return sources.get(file)?.[line - 1]?.trim();
}

/** A position in a served file (1-based line, 0-based column) → { where: 'src/…/file.ts:12', code: '…' }. */
export function mapPosition(href, line, column) {
  const url = new URL(href);
  const map = mapFor(url.pathname);
  const pos = map && originalPositionFor(map, { line, column });
  if (!pos?.source) return { where: `${url.pathname}:${line}:${column + 1}` };
  const file = pos.source.replace(/^(\.\.\/)+/, '');
  return { where: `${file}:${pos.line}`, code: lineOf(file, pos.line) };
}

/** "at fn (http://host/dist/x.js?r=1:1:234)" → { where: 'src/…/file.ts:12', code: '…' } or the frame as it is. */
export function mapFrame(frame) {
  const m = /(https?:\/\/[^\s)]+?):(\d+):(\d+)\)?$/.exec(frame);
  return m ? mapPosition(m[1], Number(m[2]), Number(m[3]) - 1) : { where: frame };
}
