// Spectral in the same check: the repository's ruleset (from where the policy comes from) run with
// @stoplight/spectral-core on the OpenAPI and AsyncAPI documents of a tree. `$ref`s are read from the same tree;
// nothing is fetched. Findings at `error` and `warn` become policy findings, ratcheted like the house lint.
import { posix } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { InputError, unlessUnreadable } from '../core/errors.js';
import type { Config } from '../core/policy/config.js';
import { finding, type Finding } from '../core/policy/finding.js';
import {
  DEFAULT_RULESETS,
  type BuiltInRuleset,
  extendedRulesets,
  loadRuleset,
  type LoadedRuleset,
  type SpectralParts,
} from '../core/policy/spectral-ruleset.js';
import { LIMITS } from '../core/source/limits.js';
import { refsIn } from '../core/source/readable.js';
import { uncheckableString, unsafePatterns } from '../core/source/safe-regex.js';
import type { Documents } from '../core/source/tree.js';
import Queue from 'yocto-queue';

/** The ruleset the configuration names (it must exist), else the first of the default names that does. */
export async function readRuleset(config: Config, read: (path: string) => Promise<string | undefined>): Promise<LoadedRuleset | undefined> {
  const named = config.spectral.ruleset;
  for (const path of named ? [named] : DEFAULT_RULESETS) {
    const text = await read(path);
    if (text !== undefined) return loadRuleset(path, text, await spectralParts(extendedRulesets(path, text)));
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

/** A CommonJS module's `exports.default`, whether node or a bundle wrapped its exports once or twice. */
function defaultExport(module: unknown): unknown {
  const d = (module as { default?: unknown }).default;
  return d && typeof d === 'object' && '__esModule' in d && 'default' in d ? (d as { default: unknown }).default : d;
}

/** Each built-in ruleset on its own: the package's index loads all three (4.8 MB bundled). */
const RULESET_MODULES: Record<BuiltInRuleset, () => Promise<unknown>> = {
  'spectral:oas': () => import('@stoplight/spectral-rulesets/dist/oas/index.js'),
  'spectral:asyncapi': () => import('@stoplight/spectral-rulesets/dist/asyncapi/index.js'),
  'spectral:arazzo': () => import('@stoplight/spectral-rulesets/dist/arazzo/index.js'),
};

// Spectral is loaded only for a repository that has a ruleset, and of its rulesets only those the ruleset extends
async function spectralParts(names: BuiltInRuleset[]): Promise<SpectralParts> {
  // Spectral's ajv compiles contract patterns without the u flag: V8 then falls back to its linear-time engine
  // instead of backtracking without end (patterns that engine cannot run are kept from Spectral: firstUnsafeCheck)
  setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
  const [functions, formats, ...rulesets] = await Promise.all([
    import('@stoplight/spectral-functions'),
    import('@stoplight/spectral-formats'),
    ...names.map((name) => RULESET_MODULES[name]()),
  ]);
  return {
    rulesets: Object.fromEntries(names.map((name, i) => [name, defaultExport(rulesets[i])])),
    functions: exportsOf<Record<string, unknown>>(functions),
    formats: exportsOf<Record<string, unknown>>(formats),
  };
}
/**
 * The first check Spectral's ajv cannot make safely in `file` or any file its `$ref`s reach: a pattern (Spectral's
 * ajv runs patterns on V8, whose linear engine, switched on where Spectral loads, takes over from backtracking, but
 * not for lookaround or backreferences: exactly what RE2 refuses), or a long string where a format only a
 * backtracking expression checks is used (ajv-formats' `url`: minutes for a megabyte).
 */
function firstUnsafeCheck(
  docs: Documents,
  reached: string[],
): { file: string; pointer: string; message: string; code: 'unsafe-pattern' | 'unsafe-format'; line?: number } | undefined {
  for (const file of reached) {
    const doc = unlessUnreadable(() => docs.get(file))!;
    const pattern = unsafePatterns(doc.data)[0];
    const found = pattern ? { ...pattern, code: 'unsafe-pattern' as const } : undefined;
    const bad =
      found ??
      (() => {
        const s = uncheckableString(doc.data);
        return s && { ...s, code: 'unsafe-format' as const };
      })();
    if (bad) return { file, ...bad, line: doc.positions.locate(bad.pointer)?.line };
  }
  return undefined;
}

/** `start` and the readable files its `$ref`s reach, nearest first (at most 1,000). */
function filesReached(docs: Documents, start: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const queue = new Queue<string>();
  queue.enqueue(start);
  while (queue.size) {
    const file = queue.dequeue()!;
    if (seen.has(file) || seen.size > 1000) continue;
    seen.add(file);
    const doc = unlessUnreadable(() => docs.get(file));
    if (!doc) continue;
    out.push(file);
    for (const ref of refTargets(doc.data)) queue.enqueue(posix.normalize(posix.join(posix.dirname(file), ref)));
  }
  return out;
}

/** The files named by a document's `$ref`s (remote ones are never read). */
function refTargets(data: unknown): string[] {
  const files = [...refsIn(data)].map(({ ref }) => ref.split('#')[0]!).filter((f) => f && !/^[a-z]+:/i.test(f));
  return [...new Set(files)];
}

const SEVERITY: Record<number, string> = { 0: 'spectral-error', 1: 'spectral-warning' };

/** Spectral's findings on every API description among `paths` (repository-relative), each file linted once. */
export async function spectralFindings(
  ruleset: LoadedRuleset,
  docs: Documents,
  paths: string[],
  progress?: (file: string) => void,
): Promise<Finding[]> {
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
  let bytesLeft = LIMITS.maxLintedBytes;
  for (const file of paths) {
    const data = /\.(ya?ml|json)$/i.test(file) ? unlessUnreadable(() => docs.get(file).data) : undefined;
    if (!data || typeof data !== 'object' || !('openapi' in data || 'swagger' in data || 'asyncapi' in data)) continue;
    progress?.(file);
    const reached = filesReached(docs, file);
    // Spectral validates examples with its own ajv, on V8's engine: what it cannot check in bounded time is not handed to it
    const unsafe = firstUnsafeCheck(docs, reached);
    if (unsafe) {
      const key = `${unsafe.file}|${unsafe.code}|${unsafe.pointer}`;
      const message = `not linted: ${unsafe.message} (at ${unsafe.pointer})`;
      out.set(
        key,
        finding('spectral-warning', file, { file, code: unsafe.code, message, ruleset: ruleset.file }, { line: unsafe.line, key }),
      );
      continue;
    }
    // ~4 s a MB: a pull request adding large descriptions would otherwise add minutes
    const bytes = reached.reduce((n, f) => n + (docs.tree.read(f)?.length ?? 0), 0);
    if (bytes > bytesLeft) {
      const key = `${file}|over-budget`;
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      const message = `not linted: the descriptions linted in this check would pass ${mb(LIMITS.maxLintedBytes)} MB with this one (${mb(bytes)} MB with what its $refs reach); run Spectral on it in your own CI`;
      out.set(key, finding('spectral-warning', file, { file, code: 'over-budget', message, ruleset: ruleset.file }, { key }));
      continue;
    }
    bytesLeft -= bytes;
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
