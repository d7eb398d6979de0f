/** The version of this build, stamped on every element class. */
export const VERSION = '__VERSION__';

/**
 * Registers `tag` unless it is already taken. Partner pages often load our
 * script twice (a CMS block and a theme, or the classic script and the ES
 * modules); the second registration must be a quiet no-op, not an error.
 */
export function define(
  tag: string,
  ctor: CustomElementConstructor & { version?: string },
): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as { version?: string } | undefined;
  if (!existing) {
    registry.define(tag, ctor);
  } else if (existing.version !== ctor.version) {
    console.warn(
      `<${tag}>: version ${existing.version ?? 'unknown'} is already registered on this page; version ${ctor.version} was not registered.`,
    );
  }
}
