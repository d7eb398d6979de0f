// Types for corpus.mjs (plain JavaScript, shared with the test server).
export interface Entry {
  index: number;
  kind: 'html' | 'url' | 'type' | 'long' | 'nest' | 'proto' | 'huge' | 'mixed';
  note: string;
  /** The document as JSON text. */
  json(): string;
  /** The field attacked, e.g. `services.0.name` (not for huge and mixed entries). */
  path?: string;
  /** The value put there. */
  value?: unknown;
}
export const SEED: number;
export function random(seed?: number): () => number;
export const MARKUP: string[];
export const UNSAFE_URLS: string[];
export const WRONG_TYPES: unknown[];
export const TEXT_FIELDS: string[];
export const URL_FIELDS: string[];
export const OTHER_FIELDS: string[];
export function base(): Record<string, unknown>;
export function set<T>(doc: T, path: string, value: unknown): T;
export const corpus: Entry[];
export function tenThousandServices(): string;
