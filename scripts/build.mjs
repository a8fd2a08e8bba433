// Bundles the entry points into dist/ with esbuild: reproducible (no timestamps, sorted input), committed.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // prefer packages' ESM builds: jsonc-parser's UMD build requires files at run time that a bundle does not carry
  mainFields: ['module', 'main'],
  legalComments: 'none',
  logLevel: 'warning',
  // some CommonJS dependencies call require(); give the ESM bundle one
  banner: { js: "import { createRequire as __cgCreateRequire } from 'node:module';\nconst require = __cgCreateRequire(import.meta.url);" },
};
// refa (1 MB), re2js, avsc and undici, required by src/core/libraries.cjs the first time a pattern, an Avro schema or a
// proxy needs them: each its own CommonJS file in dist/lib/, so a run that needs none does not even read them
const LAZY = ['refa', 're2js', 'avsc', 'undici'];
// avsc is taken through src/core/avsc-linear.cjs, which makes its IDL reader linear
const LAZY_ENTRY = { avsc: 'src/core/avsc-linear.cjs' };
for (const name of LAZY)
  await build({
    ...common,
    banner: {},
    entryPoints: { [name]: LAZY_ENTRY[name] ?? name },
    outdir: 'dist/lib',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
  });
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(b) {
    // only the requires inside libraries.cjs: the shared code lands in dist/chunks/, beside dist/lib/
    b.onResolve({ filter: new RegExp(`^(${LAZY.join('|')})$`) }, (args) =>
      args.importer.endsWith('libraries.cjs') ? { path: `../lib/${args.path}.cjs`, external: true } : undefined,
    );
    b.onResolve({ filter: /^\.\/avsc-linear\.cjs$/ }, (args) =>
      args.importer.endsWith('libraries.cjs') ? { path: '../lib/avsc.cjs', external: true } : undefined,
    );
  },
};
// undici, imported by @actions/http-client and @actions/github for proxies, is taken from src/github/undici-on-demand.ts,
// which asks libraries.cjs for it the first time a proxy needs it (lazy-libraries, first, resolves that require)
const undiciOnDemand = {
  name: 'undici-on-demand',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, () => ({ path: resolve('src/github/undici-on-demand.ts') }));
  },
};
// the CLI and the Action (lean, without Probot or its logger), split: what they share, and what only some runs need
// (Spectral, loaded when a repository has a ruleset), sit in dist/chunks/ and load on demand
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/action/main.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [lazyLibraries, undiciOnDemand],
});
// `../lib/` is right from dist/chunks/ only: a require of it left in an entry file would look outside dist/
for (const entry of ['cli.js', 'index.js'])
  if (readFileSync(`dist/${entry}`, 'utf8').includes('"../lib/'))
    throw new Error(`dist/${entry} requires ../lib/: move the require into a chunk`);
// the App: Probot stays a runtime dependency (its server, views and logger are not bundle-friendly)
// and the threads it judges in (dist/judge-thread.js, beside it: threads.ts finds it there)
// JSON a package holds (ajv's meta-schemas) is bundled all the same: left outside, Node would need an import attribute
// esbuild does not keep for node20
const bundledJson = {
  name: 'bundled-json',
  setup(b) {
    b.onResolve({ filter: /\.json$/ }, (args) => ({ path: createRequire(args.importer).resolve(args.path) }));
  },
};
await build({
  ...common,
  entryPoints: { app: 'src/app/server.ts', 'judge-thread': 'src/app/judge-thread.ts' },
  outdir: 'dist',
  packages: 'external',
  plugins: [bundledJson],
});
