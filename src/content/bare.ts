/**
 * Takes the prototype off every plain object in `value`, in place, and
 * returns it. Content is read field by field, and a field it leaves out
 * (`alt`, `related`, `source`, `alwaysOpen`…) would otherwise be looked up
 * on `Object.prototype`, which a library on the host page may have polluted:
 * a wrong number, a link or "open 24 hours" that no document holds. Lists
 * keep their methods; they are read by index. An object already without a
 * prototype is bare all the way down (only this and the validator make
 * them): it is not walked again.
 */
export function bare<T>(value: T): T {
  if (value && typeof value == 'object' && Object.getPrototypeOf(value)) {
    if (!Array.isArray(value)) Object.setPrototypeOf(value, null);
    Object.values(value).forEach(bare);
  }
  return value;
}
