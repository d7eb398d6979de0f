// Summaries of repeated measurements: medians first, with the spread.
const round = (x, digits = 2) => (x == null || Number.isNaN(x) ? null : Number(x.toFixed(digits)));

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (values) => quantile([...values].sort((a, b) => a - b), 0.5);

/** { median, q1, q3, min, max, n, samples } of the numbers given (nulls dropped). */
export function summary(values, digits = 2) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  const sorted = [...xs].sort((a, b) => a - b);
  return {
    median: round(quantile(sorted, 0.5), digits),
    q1: round(quantile(sorted, 0.25), digits),
    q3: round(quantile(sorted, 0.75), digits),
    min: round(sorted[0], digits),
    max: round(sorted[sorted.length - 1], digits),
    n: xs.length,
    samples: xs.map((x) => round(x, digits)),
  };
}

/** Ratio of two medians (a / b). */
export const ratio = (a, b) => (a?.median && b?.median ? round(a.median / b.median, 2) : null);

/** The order of `variants` in round `r`: rotated every round, so each variant runs first, second… equally often. */
export function rotation(variants, r) {
  const k = r % variants.length;
  return [...variants.slice(k), ...variants.slice(0, k)];
}

export { round };
