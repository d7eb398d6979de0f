// custom-elements.json: the elements' attributes, properties, events, slots,
// parts and CSS properties, read from their JSDoc, for IDEs and the docs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/content/builtin-*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
