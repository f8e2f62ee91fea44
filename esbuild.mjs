// Bundles the extension and the command line, one bundle per entry; `vscode` stays external.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // the ES module build of `yaml` (the one its package.json gives browsers), so that the parts of it ClaimLens does
  // not use are left out: 17 KB less than its CommonJS build, which a bundle must take whole
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};

const entries = [
  // (the export renderers load on the first export, from a bundle of their own)
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './exportRender'] },
  { ...common, entryPoints: ['src/extension/exportRender.ts'], outfile: 'dist/exportRender.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const options of entries) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(entries.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
}
