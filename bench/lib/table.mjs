// The compact table printed at the end of a run.
const fmt = (value, unit) => {
  if (value == null) return '–';
  if (typeof value === 'object' && 'median' in value) {
    if (value.median == null) return '–';
    const spread = value.n > 1 ? `  [${value.q1}–${value.q3}]` : '';
    return `${value.median}${unit && unit !== '×' ? ` ${unit}` : ''}${spread}`;
  }
  if (typeof value === 'number') return unit === '×' ? `${value}×` : `${value}${unit ? ` ${unit}` : ''}`;
  return String(value);
};

export function printTable(tables) {
  const lines = [];
  for (const [suite, rows] of tables) {
    lines.push([`${suite}`, '']);
    for (const [label, value, unit] of rows) lines.push([`  ${label}`, fmt(value, unit)]);
  }
  const width = Math.max(...lines.map(([l]) => l.length));
  console.log(`${'measure'.padEnd(width)}  median [q1–q3]`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(24)}`);
  for (const [label, value] of lines) console.log(value ? `${label.padEnd(width)}  ${value}` : label);
}
