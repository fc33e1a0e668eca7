/** Custom-elements manifest: the components' public API, read from their JSDoc. */
export default {
  globs: ['src/components/*/*.ts', 'src/base/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.fixtures.ts',
    'src/**/fixture-*.ts',
    'src/**/*.styles.ts',
    'src/**/define.ts',
    'src/**/index.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
