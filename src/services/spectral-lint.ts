// Spectral in the same check: the repository's ruleset (from where the policy comes from) run with
// @stoplight/spectral-core on the OpenAPI and AsyncAPI documents of a tree. `$ref`s are read from the same tree;
// nothing is fetched. Findings at `error` and `warn` become policy findings, ratcheted like the house lint.
import { posix } from 'node:path';
import { InputError, unlessUnreadable } from '../core/errors.js';
import type { Config } from '../core/policy/config.js';
import { finding, type Finding } from '../core/policy/finding.js';
import { DEFAULT_RULESETS, loadRuleset, type LoadedRuleset, type SpectralParts } from '../core/policy/spectral-ruleset.js';
import type { Documents } from '../core/source/tree.js';

/** The ruleset the configuration names (it must exist), else the first of the default names that does. */
export async function readRuleset(config: Config, read: (path: string) => Promise<string | undefined>): Promise<LoadedRuleset | undefined> {
  const named = config.spectral.ruleset;
  for (const path of named ? [named] : DEFAULT_RULESETS) {
    const text = await read(path);
    if (text !== undefined) return loadRuleset(path, text, await spectralParts());
  }
  if (named)
    throw new InputError(
      `config key spectral.ruleset names ${named}, which is not in the repository`,
      config.source?.file,
      config.source?.lineOf('/spectral/ruleset'),
    );
  return undefined;
}

/**
 * A CommonJS package's exports, however it was imported: node gives named exports and `default`, a bundle's
 * on-demand chunk may give only `default`.
 */
function exportsOf<T>(module: object): T {
  const out: Record<string, unknown> = { ...((module as { default?: object }).default ?? {}), ...module };
  delete out.default;
  return out as T;
}

// Spectral is loaded only for a repository that has a ruleset: it triples the CLI's start-up time
async function spectralParts(): Promise<SpectralParts> {
  const [functions, formats, rulesets] = (
    await Promise.all([
      import('@stoplight/spectral-functions'),
      import('@stoplight/spectral-formats'),
      import('@stoplight/spectral-rulesets'),
    ])
  ).map((m) => exportsOf<Record<string, unknown>>(m));
  return {
    rulesets: { 'spectral:oas': rulesets!.oas, 'spectral:asyncapi': rulesets!.asyncapi, 'spectral:arazzo': rulesets!.arazzo },
    functions: functions!,
    formats: formats!,
  };
}
const SEVERITY: Record<number, string> = { 0: 'spectral-error', 1: 'spectral-warning' };

/** Spectral's findings on every API description among `paths` (repository-relative), each file linted once. */
export async function spectralFindings(ruleset: LoadedRuleset, docs: Documents, paths: string[]): Promise<Finding[]> {
  const [core, parsers, refs] = await Promise.all([
    import('@stoplight/spectral-core'),
    import('@stoplight/spectral-parsers'),
    import('@stoplight/spectral-ref-resolver'),
  ]);
  const { Document, Spectral } = exportsOf<typeof core>(core);
  const { Resolver } = exportsOf<typeof refs>(refs);
  const { Yaml, Json } = exportsOf<{ Yaml: never; Json: never }>(parsers);
  const text = (file: string) => Buffer.from(docs.tree.read(file) ?? new Uint8Array()).toString('utf8');
  const noNetwork = {
    resolve: async (ref: { toString(): string }) => {
      throw new Error(`remote $ref ${ref.toString()} is not fetched`);
    },
  };
  const resolver = new Resolver({
    resolvers: {
      // documents are given as `/<path>`: a `$ref` resolves to a path in the tree, never to the disk
      file: {
        resolve: async (ref: { path(): string }) => {
          const file = posix.normalize(ref.path()).replace(/^\/+/, '');
          if (!docs.has(file)) throw new Error(`$ref target ${file} not found`);
          return text(file);
        },
      },
      http: noNetwork,
      https: noNetwork,
    },
  });
  const spectral = new Spectral({ resolver: resolver as never });
  spectral.setRuleset(ruleset.definition as never);
  const out = new Map<string, Finding>();
  for (const file of paths) {
    const data = /\.(ya?ml|json)$/i.test(file) ? unlessUnreadable(() => docs.get(file).data) : undefined;
    if (!data || typeof data !== 'object' || !('openapi' in data || 'swagger' in data || 'asyncapi' in data)) continue;
    const results = await spectral.run(new Document(text(file), /\.json$/i.test(file) ? Json : Yaml, `/${file}`), {
      ignoreUnknownFormat: true,
    });
    for (const r of results) {
      const ruleId = SEVERITY[r.severity];
      // info and hint are not the check's business; unresolvable refs and parse errors are contract-unreadable's
      if (!ruleId || r.code === 'invalid-ref' || r.code === 'parser') continue;
      const at = r.source ? r.source.replace(/^\/+/, '') : file;
      const key = `${at}|${String(r.code)}|${r.path.join('/')}`;
      if (out.has(key)) continue; // a shared file reached from several documents: once
      out.set(
        key,
        finding(
          ruleId,
          at,
          { file: at, code: String(r.code), message: r.message, ruleset: ruleset.file },
          { line: r.range.start.line + 1, key },
        ),
      );
    }
  }
  return [...out.values()];
}
