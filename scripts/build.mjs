// Bundles the entry points into dist/ with esbuild: reproducible (no timestamps, sorted input), committed.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

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
// only the requires inside libraries.cjs; `dist` is where dist/ is from the built file (`./`, or `../` from a folder)
const lazyLibraries = (dist) => ({
  name: 'lazy-libraries',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${LAZY.join('|')})$`) }, (args) =>
      args.importer.endsWith('libraries.cjs') ? { path: `${dist}lib/${args.path}.cjs`, external: true } : undefined,
    );
    b.onResolve({ filter: /^\.\/avsc-linear\.cjs$/ }, (args) =>
      args.importer.endsWith('libraries.cjs') ? { path: `${dist}lib/avsc.cjs`, external: true } : undefined,
    );
  },
});
// undici, imported by @actions/http-client and @actions/github for proxies, is taken from src/github/undici-on-demand.ts,
// which asks libraries.cjs for it the first time a proxy needs it (lazy-libraries, first, resolves that require)
const undiciOnDemand = {
  name: 'undici-on-demand',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, () => ({ path: resolve('src/github/undici-on-demand.ts') }));
  },
};
// Spectral's parts, on their own in dist/spectral/, loaded when a repository has a ruleset (split: the three
// rulesets share most of their code)
const SPECTRAL = {
  core: '@stoplight/spectral-core',
  parsers: '@stoplight/spectral-parsers',
  'ref-resolver': '@stoplight/spectral-ref-resolver',
  functions: '@stoplight/spectral-functions',
  formats: '@stoplight/spectral-formats',
  oas: '@stoplight/spectral-rulesets/dist/oas/index.js',
  asyncapi: '@stoplight/spectral-rulesets/dist/asyncapi/index.js',
  arazzo: '@stoplight/spectral-rulesets/dist/arazzo/index.js',
};
await build({
  ...common,
  entryPoints: SPECTRAL,
  outdir: 'dist/spectral',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [lazyLibraries('../../'), undiciOnDemand],
});
const spectralApart = (dist) => ({
  name: 'spectral-apart',
  setup(b) {
    const byModule = new Map(Object.entries(SPECTRAL).map(([name, module]) => [module, name]));
    b.onResolve({ filter: /^@stoplight\// }, (args) =>
      args.importer.endsWith('spectral-lint.ts') && byModule.has(args.path)
        ? { path: `${dist}spectral/${byModule.get(args.path)}.js`, external: true }
        : undefined,
    );
  },
});
// the Action (lean, without Probot or its logger)
await build({
  ...common,
  entryPoints: { index: 'src/action/main.ts' },
  outdir: 'dist',
  plugins: [spectralApart('./'), lazyLibraries('./'), undiciOnDemand],
});
// the CLI: each command one file of its own in dist/commands/, loaded when it runs. Node's loader takes ~1.3 ms a
// module (resolve, read, link): chunks shared between commands made a small diff load 23 of them, ~30 ms of a 150 ms
// start-up. What commands share is in each (a larger dist/, not a slower run); the entry tells the errors a command
// throws apart by name, since each command has its own copy of their classes (errors.ts)
const COMMAND_NAMES = [...readFileSync('src/cli/main.ts', 'utf8').matchAll(/import\('\.\/commands\/([a-z]+)\.js'\)/g)].map((m) => m[1]);
const commandsApart = {
  name: 'commands-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/[a-z]+\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};
await build({ ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', plugins: [commandsApart] });
for (const command of COMMAND_NAMES)
  await build({
    ...common,
    entryPoints: { [command]: `src/cli/commands/${command}.ts` },
    outdir: 'dist/commands',
    // what a command loads only for some of its runs (the diff engine, for `freeze diff`) in a chunk beside it
    splitting: true,
    chunkNames: '[name]-[hash]',
    plugins: [spectralApart('../'), lazyLibraries('../'), undiciOnDemand],
  });
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
// every file a built file imports or requires by a relative path is in dist/ (where each build says dist/ is)
for (const file of readdirSync('dist', { recursive: true }).filter((f) => /\.c?js$/.test(f))) {
  const text = readFileSync(join('dist', file), 'utf8');
  for (const m of text.matchAll(/(?:from |import\(|require\()"(\.\.?\/[^"]+)"/g))
    if (!existsSync(join('dist', dirname(file), m[1]))) throw new Error(`dist/${file} loads ${m[1]}, which is not in dist/`);
}
